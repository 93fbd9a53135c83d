// True and false samples of src/scanners/secrets/rules/microsoft-teams.ts, built when the tests run.
import { fake, fakeUuid, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'microsoft-teams-webhook': {
    match: [
      `TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/${fakeUuid('teams-1')}@${fakeUuid('teams-2')}/IncomingWebhook/${fake(HEX, 32, 'teams-3')}/${fakeUuid('teams-4')}`,
      `webhookUrl: 'https://outlook.office.com/webhook/${fakeUuid('teams-5')}@${fakeUuid('teams-6')}/IncomingWebhook/${fake(HEX, 32, 'teams-7')}/${fakeUuid('teams-8')}'`,
    ],
    noMatch: [
      'TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/...',
      'TEAMS_WEBHOOK=https://outlook.office.com/webhook/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner-id>',
      `https://outlook.office.com/webhook/${fakeUuid('teams-9')}@${fakeUuid('teams-10')}/IncomingWebhook/${fake(HEX, 24, 'teams-11')}/${fakeUuid('teams-12')}`,
    ],
    files: [
      {
        name: 'a Jenkinsfile that posts to a legacy outlook.office.com Teams webhook',
        path: 'Jenkinsfile',
        text: `post {\n  failure {\n    office365ConnectorSend message: 'Build failed', status: 'Failure',\n      webhookUrl: 'https://outlook.office.com/webhook/${fakeUuid('m-teams-1')}@${fakeUuid('m-teams-2')}/IncomingWebhook/${fake(HEX, 32, 'm-teams-3')}/${fakeUuid('m-teams-4')}'\n  }\n}\n`,
        findings: [['microsoft-teams-webhook', 4]],
      },
    ],
  },
};
