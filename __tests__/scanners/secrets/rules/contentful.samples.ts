// True and false samples of src/scanners/secrets/rules/contentful.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'contentful-pat': { match: [`CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${fake(B64URL, 43, 'cfpat-1')}`], noMatch: [`${'cfpat-'}short`, `${'cfpat-'}${'x'.repeat(40)}`] },
};
