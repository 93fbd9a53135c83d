// Tableau personal access token secrets (saas family): 22 characters of base64 and `==`, a colon,
// 32 alphanumerics. Samples: __tests__/scanners/secrets/rules/tableau.samples.ts.
import { defineRule, type SecretRule } from '../rule.js';

/**
 * Where a secret can start: 22 characters before each `==:` (the pattern fixes that offset). The
 * pattern searched over a whole file tried 22 characters from every letter and digit.
 */
function secretStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf('==:', 22); at >= 0; at = text.indexOf('==:', at + 1)) out.push(at - 22);
  return out;
}

export const TABLEAU_RULES: SecretRule[] = [
  defineRule({
    id: 'tableau-pat-secret',
    family: 'saas',
    description: 'Tableau personal access token secret',
    severity: 'high',
    keywords: ['tableau'],
    starts: secretStarts,
    pattern: /([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})/,
    boundary: 'A-Za-z0-9+/',
    minEntropy: 4,
  }),
];
