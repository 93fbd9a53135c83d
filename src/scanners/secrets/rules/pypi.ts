// PyPI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pypi.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const PYPI_RULES: SecretRule[] = [
  defineRule({
    id: 'pypi-token',
    family: 'ci-cd',
    description: 'PyPI upload token',
    severity: 'critical',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    // A macaroon: location, identifier, caveats and a 32-byte signature come to well over 70
    // characters of base64 after the location; shorter strings are cut-off copies.
    pattern: /(pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{70,1000})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
