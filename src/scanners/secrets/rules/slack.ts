// Slack secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/slack.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

/**
 * Slack's newer configuration and refresh tokens carry base64 (unpadded) of
 * `<version>-<version>-<team id>-<user id>-<...>-<64 hex>` after `xoxe-1-` / `xoxe.xoxp-1-`.
 */
function slackStructuredBody(body: string): boolean {
  return /^[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{5,20}){3,4}-[a-f0-9]{64}$/.test(Buffer.from(body, 'base64').toString('latin1'));
}

export const SLACK_RULES: SecretRule[] = [
  prefixedToken('slack-bot-token', 'Slack bot token', 'high', { family: 'messaging', prefix: 'xoxb-', body: '[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}|xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26}' }),
  // Today 10-13 digit ids and a 32-hex secret; older workspaces issued shorter ids and secrets.
  prefixedToken('slack-user-token', 'Slack user token', 'high', { family: 'messaging', prefix: ['xoxp-', 'xoxe-'], body: '[0-9]{5,20}-[0-9]{5,20}-[0-9]{5,20}-[A-Za-z0-9-]{10,64}' }),
  prefixedToken('slack-app-token', 'Slack app-level token', 'high', { family: 'messaging', prefix: 'xapp-', body: '[0-9]-[A-Z0-9]{8,14}-[0-9]{10,15}-[a-f0-9]{32,80}' }),
  // 163-166 alphanumerics, or any length whose base64 decodes to Slack's structure.
  prefixedToken('slack-config-token', 'Slack configuration access token', 'high', {
    family: 'messaging',
    prefix: ['xoxe.xoxb-', 'xoxe.xoxp-'],
    body: '[0-9]-[A-Za-z0-9]{140,200}',
    minEntropy: 4,
    validate: (s) => {
      const body = s.slice(s.indexOf('-', 10) + 1);
      return (body.length >= 163 && body.length <= 166) || slackStructuredBody(body);
    },
  }),
  // 146 alphanumerics, or any length whose base64 decodes to Slack's structure.
  prefixedToken('slack-refresh-token', 'Slack configuration refresh token', 'high', { family: 'messaging', prefix: 'xoxe-', body: '[0-9]-[A-Za-z0-9]{120,200}', minEntropy: 4, validate: (s) => s.length === 'xoxe-1-'.length + 146 || slackStructuredBody(s.slice('xoxe-1-'.length)) }),
  // The token a logged-in Slack web or desktop client uses (with its `d` cookie): the user's access.
  prefixedToken('slack-session-token', 'Slack browser session token', 'high', { family: 'messaging', prefix: 'xoxc-', body: '[0-9]{9,15}-[0-9]{9,15}-[0-9]{9,15}-[a-f0-9]{64}', anchored: true, minEntropy: 3.5 }),
  defineRule({
    // One-off: two legacy formats under one id (`xoxo-`/`xoxs-` with three numeric ids and hex,
    // `xoxa-`/`xoxr-` with up to four ids and alphanumerics).
    id: 'slack-legacy-token',
    family: 'messaging',
    description: 'Slack legacy token',
    severity: 'high',
    keywords: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'],
    pattern: /(xox[os]-[0-9]{1,20}-[0-9]{1,20}-[0-9]{1,20}-[a-fA-F0-9]{8,80}|xox[ar]-(?:[0-9]{1,20}-){0,4}[0-9A-Za-z]{8,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    // One-off: a URL, matched with or without its scheme.
    id: 'slack-webhook-url',
    family: 'messaging',
    description: 'Slack incoming webhook URL',
    severity: 'high',
    keywords: ['hooks.slack.com'],
    // Workflow and trigger URLs carry four segments (`T.../A.../<18 digits>/<24>`), up to 80 characters.
    pattern: /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,80})/,
    boundary: 'A-Za-z0-9+',
    minEntropy: 3.5,
  }),
];
