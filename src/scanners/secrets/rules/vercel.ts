// Vercel secret rules (saas family). Samples: __tests__/scanners/secrets/rules/vercel.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const VERCEL_RULES: SecretRule[] = [
  defineRule({
    // Vercel's prefixed tokens: personal (vcp_), integration (vci_), app access and refresh
    // (vca_, vcr_) and AI Gateway keys (vck_). Not prefixedToken: the pattern also takes `vcc_`,
    // which is no keyword; a builder would drop it, and that would change detection.
    id: 'vercel-prefixed-token',
    family: 'saas',
    description: 'Vercel access token or API key',
    severity: 'high',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(vc[pcikar]_[A-Za-z0-9]{24,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  keywordAssigned('vercel-token', 'Vercel access token', 'high', { family: 'saas', keywords: ['vercel'], credential: 'token', value: run('A-Za-z0-9', 24), minEntropy: 3.5 }),
];
