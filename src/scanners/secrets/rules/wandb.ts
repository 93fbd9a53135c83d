// Weights & Biases secret rules (ai family). Samples: __tests__/scanners/secrets/rules/wandb.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const WANDB_RULES: SecretRule[] = [
  keywordAssigned('wandb-api-key', 'Weights & Biases API key', 'high', { family: 'ai', keywords: ['wandb'], credential: 'key', value: run('a-f0-9', 40) }),
];
