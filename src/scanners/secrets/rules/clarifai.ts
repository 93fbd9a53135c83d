// Clarifai secret rules (ai family). Samples: __tests__/scanners/secrets/rules/clarifai.samples.ts.
import { credentialName, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const CLARIFAI_RULES: SecretRule[] = [
  keywordAssigned('clarifai-pat', 'Clarifai personal access token or API key', 'high', { family: 'ai', keywords: ['clarifai'], form: 'provider', value: run('a-f0-9', 32), anchored: true, validate: credentialName }),
];
