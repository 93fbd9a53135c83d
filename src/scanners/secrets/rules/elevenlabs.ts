// ElevenLabs secret rules (ai family). Samples: __tests__/scanners/secrets/rules/elevenlabs.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const ELEVENLABS_RULES: SecretRule[] = [
  defineRule({
    id: 'elevenlabs-api-key',
    family: 'ai',
    description: 'ElevenLabs API key',
    severity: 'high',
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key', 'eleven_api'],
    pattern: assignmentPattern('elevenlabs[\\w.-]{0,20}key|xi[_-]api[_-]key|eleven_api_key', 'sk_[a-f0-9]{48}|[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
