// Discord secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/discord.samples.ts.
import { allIn, asciiClass } from '../char-class.js';
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

/** A Discord bot token's first segment is the base64 of the bot's numeric user id. */
function discordUserIdSegment(token: string): boolean {
  const first = token.slice(0, token.indexOf('.'));
  const decoded = Buffer.from(first, 'base64url').toString('utf8');
  return /^[0-9]{17,20}$/.test(decoded);
}

/**
 * Base64 of 17 to 20 ASCII digits: each group of four characters encodes three digits, so every
 * position allows only a few characters (`[MNO]`, `[DTjz]`, `[AEIMQUYcgk]`, `[w-z0-5]`), then a
 * shorter group for the last one or two digits. Specific enough to search every file without a
 * keyword (bot tokens are often pasted bare), and cheap: most text fails at the second character.
 */
const USER_ID_SEGMENT = '(?:[MNO][DTjz][AEIMQUYcgk][w-z0-5]){5,6}(?:[MNO][DTjz][AEIMQUYcgk]|[MNO][AQgw])?';

const isTokenChar = asciiClass(TOKEN_CHARS);

/**
 * Where a bot token can start, for a search that would otherwise try the pattern at every offset
 * of every file: a token is `<20 to 27>.<6>.<27 to 38>`, so its first dot is at some `i` with
 * another dot at `i + 7`, six token characters between them and at least 27 after the second; the
 * token then starts 20 to 27 characters before `i`. Dots are found by `indexOf` (memchr), and few
 * pass the rest. Ascending and without repeats, as `starts` must be.
 */
function botTokenStarts(text: string): number[] {
  const out: number[] = [];
  let last = -1;
  for (let i = text.indexOf('.', 20); i >= 0 && i + 35 <= text.length; i = text.indexOf('.', i + 1)) {
    if (text.charCodeAt(i + 7) !== 46 || !allIn(text, i + 1, i + 7, isTokenChar) || !allIn(text, i + 8, i + 35, isTokenChar)) continue;
    for (let q = Math.max(last + 1, i - 27); q <= i - 20; q++) out.push((last = q));
  }
  return out;
}

export const DISCORD_RULES: SecretRule[] = [
  defineRule({
    // One-off: three dot-separated segments with no prefix (the first is the bot's id in base64,
    // checked in code); keywords are the provider and the calls that take a token.
    id: 'discord-bot-token',
    family: 'messaging',
    description: 'Discord bot token',
    severity: 'high',
    keywords: [],
    starts: botTokenStarts,
    pattern: new RegExp(`(${USER_ID_SEGMENT}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})`),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    validate: discordUserIdSegment,
  }),
  defineRule({
    // One-off: a URL on one of Discord's hosts, the webhook id and its token.
    id: 'discord-webhook-url',
    family: 'messaging',
    description: 'Discord webhook URL',
    severity: 'high',
    keywords: ['discord'],
    pattern: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68})/,
    boundary: TOKEN_CHARS,
  }),
  // A snowflake id: public on its own, reported (low) only when a Discord credential name holds it.
  keywordAssigned('discord-client-id', 'Discord client ID', 'low', { family: 'messaging', keywords: ['discord'], form: 'credential', value: run('0-9', 17, 20), anchored: true, minEntropy: 2 }),
  // OAuth2 client secret: 32 characters of base64url.
  keywordAssigned('discord-client-secret', 'Discord client secret', 'high', { family: 'messaging', keywords: ['discord'], form: 'credential', value: run('A-Za-z0-9_=-', 32), anchored: true, boundary: TOKEN_CHARS }),
];
