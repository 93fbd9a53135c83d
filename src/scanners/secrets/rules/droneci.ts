// Drone CI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/droneci.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const DRONECI_RULES: SecretRule[] = [
  keywordAssigned('droneci-token', 'Drone CI token', 'high', { family: 'ci-cd', keywords: ['drone'], credential: ['token', 'secret'], value: run('A-Za-z0-9', 32), anchored: true, minEntropy: 3.5 }),
];
