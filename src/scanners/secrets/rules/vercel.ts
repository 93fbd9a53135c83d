// Vercel secret rules (saas family). Samples: __tests__/scanners/secrets/rules/vercel.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';

export const VERCEL_RULES: SecretRule[] = [
  defineRule({
    // Vercel's prefixed tokens: personal (vcp_), integration (vci_), app access and refresh
    // (vca_, vcr_) and AI Gateway keys (vck_).
    id: 'vercel-prefixed-token',
    family: 'saas',
    description: 'Vercel access token or API key',
    severity: 'high',
    keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
    pattern: /(vc[pcikar]_[A-Za-z0-9]{24,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    id: 'vercel-token',
    family: 'saas',
    description: 'Vercel access token',
    severity: 'high',
    keywords: ['vercel'],
    pattern: assignmentPattern('vercel[\\w.-]{0,20}token', '[A-Za-z0-9]{24}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
  }),
];
