// True and false samples of src/scanners/secrets/rules/figma.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'figma-personal-access-token': {
    match: [`FIGMA_TOKEN=figd_${fake(B64URL, 40, 'figma-1')}`, `headers: { 'X-Figma-Token': 'figd_${fake(B64URL, 42, 'figma-2')}' }`],
    noMatch: [`figd_${fake(B64URL, 24, 'figma-3')}`, `figd_${'x'.repeat(40)}`],
  },
};
