// Branch.io secret rules (saas family). Samples: __tests__/scanners/secrets/rules/branchio.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const BRANCHIO_RULES: SecretRule[] = [
  defineRule({
    // The Branch key an app's SDK is initialised with (Info.plist `branch_key`, AndroidManifest):
    // shipped in clients, so low; the Branch secret that pairs with it has no shape of its own.
    id: 'branchio-key',
    family: 'saas',
    description: 'Branch.io app key',
    severity: 'low',
    keywords: ['key_live_', 'key_test_'],
    anchored: true,
    pattern: /(key_(?:live|test)_[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
