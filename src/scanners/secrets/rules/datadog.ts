// Datadog secret rules (saas family). Samples: __tests__/scanners/secrets/rules/datadog.samples.ts.
import { assignmentPattern, defineRule, WORD_CHARS, type SecretRule } from '../rule.js';

export const DATADOG_RULES: SecretRule[] = [
  defineRule({
    id: 'datadog-api-key',
    family: 'saas',
    description: 'Datadog API key',
    severity: 'high',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key'],
    pattern: assignmentPattern('datadog[\\w.-]{0,20}api[_.-]?key|dd[_-]api[_-]key', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
  defineRule({
    id: 'datadog-app-key',
    family: 'saas',
    description: 'Datadog application key',
    severity: 'high',
    keywords: ['datadog', 'dd_app_key', 'dd_application_key', 'dd-application-key'],
    pattern: assignmentPattern('datadog[\\w.-]{0,20}app(?:lication)?[_.-]?key|dd[_-]app(?:lication)?[_-]key', '[a-f0-9]{40}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
];
