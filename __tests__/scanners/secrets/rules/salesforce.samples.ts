// True and false samples of src/scanners/secrets/rules/salesforce.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'salesforce-access-token': {
    match: [
      `sf = Salesforce(instance_url='https://acme.my.salesforce.com', session_id='00D${fake(ALNUM, 12, 'sfdc-1')}!${fake(ALNUM + '._', 96, 'sfdc-2')}')`,
      `SF_ACCESS_TOKEN=00D${fake(ALNUM, 15, 'sfdc-3')}!${fake(ALNUM + '.', 96, 'sfdc-4')}`,
    ],
    noMatch: [
      `SF_ACCESS_TOKEN=00D${fake(ALNUM, 12, 'sfdc-5')}!${fake(ALNUM, 60, 'sfdc-6')}`,
      `SF_ACCESS_TOKEN=00D${fake(ALNUM, 12, 'sfdc-7')}!${'x'.repeat(96)}`,
      `SF_ACCESS_TOKEN=00D${fake(ALNUM, 12, 'sfdc-8')}!${fake(ALNUM, 110, 'sfdc-9')}`,
    ],
    files: [
      {
        name: 'a Salesforce session id pasted into a simple-salesforce script',
        path: 'scripts/sfdc_export.py',
        text: `from simple_salesforce import Salesforce\n\nsf = Salesforce(\n    instance_url="https://acme.my.salesforce.com",\n    session_id="00D${fake(ALNUM, 12, 's-sfdc-1')}!${fake(ALNUM + '.', 96, 's-sfdc-2')}",\n)\nprint(sf.query("SELECT Id FROM Account LIMIT 1"))\n`,
        findings: [['salesforce-access-token', 5]],
      },
    ],
  },
};
