// True and false samples of src/scanners/secrets/rules/slack.ts, built when the tests run.
import { ALNUM, DIGITS, fake, HEX, UPPER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

const slackB64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64').replace(/=+$/, '');

/** Digits led by a 7, for the ids in the whole-file samples. */
const digits7 = (n: number, seed: string): string => `7${fake(DIGITS, n - 1, seed)}`;

export const SAMPLES: RuleSamples = {
  'slack-bot-token': {
    match: [`SLACK_BOT_TOKEN=xoxb-${digits(12, 'sb-1')}-${digits(13, 'sb-2')}-${fake(ALNUM, 24, 'sb-3')}`],
    noMatch: ['SLACK_BOT_TOKEN=xoxb-your-token', 'xoxb-123-456-abc'],
    files: [
      {
        name: 'a Slack bot with a bot token and a webhook URL',
        path: 'bot/app.js',
        text: [
          "const { App } = require('@slack/bolt');",
          'const app = new App({',
          `  token: 'xoxb-${digits7(12, 'm-1')}-${digits7(13, 'm-2')}-${fake(ALNUM, 24, 'm-3')}',`,
          '  signingSecret: process.env.SLACK_SIGNING_SECRET,',
          '});',
          `const ALERTS = 'https://hooks.slack.com/services/T${fake(UPPER_ALNUM, 8, 'm-4')}/B${fake(UPPER_ALNUM, 10, 'm-5')}/${fake(ALNUM, 24, 'm-6')}';`,
        ].join('\n'),
        findings: [
          ['slack-bot-token', 3],
          ['slack-webhook-url', 6],
        ],
      },
    ],
  },
  'slack-user-token': {
    match: [
      `SLACK_USER_TOKEN=xoxp-${digits(12, 'su-1')}-${digits(12, 'su-2')}-${digits(13, 'su-3')}-${fake(HEX, 32, 'su-4')}`,
      `token = "xoxp-${digits(6, 'su-5')}-${digits(6, 'su-6')}-${digits(6, 'su-7')}-${fake(HEX, 18, 'su-8')}"`,
    ],
    noMatch: ['xoxp-0000-0000', 'xoxp-1-2-3-short', '"token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"'],
  },
  'slack-app-token': {
    match: [`SLACK_APP_TOKEN=xapp-1-A${fake(UPPER_ALNUM, 10, 'sa-1')}-${digits(13, 'sa-2')}-${fake(HEX, 64, 'sa-3')}`],
    noMatch: ['xapp-1-...'],
  },
  'slack-config-token': {
    match: [
      `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${fake(ALNUM, 164, 'sc-1')}`,
      `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${slackB64(`2-2-${digits(10, 'sc-2')}-${digits(13, 'sc-3')}-${digits(13, 'sc-4')}-${digits(13, 'sc-5')}-${fake(HEX, 64, 'sc-6')}`)}`,
    ],
    noMatch: ['xoxe.xoxp-1-short', `xoxe.xoxp-1-${fake(ALNUM, 150, 'sc-7')}`],
    files: [
      {
        name: 'rotated app configuration tokens: an access and a refresh token',
        path: 'slack/manifest-tokens.yml',
        text: [
          `access: xoxe.xoxp-1-${slackB64(`2-2-${digits7(10, 'm-34')}-${digits7(13, 'm-35')}-${digits7(13, 'm-36')}-${digits7(13, 'm-37')}-${fake(HEX, 64, 'm-38')}`)}`,
          `refresh: xoxe-1-${slackB64(`3-1-${digits7(10, 'm-34')}-${digits7(13, 'm-36')}-${digits7(13, 'm-39')}-${fake(HEX, 64, 'm-40')}`)}`,
        ].join('\n'),
        findings: [
          ['slack-config-token', 1],
          ['slack-refresh-token', 2],
        ],
      },
    ],
  },
  'slack-refresh-token': {
    match: [
      `SLACK_REFRESH_TOKEN=xoxe-1-${fake(ALNUM, 146, 'sr-1')}`,
      `"refresh_token": "xoxe-1-${slackB64(`3-1-${digits(10, 'sr-2')}-${digits(13, 'sr-3')}-${digits(13, 'sr-4')}-${fake(HEX, 64, 'sr-5')}`)}"`,
    ],
    noMatch: ['xoxe-1-short', `xoxe-1-${fake(ALNUM, 140, 'sr-6')}`],
  },
  'slack-session-token': {
    match: [`const token = "xoxc-${digits(10, 'sx-1')}-${digits(13, 'sx-2')}-${digits(13, 'sx-3')}-${fake(HEX, 64, 'sx-4')}";`],
    noMatch: ['xoxc-123-456-789-abc', `xoxc-${digits(10, 'sx-5')}-${digits(13, 'sx-6')}-${digits(13, 'sx-7')}-${fake(HEX, 32, 'sx-8')}`],
    files: [
      {
        name: 'a Slack export script with a browser session token',
        path: 'tools/export.py',
        text: [
          'import requests',
          `TOKEN = "xoxc-${digits7(10, 'm-30')}-${digits7(13, 'm-31')}-${digits7(13, 'm-32')}-${fake(HEX, 64, 'm-33')}"`,
          "COOKIES = {'d': os.environ['SLACK_D_COOKIE']}",
          "requests.post('https://slack.com/api/conversations.history', data={'token': TOKEN}, cookies=COOKIES)",
        ].join('\n'),
        findings: [['slack-session-token', 2]],
      },
    ],
  },
  'slack-legacy-token': {
    match: [
      `token = "xoxs-${digits(10, 'sl-1')}-${digits(10, 'sl-2')}-${digits(12, 'sl-3')}-${fake(HEX, 64, 'sl-4')}"`,
      `SLACK_APP_TOKEN=xoxa-2-${digits(9, 'sl-5')}-${digits(11, 'sl-6')}-${digits(13, 'sl-7')}-${fake(HEX, 18, 'sl-8')}`,
    ],
    noMatch: ['xoxs-1-2-3-zz'],
  },
  'slack-webhook-url': {
    match: [
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${fake(UPPER_ALNUM, 8, 'sw-1')}/B${fake(UPPER_ALNUM, 10, 'sw-2')}/${fake(ALNUM, 24, 'sw-3')}`,
      `https://hooks.slack.com/workflows/T${fake(UPPER_ALNUM, 10, 'sw-4')}/A${fake(UPPER_ALNUM, 10, 'sw-5')}/${fake(DIGITS, 18, 'sw-6')}/${fake(ALNUM, 24, 'sw-7')}`,
    ],
    noMatch: ['SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T000/B000/XXXX', 'https://hooks.slack.com/workflows/T000/A000/000/XXXX'],
  },
};
