// Messaging and communication credentials.
import { ALNUM, B64URL, fake, fakeUuid, HEX, UPPER_ALNUM } from './fake.js';
import { hits } from './helpers.js';

const digits = (n: number, seed: string): string => `7${fake('0123456789', n - 1, seed)}`;

describe('messaging credentials', () => {
  it('a Slack bot with a bot token and a webhook URL', () => {
    const text = [
      "const { App } = require('@slack/bolt');",
      'const app = new App({',
      `  token: 'xoxb-${digits(12, 'm-1')}-${digits(13, 'm-2')}-${fake(ALNUM, 24, 'm-3')}',`,
      '  signingSecret: process.env.SLACK_SIGNING_SECRET,',
      '});',
      `const ALERTS = 'https://hooks.slack.com/services/T${fake(UPPER_ALNUM, 8, 'm-4')}/B${fake(UPPER_ALNUM, 10, 'm-5')}/${fake(ALNUM, 24, 'm-6')}';`,
    ].join('\n');
    expect(hits(text, 'bot/app.js')).toEqual([
      ['slack-bot-token', 3],
      ['slack-webhook-url', 6],
    ]);
  });

  it('a Slack export script with a browser session token, and rotated app configuration tokens', () => {
    const b64 = (t: string): string => Buffer.from(t).toString('base64').replace(/=+$/, '');
    const script = [
      'import requests',
      `TOKEN = "xoxc-${digits(10, 'm-30')}-${digits(13, 'm-31')}-${digits(13, 'm-32')}-${fake(HEX, 64, 'm-33')}"`,
      "COOKIES = {'d': os.environ['SLACK_D_COOKIE']}",
      "requests.post('https://slack.com/api/conversations.history', data={'token': TOKEN}, cookies=COOKIES)",
    ].join('\n');
    expect(hits(script, 'tools/export.py')).toEqual([['slack-session-token', 2]]);
    const rotation = [
      `access: xoxe.xoxp-1-${b64(`2-2-${digits(10, 'm-34')}-${digits(13, 'm-35')}-${digits(13, 'm-36')}-${digits(13, 'm-37')}-${fake(HEX, 64, 'm-38')}`)}`,
      `refresh: xoxe-1-${b64(`3-1-${digits(10, 'm-34')}-${digits(13, 'm-36')}-${digits(13, 'm-39')}-${fake(HEX, 64, 'm-40')}`)}`,
    ].join('\n');
    expect(hits(rotation, 'slack/manifest-tokens.yml')).toEqual([
      ['slack-config-token', 1],
      ['slack-refresh-token', 2],
    ]);
  });

  it('an Agora token server: the certificate is reported, the public app id is not', () => {
    const text = `AGORA_APP_ID=${fake(HEX, 32, 'm-41')}\nAGORA_APP_CERTIFICATE=${fake(HEX, 32, 'm-42')}\nTOKEN_TTL_SECONDS=3600\n`;
    expect(hits(text, 'token-server/.env')).toEqual([['agora-app-certificate', 2]]);
  });

  it('Twilio credentials: an auth token in config and an API key SID', () => {
    const text = `twilio:\n  account_sid: AC${fake(HEX, 32, 'm-7')}\n  twilio_auth_token: ${fake(HEX, 32, 'm-8')}\n  api_key: SK${fake(HEX, 32, 'm-9')}\n`;
    expect(hits(text, 'config/twilio.yml').map(([id]) => id)).toEqual(['twilio-auth-token', 'twilio-api-key']);
  });

  it('SendGrid, Mailgun and Mailchimp keys in a mailer', () => {
    const text = [
      `SENDGRID_API_KEY = "SG.${fake(B64URL, 22, 'm-10')}.${fake(B64URL, 43, 'm-11')}"`,
      `MAILGUN_API_KEY = "key-${fake(HEX, 32, 'm-12')}"`,
      `MAILCHIMP = "${fake(HEX, 32, 'm-13')}-us6"`,
    ].join('\n');
    expect(hits(text, 'mailer/settings.py').map(([id]) => id)).toEqual(['sendgrid-api-key', 'mailgun-api-key', 'mailchimp-api-key']);
  });

  it('Telegram and Discord bot tokens', () => {
    const discord = `${Buffer.from(digits(18, 'm-14')).toString('base64url')}.${fake(B64URL, 6, 'm-15')}.${fake(B64URL, 38, 'm-16')}`;
    const text = `import discord\nTELEGRAM = "${digits(10, 'm-17')}:AA${fake(B64URL, 33, 'm-18')}"\nbot.run("${discord}")\n`;
    expect(hits(text, 'bots/main.py').map(([id]) => id)).toEqual(['telegram-bot-token', 'discord-bot-token']);
  });

  it('a language tag next to hex is not a Mailchimp key', () => {
    expect(hits(`<html lang="en-us" data-build="${fake(HEX, 32, 'm-19')}">`, 'index.html')).toEqual([]);
  });

  it('Discord OAuth client credentials, but not guild or channel ids', () => {
    const text = [
      `DISCORD_CLIENT_ID=${digits(18, 'm-20')}`,
      `DISCORD_CLIENT_SECRET=${fake(B64URL, 32, 'm-21')}`,
      `DISCORD_GUILD_ID=${digits(18, 'm-22')}`,
      `DISCORD_CHANNEL_ID=${digits(19, 'm-23')}`,
    ].join('\n');
    expect(hits(text, '.env')).toEqual([
      ['discord-client-id', 1],
      ['discord-client-secret', 2],
    ]);
  });

  it('a Facebook app access token (app id | secret) in a Graph API call, not a pipe-separated data row', () => {
    const call = `const url = 'https://graph.facebook.com/debug_token?access_token=${digits(16, 'm-24')}|${fake(HEX, 32, 'm-25')}';`;
    expect(hits(call, 'src/fb.js')).toEqual([['facebook-app-access-token', 1]]);
    expect(hits(`${digits(16, 'm-26')}|${fake(B64URL, 30, 'm-27')}|2024-01-01`, 'data/rows.psv')).toEqual([]);
  });

  it('a Jenkinsfile that posts to a legacy outlook.office.com Teams webhook', () => {
    const url = `https://outlook.office.com/webhook/${fakeUuid('m-teams-1')}@${fakeUuid('m-teams-2')}/IncomingWebhook/${fake(HEX, 32, 'm-teams-3')}/${fakeUuid('m-teams-4')}`;
    const text = `post {\n  failure {\n    office365ConnectorSend message: 'Build failed', status: 'Failure',\n      webhookUrl: '${url}'\n  }\n}\n`;
    expect(hits(text, 'Jenkinsfile')).toEqual([['microsoft-teams-webhook', 4]]);
  });

  it('Postmark: an account token in an admin script and the SMTP password in .env, not the template ids', () => {
    const sh = `curl "https://api.postmarkapp.com/servers?count=50&offset=0" \\\n  -H "Accept: application/json" \\\n  -H "X-Postmark-Account-Token: ${fakeUuid('m-pm-1')}"\n`;
    expect(hits(sh, 'ops/list-servers.sh')).toEqual([['postmark-server-token', 3]]);
    const env = `POSTMARK_SMTP_HOST=smtp.postmarkapp.com\nPOSTMARK_SMTP_PASSWORD=${fakeUuid('m-pm-2')}\nPOSTMARK_WELCOME_TEMPLATE_ID=${fakeUuid('m-pm-3')}\n`;
    expect(hits(env, 'mailer/.env.production')).toEqual([['postmark-server-token', 2]]);
  });

  it('a restream script with a Twitch stream key in the RTMP ingest URL', () => {
    const text = [
      'platforms = [',
      `    {"name": "twitch", "url": "rtmp://live.twitch.tv/app/live_${digits(10, 'm-tw-1')}_${fake(ALNUM, 30, 'm-tw-2')}"},`,
      '    {"name": "local", "url": "rtmp://127.0.0.1/live/stream"},',
      ']',
    ].join('\n');
    expect(hits(text, 'restream/platforms.py')).toEqual([['twitch-stream-key', 2]]);
  });
});
