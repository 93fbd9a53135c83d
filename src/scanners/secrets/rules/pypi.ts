// PyPI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/pypi.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const PYPI_RULES: SecretRule[] = [
  defineRule({
    id: 'pypi-token',
    family: 'ci-cd',
    description: 'PyPI upload token',
    severity: 'critical',
    keywords: ['pypi-ageichlwas5vcmc', 'pypi-agendgvzdc5wexbplm9yzw'],
    pattern: /(pypi-Ag(?:EIcHlwaS5vcmc|ENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,1000})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
