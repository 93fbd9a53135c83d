// True and false samples of src/scanners/secrets/rules/power-automate.ts, built when the tests run.
import { B64URL, fake, HEX, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

const flow = (seed: string): string => fake(HEX, 32, seed);
const sig = (seed: string): string => fake(B64URL, 43, seed);
const env = (seed: string): string => `default${fake(LOWER_ALNUM, 30, seed)}`;

export const SAMPLES: RuleSamples = {
  'power-automate-trigger-url': {
    match: [
      `TEAMS_WEBHOOK_URL=https://${env('pa-1')}.62.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${flow('pa-2')}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig('pa-3')}`,
      `webhook: "https://${env('pa-4')}.0c.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/${flow('pa-5')}/triggers/manual/paths/invoke?sig=${sig('pa-6')}&api-version=1"`,
      `url = "https://prod-27.westeurope.logic.azure.com:443/workflows/${flow('pa-7')}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${sig('pa-8')}"`,
    ],
    noMatch: [
      `https://${env('pa-9')}.62.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${flow('pa-10')}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0`,
      'https://prod-27.westeurope.logic.azure.com:443/workflows/<workflow-id>/triggers/manual/paths/invoke?api-version=2016-06-01&sig=<signature>',
      `https://${env('pa-11')}.62.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/${flow('pa-12')}/triggers/manual/paths/invoke?sig=${'x'.repeat(43)}`,
    ],
  },
};
