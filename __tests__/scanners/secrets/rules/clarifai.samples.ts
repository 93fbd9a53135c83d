// True and false samples of src/scanners/secrets/rules/clarifai.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'clarifai-pat': {
    match: [`CLARIFAI_PAT=${fake(HEX, 32, 'clarifai-1')}`, `clarifai_api = ${fake(HEX, 32, 'clarifai-2')}`],
    noMatch: ['CLARIFAI_USER_ID=acme', `CLARIFAI_MODEL_VERSION_ID=${fake(HEX, 32, 'clarifai-3')}`, `CLARIFAI_PAT=${fake(HEX, 30, 'clarifai-4')}`],
  },
};
