// True and false samples of src/scanners/secrets/rules/scrapfly.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'scrapfly-api-key': {
    match: [`SCRAPFLY_KEY=scp-live-${fake(HEX, 32, 'scrapfly-1')}`, `client = ScrapflyClient(key="scp-test-${fake(HEX, 32, 'scrapfly-2')}")`],
    noMatch: [`scp-live-${fake(HEX, 20, 'scrapfly-3')}`, `scp-prod-${fake(HEX, 32, 'scrapfly-4')}`],
  },
};
