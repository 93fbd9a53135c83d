// Discord secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/discord.samples.ts.
import { credentialNamePattern, defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';

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

export const DISCORD_RULES: SecretRule[] = [
  defineRule({
    id: 'discord-bot-token',
    family: 'messaging',
    description: 'Discord bot token',
    severity: 'high',
    keywords: [],
    pattern: new RegExp(`(${USER_ID_SEGMENT}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})`),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    validate: discordUserIdSegment,
  }),
  defineRule({
    id: 'discord-webhook-url',
    family: 'messaging',
    description: 'Discord webhook URL',
    severity: 'high',
    keywords: ['discord'],
    pattern: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68})/,
    boundary: TOKEN_CHARS,
  }),
  defineRule({
    // A snowflake id: public on its own, reported (low) only when a Discord credential name holds it.
    id: 'discord-client-id',
    family: 'messaging',
    description: 'Discord client ID',
    severity: 'low',
    keywords: ['discord'],
    anchored: true,
    pattern: credentialNamePattern('discord', '[0-9]{17,20}'),
    boundary: WORD_CHARS,
    minEntropy: 2,
  }),
  defineRule({
    // OAuth2 client secret: 32 characters of base64url.
    id: 'discord-client-secret',
    family: 'messaging',
    description: 'Discord client secret',
    severity: 'high',
    keywords: ['discord'],
    anchored: true,
    pattern: credentialNamePattern('discord', '[A-Za-z0-9_=-]{32}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
