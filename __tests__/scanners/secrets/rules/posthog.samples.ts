// True and false samples of src/scanners/secrets/rules/posthog.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'posthog-personal-api-key': {
    match: [`POSTHOG_PERSONAL_API_KEY=phx_${fake(ALNUM, 43, 'posthog-1')}`, `posthog = Posthog(personal_api_key="phx_${fake(ALNUM, 43, 'posthog-2')}")`],
    noMatch: [`posthog.init('phc_${fake(ALNUM, 43, 'posthog-3')}')`, `phx_${fake(ALNUM, 30, 'posthog-4')}`],
  },
};
