// ElevenLabs secret rules (ai family). Samples: __tests__/scanners/secrets/rules/elevenlabs.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned } from './build.js';

export const ELEVENLABS_RULES: SecretRule[] = [
  keywordAssigned('elevenlabs-api-key', 'ElevenLabs API key', 'high', {
    family: 'ai',
    keywords: ['elevenlabs', 'xi-api-key', 'xi_api_key', 'eleven_api'],
    name: 'elevenlabs[\\w.-]{0,20}key|xi[_-]api[_-]key|eleven_api_key',
    value: 'sk_[a-f0-9]{48}|[a-f0-9]{32}',
  }),
];
