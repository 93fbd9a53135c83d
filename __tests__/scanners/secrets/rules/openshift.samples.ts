// True and false samples of src/scanners/secrets/rules/openshift.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'openshift-user-token': { match: [`oc login --token=sha256~${fake(B64URL, 43, 'ocp-1')} --server=https://api.ocp.corp:6443`], noMatch: [`${'sha256~'}short`, `${'sha256~'}${'x'.repeat(40)}`] },
};
