// True and false samples of src/scanners/secrets/rules/wandb.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'wandb-api-key': {
    match: [`WANDB_API_KEY=${fake(HEX, 40, 'wandb-1')}`],
    noMatch: ['WANDB_PROJECT=churn-model'],
  },
};
