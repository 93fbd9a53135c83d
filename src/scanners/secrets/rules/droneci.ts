// Drone CI secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/droneci.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const DRONECI_RULES: SecretRule[] = [
  defineRule({
    id: 'droneci-token',
    family: 'ci-cd',
    description: 'Drone CI token',
    severity: 'high',
    keywords: ['drone'],
    anchored: true,
    pattern: assignmentPattern('drone[\\w.-]{0,20}(?:token|secret)', '[A-Za-z0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
