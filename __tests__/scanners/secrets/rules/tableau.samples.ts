// True and false samples of src/scanners/secrets/rules/tableau.ts, built when the tests run.
import { ALNUM, B64, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const secret = (seed: string): string => `${fake(B64, 22, seed)}==:${fake(ALNUM, 32, seed + 's')}`;

export const SAMPLES: RuleSamples = {
  'tableau-pat-secret': {
    match: [
      `TABLEAU_PAT_NAME=ci-publisher\nTABLEAU_PAT_SECRET=${secret('tableau-1')}\nTABLEAU_SERVER=https://prod-useast-a.online.tableau.com`,
      `tableau:\n  token_secret: "${secret('tableau-2')}"`,
    ],
    noMatch: [`TABLEAU_PAT_SECRET=${fake(B64, 22, 'tableau-3')}==`, `signature: ${secret('tableau-4')} (no product named)`],
  },
};
