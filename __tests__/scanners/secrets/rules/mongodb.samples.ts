// True and false samples of src/scanners/secrets/rules/mongodb.ts, built when the tests run.
import { ALNUM, B64URL, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'mongodb-atlas-service-account-secret': {
    match: [`MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${fake(B64URL, 6, 'mdbsa-1')}${fake(ALNUM, 34, 'mdbsa-2')}`],
    noMatch: [`MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'mdbsa-3')}`, `mdb_sa_sk_${fake(ALNUM, 30, 'mdbsa-4')}`],
  },
};
