// True and false samples of src/scanners/secrets/rules/terraform-cloud.ts, built when the tests run.
import { ALNUM, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'terraform-cloud-token': {
    match: [`credentials "app.terraform.io" {\n  token = "${fake(ALNUM, 14, 'tfc-1')}.atlasv1.${fake(B64URL, 67, 'tfc-2')}"\n}`],
    noMatch: ['token = "xxxxxxxxxxxxxx.atlasv1.xxxx"'],
  },
};
