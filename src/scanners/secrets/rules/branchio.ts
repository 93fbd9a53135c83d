// Branch.io secret rules (saas family). Samples: __tests__/scanners/secrets/rules/branchio.samples.ts.
import { WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const BRANCHIO_RULES: SecretRule[] = [
  // The Branch key an app's SDK is initialised with (Info.plist `branch_key`, AndroidManifest):
  // shipped in clients, so low; the Branch secret that pairs with it has no shape of its own.
  prefixedToken('branchio-key', 'Branch.io app key', 'low', { family: 'saas', prefix: ['key_live_', 'key_test_'], body: run('A-Za-z0-9', 32), anchored: true, boundary: WORD_CHARS, minEntropy: 3.5 }),
];
