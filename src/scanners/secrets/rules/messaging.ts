// Messaging and communications: Slack, Twilio, SendGrid, Mailgun, Mailchimp, Discord, Telegram, Teams...
import { ALNUM, B64URL, DIGITS, fake, fakeUuid, HEX, LOWER_ALNUM, UPPER_ALNUM } from '../fake.js';
import { shannonEntropy } from '../entropy.js';
import { lineBounds } from '../lines.js';
import { assignmentPattern, credentialNamePattern, defineRule, leadBefore, TOKEN_CHARS, WORD_CHARS, type ExtractedSecret, type SecretRule } from '../rule.js';

/** A Discord bot token's first segment is the base64 of the bot's numeric user id. */
function discordUserIdSegment(token: string): boolean {
  const first = token.slice(0, token.indexOf('.'));
  const decoded = Buffer.from(first, 'base64url').toString('utf8');
  return /^[0-9]{17,20}$/.test(decoded);
}

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

function discordToken(seed: string): string {
  const id = Buffer.from(digits(18, seed), 'utf8').toString('base64url');
  return `${id}.${fake(B64URL, 6, seed + 'ts')}.${fake(B64URL, 38, seed + 'hmac')}`;
}

/** `<bot id>:AA<33>`; the Bot API's URLs glue it to `bot` (`/bot123456789:AA.../getMe`). */
function telegramToken(text: string, suffixStart: number): ExtractedSecret | undefined {
  if (/[A-Za-z0-9_:-]/.test(text[suffixStart + 36] ?? '')) return undefined;
  const found = leadBefore(text, suffixStart, suffixStart + 36, { min: 8, max: 10, chars: /[0-9]/ }, /[0-9_:-]/);
  if (!found || found.start === 0 || !/[A-Za-z]/.test(text[found.start - 1] as string)) return found;
  const lead = text.slice(Math.max(0, found.start - 4), found.start);
  return /(?:^|[^A-Za-z0-9_])bot$/i.test(lead) ? found : undefined;
}

/**
 * Slack's newer configuration and refresh tokens carry base64 (unpadded) of
 * `<version>-<version>-<team id>-<user id>-<...>-<64 hex>` after `xoxe-1-` / `xoxe.xoxp-1-`.
 */
function slackStructuredBody(body: string): boolean {
  return /^[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{5,20}){3,4}-[a-f0-9]{64}$/.test(Buffer.from(body, 'base64').toString('latin1'));
}

const slackB64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64').replace(/=+$/, '');

/** Words that, before a `<app id>|<secret>` pair on its line, say it is a Facebook app access token. */
const FACEBOOK_NEARBY = /facebook|access_token|\bfb[_.-]|graph\./i;

