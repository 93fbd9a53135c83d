// DeepL secret rules (ai family). Samples: __tests__/scanners/secrets/rules/deepl.samples.ts.
import { defineRule, providerAssignmentPattern, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { UUID } from './build.js';

export const DEEPL_RULES: SecretRule[] = [
  defineRule({
    // One-off (two forms): DeepL API Free keys end in `:fx`; taken where DeepL names them (an
    // assignment, or the `DeepL-Auth-Key` authorization scheme).
    id: 'deepl-api-key',
    family: 'ai',
    description: 'DeepL API Free key',
    severity: 'high',
    keywords: ['deepl'],
    anchored: true,
    pattern: new RegExp(`DeepL-Auth-Key[ \\t]{1,5}(${UUID}:fx)|${providerAssignmentPattern('deepl', `${UUID}:fx`).source}`, 'i'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
