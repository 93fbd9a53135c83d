// Microsoft Teams secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/microsoft-teams.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const MICROSOFT_TEAMS_RULES: SecretRule[] = [
  defineRule({
    // One-off, a URL: current URLs are on <tenant>.webhook.office.com/webhookb2/; connectors
    // created before 2021 used outlook.office.com/webhook/ with the same path, and many still work.
    id: 'microsoft-teams-webhook',
    family: 'messaging',
    description: 'Microsoft Teams incoming webhook URL',
    severity: 'high',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    pattern:
      /(https:\/\/(?:[a-z0-9-]{1,60}\.webhook\.office\.com\/webhookb2|outlook\.office\.com\/webhook)\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[a-f0-9-]{36}(?:\/[A-Za-z0-9_-]{1,80})?)/i,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
