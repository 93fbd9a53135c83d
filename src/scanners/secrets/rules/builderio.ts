// Builder.io secret rules (saas family). Samples: __tests__/scanners/secrets/rules/builderio.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const BUILDERIO_RULES: SecretRule[] = [
  prefixedToken('builderio-private-key', 'Builder.io private API key', 'high', { family: 'saas', prefix: 'bpk-', body: run('a-f0-9', 32) }),
];
