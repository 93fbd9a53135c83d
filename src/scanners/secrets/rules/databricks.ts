// Databricks secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/databricks.samples.ts.
import { defineRule, WORD_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const DATABRICKS_RULES: SecretRule[] = [
  prefixedToken('databricks-token', 'Databricks personal access token', 'high', { family: 'cloud', prefix: 'dapi', body: '[a-f0-9]{32}(?:-[0-9])?', boundary: WORD_CHARS, anchored: true }),
];
