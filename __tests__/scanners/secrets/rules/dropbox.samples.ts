// True and false samples of src/scanners/secrets/rules/dropbox.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'dropbox-short-lived-token': {
    match: [`DROPBOX_ACCESS_TOKEN=${'sl.'}${fake(B64URL, 138, 'dropbox-1')}`, `accessToken: "${'sl.u.'}${fake(B64URL, 900, 'dropbox-2')}"`],
    noMatch: [`${'sl.'}${fake(B64URL, 60, 'dropbox-3')}`, `${'sl.'}${fake(B64URL, 170, 'dropbox-4')}`, 'ctx = ssl.create_default_context()', `s${'sl.'}${fake(B64URL, 138, 'dropbox-5')}`],
  },
};
