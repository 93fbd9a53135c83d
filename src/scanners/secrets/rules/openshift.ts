// OpenShift secret rules (saas family). Samples: __tests__/scanners/secrets/rules/openshift.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const OPENSHIFT_RULES: SecretRule[] = [
  prefixedToken('openshift-user-token', 'OpenShift user token', 'high', { family: 'saas', prefix: 'sha256~', body: run('A-Za-z0-9_-', 43), minEntropy: 3.5 }),
];