export const MESSAGING_RULES: SecretRule[] = [
  defineRule({
    id: 'slack-bot-token',
    family: 'messaging',
    description: 'Slack bot token',
    severity: 'high',
    keywords: ['xoxb-'],
    pattern: /(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}|xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`SLACK_BOT_TOKEN=xoxb-${digits(12, 'sb-1')}-${digits(13, 'sb-2')}-${fake(ALNUM, 24, 'sb-3')}`],
      noMatch: ['SLACK_BOT_TOKEN=xoxb-your-token', 'xoxb-123-456-abc'],
    },
  }),
  defineRule({
    id: 'slack-user-token',
    family: 'messaging',
    description: 'Slack user token',
    severity: 'high',
    keywords: ['xoxp-', 'xoxe-'],
    // Today 10-13 digit ids and a 32-hex secret; older workspaces issued shorter ids and secrets.
    pattern: /(xox[pe]-[0-9]{5,20}-[0-9]{5,20}-[0-9]{5,20}-[A-Za-z0-9-]{10,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [
        `SLACK_USER_TOKEN=xoxp-${digits(12, 'su-1')}-${digits(12, 'su-2')}-${digits(13, 'su-3')}-${fake(HEX, 32, 'su-4')}`,
        `token = "xoxp-${digits(6, 'su-5')}-${digits(6, 'su-6')}-${digits(6, 'su-7')}-${fake(HEX, 18, 'su-8')}"`,
      ],
      noMatch: ['xoxp-0000-0000', 'xoxp-1-2-3-short', '"token3": "xoxp-1234-1234-1234-4ddbc191d40ee098cbaae6f3523ada2d"'],
    },
  }),
  defineRule({
    id: 'slack-app-token',
    family: 'messaging',
    description: 'Slack app-level token',
    severity: 'high',
    keywords: ['xapp-'],
    pattern: /(xapp-[0-9]-[A-Z0-9]{8,14}-[0-9]{10,15}-[a-f0-9]{32,80})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`SLACK_APP_TOKEN=xapp-1-A${fake(UPPER_ALNUM, 10, 'sa-1')}-${digits(13, 'sa-2')}-${fake(HEX, 64, 'sa-3')}`],
      noMatch: ['xapp-1-...'],
    },
  }),
  defineRule({
    id: 'slack-config-token',
    family: 'messaging',
    description: 'Slack configuration access token',
    severity: 'high',
    keywords: ['xoxe.xoxb-', 'xoxe.xoxp-'],
    // 163-166 alphanumerics, or any length whose base64 decodes to Slack's structure.
    pattern: /(xoxe\.xox[bp]-[0-9]-[A-Za-z0-9]{140,200})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
    validate: (s) => {
      const body = s.slice(s.indexOf('-', 10) + 1);
      return (body.length >= 163 && body.length <= 166) || slackStructuredBody(body);
    },
    examples: {
      match: [
        `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${fake(ALNUM, 164, 'sc-1')}`,
        `SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${slackB64(`2-2-${digits(10, 'sc-2')}-${digits(13, 'sc-3')}-${digits(13, 'sc-4')}-${digits(13, 'sc-5')}-${fake(HEX, 64, 'sc-6')}`)}`,
      ],
      noMatch: ['xoxe.xoxp-1-short', `xoxe.xoxp-1-${fake(ALNUM, 150, 'sc-7')}`],
    },
  }),
  defineRule({
    id: 'slack-refresh-token',
    family: 'messaging',
    description: 'Slack configuration refresh token',
    severity: 'high',
    keywords: ['xoxe-'],
    // 146 alphanumerics, or any length whose base64 decodes to Slack's structure.
    pattern: /(xoxe-[0-9]-[A-Za-z0-9]{120,200})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
    validate: (s) => s.length === 'xoxe-1-'.length + 146 || slackStructuredBody(s.slice('xoxe-1-'.length)),
    examples: {
      match: [
        `SLACK_REFRESH_TOKEN=xoxe-1-${fake(ALNUM, 146, 'sr-1')}`,
        `"refresh_token": "xoxe-1-${slackB64(`3-1-${digits(10, 'sr-2')}-${digits(13, 'sr-3')}-${digits(13, 'sr-4')}-${fake(HEX, 64, 'sr-5')}`)}"`,
      ],
      noMatch: ['xoxe-1-short', `xoxe-1-${fake(ALNUM, 140, 'sr-6')}`],
    },
  }),
  defineRule({
    // The token a logged-in Slack web or desktop client uses (with its `d` cookie): the user's access.
    id: 'slack-session-token',
    family: 'messaging',
    description: 'Slack browser session token',
    severity: 'high',
    keywords: ['xoxc-'],
    anchored: true,
    pattern: /(xoxc-[0-9]{9,15}-[0-9]{9,15}-[0-9]{9,15}-[a-f0-9]{64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`const token = "xoxc-${digits(10, 'sx-1')}-${digits(13, 'sx-2')}-${digits(13, 'sx-3')}-${fake(HEX, 64, 'sx-4')}";`],
      noMatch: ['xoxc-123-456-789-abc', `xoxc-${digits(10, 'sx-5')}-${digits(13, 'sx-6')}-${digits(13, 'sx-7')}-${fake(HEX, 32, 'sx-8')}`],
    },
  }),
  defineRule({
    id: 'slack-legacy-token',
    family: 'messaging',
    description: 'Slack legacy token',
    severity: 'high',
    keywords: ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'],
    pattern: /(xox[os]-[0-9]{1,20}-[0-9]{1,20}-[0-9]{1,20}-[a-fA-F0-9]{8,80}|xox[ar]-(?:[0-9]{1,20}-){0,4}[0-9A-Za-z]{8,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [
        `token = "xoxs-${digits(10, 'sl-1')}-${digits(10, 'sl-2')}-${digits(12, 'sl-3')}-${fake(HEX, 64, 'sl-4')}"`,
        `SLACK_APP_TOKEN=xoxa-2-${digits(9, 'sl-5')}-${digits(11, 'sl-6')}-${digits(13, 'sl-7')}-${fake(HEX, 18, 'sl-8')}`,
      ],
      noMatch: ['xoxs-1-2-3-zz'],
    },
  }),
  defineRule({
    id: 'slack-webhook-url',
    family: 'messaging',
    description: 'Slack incoming webhook URL',
    severity: 'high',
    keywords: ['hooks.slack.com'],
    pattern: /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56})/,
    boundary: 'A-Za-z0-9+',
    minEntropy: 3.5,
    examples: {
      match: [`SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${fake(UPPER_ALNUM, 8, 'sw-1')}/B${fake(UPPER_ALNUM, 10, 'sw-2')}/${fake(ALNUM, 24, 'sw-3')}`],
      noMatch: ['SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T000/B000/XXXX'],
    },
  }),
  defineRule({
    id: 'twilio-api-key',
    family: 'messaging',
    description: 'Twilio API key SID',
    severity: 'high',
    keywords: ['twilio'],
    pattern: /(SK[0-9a-fA-F]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    validate: (s) => /[0-9]/.test(s.slice(2)) && /[a-fA-F]/.test(s.slice(2)),
    examples: {
      match: [`TWILIO_API_KEY=SK${fake(HEX, 32, 'tw-1')}`, `client = Twilio('SK${fake(HEX, 32, 'tw-1b')}', api_secret)`],
      noMatch: ['twilio_sid = SK' + '0'.repeat(32), `twilio = ASK${fake(HEX, 32, 'tw-2')}`],
    },
  }),
  defineRule({
    id: 'twilio-auth-token',
    family: 'messaging',
    description: 'Twilio auth token',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: assignmentPattern('twilio[\\w.-]{0,20}(?:auth[_.-]?token|secret|api[_.-]?secret)', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`TWILIO_AUTH_TOKEN=${fake(HEX, 32, 'tw-3')}`],
      noMatch: [`TWILIO_ACCOUNT_SID=AC${fake(HEX, 32, 'tw-4')}`],
    },
  }),
  defineRule({
    id: 'twilio-account-credentials',
    family: 'messaging',
    description: 'Twilio auth token paired with its account SID',
    severity: 'critical',
    keywords: ['twilio'],
    pattern: /(AC[a-f0-9]{32})[ \t]{0,3}[:,][ \t]{0,3}["']?([a-f0-9]{32})/,
    secretGroup: 2,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`curl -u AC${fake(HEX, 32, 'tw-5')}:${fake(HEX, 32, 'tw-6')} https://api.twilio.com/2010-04-01/Accounts.json`],
      noMatch: [`curl -u AC${fake(HEX, 32, 'tw-7')}:$TWILIO_AUTH_TOKEN https://api.twilio.com`],
    },
  }),
  defineRule({
    id: 'sendgrid-api-key',
    family: 'messaging',
    description: 'SendGrid API key',
    severity: 'high',
    keywords: ['sg.'],
    pattern: /(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`SENDGRID_API_KEY=SG.${fake(B64URL, 22, 'sg-1')}.${fake(B64URL, 43, 'sg-2')}`],
      noMatch: ['SENDGRID_API_KEY=SG.xxxxx.yyyyy'],
    },
  }),
  defineRule({
    id: 'mailgun-api-key',
    family: 'messaging',
    description: 'Mailgun API key',
    severity: 'high',
    keywords: ['mailgun'],
    pattern: assignmentPattern('mailgun', '(?:key-)?[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}|key-[0-9a-z]{32}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`MAILGUN_API_KEY=key-${fake(HEX, 32, 'mg-1')}`, `MAILGUN_API_KEY=${fake(HEX, 32, 'mg-2')}-${fake(HEX, 8, 'mg-3')}-${fake(HEX, 8, 'mg-4')}`],
      noMatch: ['MAILGUN_DOMAIN=mg.corp.internal'],
    },
  }),
  defineRule({
    // A Mailgun key written without an assignment (a CLI call, a list, prose) with Mailgun named
    // nearby: the legacy `key-` form and the private-key form (32-8-8 hex groups).
    id: 'mailgun-key-near-mailgun',
    family: 'messaging',
    description: 'Mailgun API key (Mailgun named nearby)',
    severity: 'high',
    keywords: ['mailgun'],
    pattern: /(key-[0-9a-z]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    inContext: ({ text, secretStart }) => /mailgun/i.test(text.slice(Math.max(0, secretStart - 300), secretStart)),
    specificity: 2,
    examples: {
      match: [`mailgun send --key key-${fake(LOWER_ALNUM, 32, 'mgn-1')} --to ops@corp.internal`, `# mailgun\n'${fake(HEX, 32, 'mgn-2')}-${fake(HEX, 8, 'mgn-3')}-${fake(HEX, 8, 'mgn-4')}'`],
      noMatch: [`key-${fake(LOWER_ALNUM, 32, 'mgn-5')} (mailgun is mentioned only after it)`, `mailgun\n${'x'.repeat(400)}\nkey-${fake(LOWER_ALNUM, 32, 'mgn-6')}`],
    },
  }),
  defineRule({
    id: 'mailchimp-api-key',
    family: 'messaging',
    description: 'Mailchimp API key',
    severity: 'high',
    keywords: ['-us'],
    anchored: true,
    pattern: /-us[0-9]{1,2}/,
    extract: (m, ctx) => leadBefore(ctx.text, m.index, m.index + (m[0] as string).length, { min: 32, max: 32, chars: /[0-9a-f]/ }, /[A-Za-z0-9_-]/),
    minEntropy: 3,
    examples: {
      match: [`MAILCHIMP_API_KEY=${fake(HEX, 32, 'mc-1')}-us21`],
      noMatch: ['lang = en-us', `${'0'.repeat(32)}-us1`],
    },
  }),
  defineRule({
    id: 'brevo-api-key',
    family: 'messaging',
    description: 'Brevo (Sendinblue) API key',
    severity: 'high',
    keywords: ['xkeysib-'],
    pattern: /(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`BREVO_API_KEY=xkeysib-${fake(HEX, 64, 'brevo-1')}-${fake(ALNUM, 16, 'brevo-2')}`],
      noMatch: ['xkeysib-' + 'short'],
    },
  }),
  defineRule({
    id: 'discord-bot-token',
    family: 'messaging',
    description: 'Discord bot token',
    severity: 'high',
    keywords: ['discord', '.run(', '.login('],
    pattern: /([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    validate: discordUserIdSegment,
    examples: {
      match: [`bot.run("${discordToken('discord-1')}")`, `DISCORD_TOKEN=${discordToken('discord-2')}`],
      noMatch: [`DISCORD_TOKEN=N${fake(B64URL, 23, 'discord-3')}.${fake(B64URL, 6, 'discord-4')}.${fake(B64URL, 30, 'discord-5')}`],
    },
  }),
  defineRule({
    id: 'discord-webhook-url',
    family: 'messaging',
    description: 'Discord webhook URL',
    severity: 'high',
    keywords: ['discord'],
    pattern: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,68})/,
    boundary: TOKEN_CHARS,
    examples: {
      match: [`DISCORD_WEBHOOK=https://discord.com/api/webhooks/${digits(19, 'dw-1')}/${fake(B64URL, 68, 'dw-2')}`],
      noMatch: ['DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>'],
    },
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
    examples: {
      match: [`DISCORD_CLIENT_ID=${digits(18, 'dci-1')}`, `discord_app_id: "${digits(19, 'dci-2')}"`],
      noMatch: [`DISCORD_CHANNEL_ID=${digits(18, 'dci-3')}`, 'discord=000000000000000000', `DISCORD_CLIENT_ID=${digits(12, 'dci-4')}`],
    },
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
    examples: {
      match: [`DISCORD_CLIENT_SECRET=${fake(B64URL, 32, 'dcs-1')}`, `"discord_token": "${fake(DIGITS, 32, 'dcs-2')}"`],
      noMatch: ['discord=00000000000000000000000000000000', `DISCORD_CLIENT_SECRET=${fake(B64URL, 40, 'dcs-3')}`, `DISCORD_GUILD_NAME=${fake(B64URL, 32, 'dcs-4')}`],
    },
  }),
  defineRule({
    id: 'telegram-bot-token',
    family: 'messaging',
    description: 'Telegram bot token',
    severity: 'high',
    keywords: [':aa'],
    pattern: /:AA[A-Za-z0-9_-]{33}/,
    extract: (m, ctx) => telegramToken(ctx.text, m.index),
    minEntropy: 3.5,
    examples: {
      match: [`TELEGRAM_BOT_TOKEN=${digits(10, 'tg-1')}:AA${fake(B64URL, 33, 'tg-2')}`, `fetch("https://api.telegram.org/bot${digits(9, 'tg-6')}:AA${fake(B64URL, 33, 'tg-7')}/getMe")`],
      noMatch: [`TELEGRAM_BOT_TOKEN=123456:ABC-${fake(B64URL, 30, 'tg-3')}`, `robot${digits(10, 'tg-4')}:AA${fake(B64URL, 33, 'tg-5')}`],
    },
  }),
  defineRule({
    // Current URLs are on <tenant>.webhook.office.com/webhookb2/; connectors created before 2021
    // used outlook.office.com/webhook/ with the same path, and many still work.
    id: 'microsoft-teams-webhook',
    family: 'messaging',
    description: 'Microsoft Teams incoming webhook URL',
    severity: 'high',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    pattern:
      /(https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office\.com\/webhook)\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[a-f0-9-]{36}(?:\/[A-Za-z0-9_-]{1,80})?)/i,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [
        `TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/${fakeUuid('teams-1')}@${fakeUuid('teams-2')}/IncomingWebhook/${fake(HEX, 32, 'teams-3')}/${fakeUuid('teams-4')}`,
        `webhookUrl: 'https://outlook.office.com/webhook/${fakeUuid('teams-5')}@${fakeUuid('teams-6')}/IncomingWebhook/${fake(HEX, 32, 'teams-7')}/${fakeUuid('teams-8')}'`,
      ],
      noMatch: [
        'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/...',
        'TEAMS_WEBHOOK=https://outlook.office.com/webhook/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>',
        `https://outlook.office.com/webhook/${fakeUuid('teams-9')}@${fakeUuid('teams-10')}/IncomingWebhook/${fake(HEX, 24, 'teams-11')}/${fakeUuid('teams-12')}`,
      ],
    },
  }),
  defineRule({
    id: 'twitter-bearer-token',
    family: 'messaging',
    description: 'X (Twitter) bearer token',
    severity: 'high',
    keywords: ['aaaaaaaaaaaaaaaaaaaaaa'],
    pattern: /(A{22}[A-Za-z0-9%]{80,100})/,
    boundary: 'A-Za-z0-9%',
    validate: (s) => /[a-z0-9%]/.test(s.slice(22)),
    examples: {
      match: [`TWITTER_BEARER_TOKEN=${'A'.repeat(22)}${fake(ALNUM, 90, 'tw-bearer-1')}`],
      noMatch: ['A'.repeat(120)],
    },
  }),
  defineRule({
    id: 'twitter-api-secret',
    family: 'messaging',
    description: 'X (Twitter) API secret',
    severity: 'high',
    keywords: ['twitter'],
    anchored: true,
    pattern: assignmentPattern('twitter[\\w.-]{0,20}secret', '[A-Za-z0-9]{45,50}'),
    boundary: WORD_CHARS,
    minEntropy: 4,
    examples: {
      match: [`TWITTER_API_SECRET=${fake(ALNUM, 50, 'tw-sec-1')}`],
      noMatch: ['TWITTER_HANDLE=@acme'],
    },
  }),
  defineRule({
    // A Twitch stream key: `live_`, the channel's numeric user id, `_`, 30 alphanumerics. Anyone
    // holding it can broadcast as the channel (often found at the end of an rtmp:// ingest URL).
    id: 'twitch-stream-key',
    family: 'messaging',
    description: 'Twitch stream key',
    severity: 'high',
    keywords: ['live_'],
    anchored: true,
    pattern: /(live_[0-9]{1,12}_[A-Za-z0-9]{30})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [
        `ffmpeg -re -i show.mp4 -c copy -f flv rtmp://live.twitch.tv/app/live_${digits(9, 'twitch-1')}_${fake(ALNUM, 30, 'twitch-2')}`,
        `TWITCH_STREAM_KEY=live_${digits(10, 'twitch-3')}_${fake(ALNUM, 30, 'twitch-4')}`,
      ],
      noMatch: [
        'TWITCH_STREAM_KEY=live_xxxxxxxxxx_xxxxxxxxxxxxxx',
        `TWITCH_STREAM_KEY=live_${digits(9, 'twitch-5')}_${fake(ALNUM, 24, 'twitch-6')}`,
        `STRIPE_KEY=sk_live_${digits(9, 'twitch-7')}_${fake(ALNUM, 30, 'twitch-8')}`,
      ],
    },
  }),
  defineRule({
    id: 'facebook-access-token',
    family: 'messaging',
    description: 'Facebook / Meta access token',
    severity: 'high',
    keywords: ['eaam', 'eaac'],
    pattern: /(EAA[MC][A-Za-z0-9]{100,500})/,
    boundary: WORD_CHARS,
    minEntropy: 4,
    examples: {
      match: [`FB_PAGE_TOKEN=EAAC${fake(ALNUM, 180, 'fb-1')}`],
      noMatch: ['EAAC' + 'short'],
    },
  }),
  defineRule({
    // An app access token is the app id and its secret (or a signature) joined by `|` (`%7C` in URLs).
    id: 'facebook-app-access-token',
    family: 'messaging',
    description: 'Facebook / Meta app access token',
    severity: 'high',
    keywords: ['facebook', 'access_token', 'fb_', 'graph.'],
    // Found from its `|` (or `%7C`) and the app id read backwards: a search from every digit run
    // of a file costs far more.
    anchored: true,
    anchors: ['|', '%7c'],
    pattern: /(?:\||%7[Cc])[A-Za-z0-9_-]{27,40}/,
    extract: (m, ctx) => {
      const end = m.index + (m[0] as string).length;
      if (end < ctx.text.length && /[A-Za-z0-9_-]/.test(ctx.text[end] as string)) return undefined;
      const id = leadBefore(ctx.text, m.index, m.index, { min: 15, max: 16, chars: /[0-9]/ }, /[A-Za-z0-9_-]/);
      return id && { secret: ctx.text.slice(id.start, end), start: id.start };
    },
    validate: (s) => shannonEntropy(s.slice(s.search(/[|%]/) + 1)) >= 3.5,
    inContext: (ctx) => FACEBOOK_NEARBY.test(ctx.text.slice(Math.max(lineBounds(ctx.text, ctx.secretStart)[0], ctx.secretStart - 200), ctx.secretStart)),
    examples: {
      match: [
        `facebook ${digits(16, 'fbat-1')}|${fake(B64URL, 27, 'fbat-2')}`,
        `curl "https://graph.facebook.com/v19.0/me?access_token=${digits(15, 'fbat-3')}%7C${fake(HEX, 32, 'fbat-4')}"`,
      ],
      noMatch: [`row ${digits(16, 'fbat-5')}|${fake(B64URL, 27, 'fbat-6')}`, `facebook ${digits(16, 'fbat-7')}|${'a'.repeat(27)}`],
    },
  }),
  defineRule({
    id: 'facebook-app-secret',
    family: 'messaging',
    description: 'Facebook / Meta app secret',
    severity: 'high',
    keywords: ['facebook', 'fb_app', 'meta_app'],
    pattern: assignmentPattern('facebook[\\w.-]{0,20}secret|fb_app_secret|meta_app_secret', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`FACEBOOK_APP_SECRET=${fake(HEX, 32, 'fb-2')}`],
      noMatch: ['FACEBOOK_APP_ID=1234567890'],
    },
  }),
  defineRule({
    id: 'vonage-api-secret',
    family: 'messaging',
    description: 'Vonage (Nexmo) API secret',
    severity: 'high',
    keywords: ['vonage', 'nexmo'],
    pattern: assignmentPattern('(?:vonage|nexmo)[\\w.-]{0,20}secret', '[A-Za-z0-9]{16}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`VONAGE_API_SECRET=${fake(ALNUM, 16, 'vonage-1')}`],
      noMatch: ['VONAGE_API_KEY=${KEY}'],
    },
  }),
  defineRule({
    // The app certificate signs RTC/RTM tokens; the customer secret authenticates the RESTful API.
    // Both are 32 hex characters, like the public app id, so only those names count.
    id: 'agora-app-certificate',
    family: 'messaging',
    description: 'Agora app certificate or customer secret',
    severity: 'high',
    keywords: ['agora'],
    anchored: true,
    pattern: assignmentPattern('agora[\\w.-]{0,30}?(?:certificate|secret)', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`agora.app_certificate=${fake(HEX, 32, 'agora-1')}`, `AGORA_CUSTOMER_SECRET: "${fake(HEX, 32, 'agora-2')}"`],
      noMatch: [`AGORA_APP_ID=${fake(HEX, 32, 'agora-3')}`, `agoraAppCertificate = "${fake(HEX, 20, 'agora-4')}"`],
    },
  }),
  defineRule({
    id: 'pusher-secret',
    family: 'messaging',
    description: 'Pusher Channels app secret',
    severity: 'high',
    keywords: ['pusher'],
    anchored: true,
    pattern: assignmentPattern('pusher[\\w.-]{0,20}secret', '[a-f0-9]{20}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`PUSHER_APP_SECRET=${fake(HEX, 20, 'pusher-1')}`],
      noMatch: ['PUSHER_APP_CLUSTER=eu'],
    },
  }),
  defineRule({
    // Postmark's server and account API tokens are bare UUIDs, so only a Postmark credential name
    // makes one a token: POSTMARK_SERVER_TOKEN, X-Postmark-Account-Token, and the SMTP user name and
    // password, which are both the server token.
    id: 'postmark-server-token',
    family: 'messaging',
    description: 'Postmark server or account token',
    severity: 'high',
    keywords: ['postmark'],
    anchored: true,
    pattern: assignmentPattern(
      'postmark[\\w.-]{0,20}(?:token|key|secret|password|credential|auth|smtp[_.-]?user(?:name)?)',
      '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    ),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [
        `POSTMARK_SERVER_TOKEN=${fakeUuid('postmark-1')}`,
        `curl https://api.postmarkapp.com/servers -H "X-Postmark-Account-Token: ${fakeUuid('postmark-2')}"`,
        `POSTMARK_SMTP_PASSWORD=${fakeUuid('postmark-3')}`,
      ],
      noMatch: [
        'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
        `POSTMARK_TEMPLATE_ID=${fakeUuid('postmark-4')}`,
        'POSTMARK_ACCOUNT_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
        `POSTMARK_SERVER_TOKEN=${fake(HEX, 32, 'postmark-5')}`,
      ],
    },
  }),
  defineRule({
    id: 'mattermost-token',
    family: 'messaging',
    description: 'Mattermost access token',
    severity: 'high',
    keywords: ['mattermost'],
    pattern: assignmentPattern('mattermost[\\w.-]{0,20}token', '[a-z0-9]{26}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`MATTERMOST_TOKEN=${fake(LOWER_ALNUM, 26, 'mm-1')}`],
      noMatch: ['MATTERMOST_URL=https://chat.corp'],
    },
  }),
  defineRule({
    id: 'intercom-access-token',
    family: 'messaging',
    description: 'Intercom access token',
    severity: 'high',
    keywords: ['intercom'],
    pattern: assignmentPattern('intercom[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9=_-]{60}'),
    boundary: TOKEN_CHARS,
    minEntropy: 4,
    examples: {
      match: [`INTERCOM_ACCESS_TOKEN=${fake(B64URL, 60, 'intercom-1')}`],
      noMatch: ['INTERCOM_APP_ID=abc123'],
    },
  }),
  defineRule({
    id: 'zendesk-api-token',
    family: 'messaging',
    description: 'Zendesk API token',
    severity: 'high',
    keywords: ['zendesk'],
    pattern: assignmentPattern('zendesk[\\w.-]{0,20}(?:token|key)', '[A-Za-z0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 4,
    examples: {
      match: [`ZENDESK_API_TOKEN=${fake(ALNUM, 40, 'zendesk-1')}`],
      noMatch: ['ZENDESK_SUBDOMAIN=acme'],
    },
  }),
];
