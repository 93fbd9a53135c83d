// Voiceflow API keys (ai family): `VF.DM.` (Dialog Manager) or `VF.WS.` (workspace) or the legacy
// `VF.`, a 24-hex id, a dot and 16 alphanumerics. Samples: __tests__/scanners/secrets/rules/voiceflow.samples.ts.
import type { SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const VOICEFLOW_RULES: SecretRule[] = [
  prefixedToken('voiceflow-api-key', 'Voiceflow API key', 'high', { family: 'ai', prefix: 'VF.', body: `(?:DM\\.|WS\\.)?${run('a-fA-F0-9', 24)}\\.${run('A-Za-z0-9', 16)}`, boundary: 'A-Za-z0-9_.-', anchored: true }),
];
