// Databricks secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/databricks.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const DATABRICKS_RULES: SecretRule[] = [
  defineRule({
    id: 'databricks-token',
    family: 'cloud',
    description: 'Databricks personal access token',
    severity: 'high',
    keywords: ['dapi'],
    pattern: /(dapi[a-f0-9]{32}(?:-[0-9])?)/,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
