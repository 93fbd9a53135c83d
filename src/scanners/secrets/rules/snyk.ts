// Snyk secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/snyk.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, UUID } from './build.js';

export const SNYK_RULES: SecretRule[] = [
  keywordAssigned('snyk-token', 'Snyk API token', 'high', { family: 'ci-cd', keywords: ['snyk'], name: 'snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token)', value: UUID, boundary: TOKEN_CHARS }),
];
