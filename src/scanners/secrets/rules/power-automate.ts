// Power Automate and Azure Logic Apps HTTP-trigger URLs (cloud family), among them the Microsoft
// Teams "Workflows" webhooks that replace Office 365 connectors: the `sig` query parameter is a
// shared-access signature, so the URL alone lets anyone run the flow (post to the channel).
// Samples: __tests__/scanners/secrets/rules/power-automate.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const POWER_AUTOMATE_RULES: SecretRule[] = [
  defineRule({
    id: 'power-automate-trigger-url',
    family: 'cloud',
    description: 'Power Automate / Logic Apps HTTP trigger URL (Teams workflow webhook)',
    severity: 'high',
    keywords: ['.environment.api.powerplatform.com', '.logic.azure.com'],
    // `https://<env>.<xx>.environment.api.powerplatform.com[:443]/powerautomate/automations/direct/workflows/<32 hex>/...`
    // or `https://prod-<nn>.<region>.logic.azure.com[:443]/workflows/<32 hex>/...`, then
    // `triggers/<name>/paths/invoke?...` with `sig=` somewhere in the query.
    pattern:
      /(https:\/\/(?:[a-z0-9-]{1,80}\.[a-z0-9]{1,4}\.environment\.api\.powerplatform\.com(?::[0-9]{1,5})?\/powerautomate\/automations\/direct|[a-z0-9-]{1,40}\.[a-z0-9-]{1,40}\.logic\.azure\.com(?::[0-9]{1,5})?)\/workflows\/[a-f0-9]{32}\/triggers\/[A-Za-z0-9_-]{1,80}\/paths\/invoke\?[A-Za-z0-9%=&._~-]{0,300}?sig=[A-Za-z0-9_-]{20,100})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
