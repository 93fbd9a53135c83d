// PyPI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pypi.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const PYPI_RULES: SecretRule[] = [
  // `pypi-Ag` and the macaroon's location, `pypi.org` or `test.pypi.org`, in base64. A macaroon:
  // location, identifier, caveats and a 32-byte signature come to well over 70 characters of base64
  // after the location; shorter strings are cut-off copies.
  prefixedToken('pypi-token', 'PyPI upload token', 'critical', { family: 'ci-cd', prefix: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'], body: run('A-Za-z0-9_-', 70, 1000), minEntropy: 4 }),
];
