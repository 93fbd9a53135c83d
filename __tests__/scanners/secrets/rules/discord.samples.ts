// True and false samples of src/scanners/secrets/rules/discord.ts, built when the tests run.
import { B64URL, DIGITS, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

function discordToken(seed: string, idDigits = 18): string {
  const id = Buffer.from(digits(idDigits, seed), 'utf8').toString('base64url');
  return `${id}.${fake(B64URL, 6, seed + 'ts')}.${fake(B64URL, 38, seed + 'hmac')}`;
}

/** Digits led by a 7, for the ids in the whole-file samples. */
const digits7 = (n: number, seed: string): string => `7${fake(DIGITS, n - 1, seed)}`;

export const SAMPLES: RuleSamples = {
  'discord-bot-token': {
    match: [
      `bot.run("${discordToken('discord-1')}")`,
      `DISCORD_TOKEN=${discordToken('discord-2')}`,
      // Pasted bare, with ids of 17 and 19 digits (23 and 26 characters of base64).
      discordToken('discord-6', 17),
      `token: ${discordToken('discord-7', 19)}`,
    ],
    noMatch: [
      `DISCORD_TOKEN=N${fake(B64URL, 23, 'discord-3')}.${fake(B64URL, 6, 'discord-4')}.${fake(B64URL, 30, 'discord-5')}`,
      // The id segment of a 16-digit number: not a Discord snowflake.
      discordToken('discord-8', 16),
    ],
  },
  'discord-webhook-url': {
    match: [`DISCORD_WEBHOOK=https://discord.com/api/webhooks/${digits(19, 'dw-1')}/${fake(B64URL, 68, 'dw-2')}`],
    noMatch: ['DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>'],
  },
  'discord-client-id': {
    match: [`DISCORD_CLIENT_ID=${digits(18, 'dci-1')}`, `discord_app_id: "${digits(19, 'dci-2')}"`],
    noMatch: [`DISCORD_CHANNEL_ID=${digits(18, 'dci-3')}`, 'discord=000000000000000000', `DISCORD_CLIENT_ID=${digits(12, 'dci-4')}`],
    files: [
      {
        name: 'Discord OAuth client credentials, but not guild or channel ids',
        path: '.env',
        text: [
          `DISCORD_CLIENT_ID=${digits7(18, 'm-20')}`,
          `DISCORD_CLIENT_SECRET=${fake(B64URL, 32, 'm-21')}`,
          `DISCORD_GUILD_ID=${digits7(18, 'm-22')}`,
          `DISCORD_CHANNEL_ID=${digits7(19, 'm-23')}`,
        ].join('\n'),
        findings: [
          ['discord-client-id', 1],
          ['discord-client-secret', 2],
        ],
      },
    ],
  },
  'discord-client-secret': {
    match: [`DISCORD_CLIENT_SECRET=${fake(B64URL, 32, 'dcs-1')}`, `"discord_token": "${fake(DIGITS, 32, 'dcs-2')}"`],
    noMatch: ['discord=00000000000000000000000000000000', `DISCORD_CLIENT_SECRET=${fake(B64URL, 40, 'dcs-3')}`, `DISCORD_GUILD_NAME=${fake(B64URL, 32, 'dcs-4')}`],
  },
};
