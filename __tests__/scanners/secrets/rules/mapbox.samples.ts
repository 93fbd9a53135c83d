// True and false samples of src/scanners/secrets/rules/mapbox.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mapbox-secret-token': { match: [`MAPBOX_SECRET_TOKEN=sk.eyJ1Ijoi${fake(B64URL, 60, 'mapbox-1')}.${fake(B64URL, 22, 'mapbox-2')}`], noMatch: [`${'sk.eyj1ijoi'}short`, `${'sk.eyj1ijoi'}${'x'.repeat(40)}`] },
};
