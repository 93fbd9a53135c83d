// True and false samples of src/scanners/secrets/rules/kerberos.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'kerberos-asrep-hash': {
    match: [
      `$krb5asrep$23$svc-backup@CORP.INTERNAL:${fake(HEX, 32, 'asrep-1')}$${fake(HEX, 464, 'asrep-2')}`,
      `hashes.txt: $krb5asrep$23$${fake(HEX, 32, 'asrep-3')}$${fake(HEX, 400, 'asrep-4')}`,
    ],
    noMatch: ['hashcat -m 18200 $krb5asrep$23$ hashes.txt', `$krb5asrep$23$user@corp:${fake(HEX, 32, 'asrep-5')}$${fake(HEX, 20, 'asrep-6')}`],
  },
  'kerberos-tgs-hash': {
    match: [
      `$krb5tgs$23$*sqlsvc$CORP.INTERNAL$MSSQLSvc/db01.corp.internal:1433*$${fake(HEX, 32, 'tgs-1')}$${fake(HEX, 1100, 'tgs-2')}`,
      `$krb5tgs$18$websvc$CORP.INTERNAL$${fake(HEX, 24, 'tgs-3')}$${fake(HEX, 600, 'tgs-4')}`,
    ],
    noMatch: ['john --format=krb5tgs $krb5tgs$23$ roasted.txt', `$krb5tgs$23$*svc$CORP$spn*$${fake(HEX, 32, 'tgs-5')}$${fake(HEX, 30, 'tgs-6')}`],
  },
};
