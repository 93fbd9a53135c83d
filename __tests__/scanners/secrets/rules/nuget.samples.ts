// True and false samples of src/scanners/secrets/rules/nuget.ts, built when the tests run.
import { fake, LOWER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'nuget-api-key': {
    match: [`dotnet nuget push pkg.nupkg --api-key oy2${fake(LOWER_ALNUM, 43, 'nuget-1')} --source nuget.org`],
    noMatch: ['oy2' + 'short'],
  },
};
