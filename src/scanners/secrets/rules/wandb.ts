// Weights & Biases secret rules (ai family). Samples: __tests__/scanners/secrets/rules/wandb.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const WANDB_RULES: SecretRule[] = [
  defineRule({
    id: 'wandb-api-key',
    family: 'ai',
    description: 'Weights & Biases API key',
    severity: 'high',
    keywords: ['wandb'],
    pattern: assignmentPattern('wandb[\\w.-]{0,20}key', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
