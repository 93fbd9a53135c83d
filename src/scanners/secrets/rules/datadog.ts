// Datadog secret rules (saas family). Samples: __tests__/scanners/secrets/rules/datadog.samples.ts.
import type { SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const DATADOG_RULES: SecretRule[] = [
  keywordAssigned('datadog-api-key', 'Datadog API key', 'high', { family: 'saas', keywords: ['datadog', 'dd_api_key', 'dd-api-key'], name: 'datadog[\\w.-]{0,20}api[_.-]?key|dd[_-]api[_-]key', value: run('a-f0-9', 32) }),
  keywordAssigned('datadog-app-key', 'Datadog application key', 'high', {
    family: 'saas',
    keywords: ['datadog', 'dd_app_key', 'dd_application_key', 'dd-application-key'],
    name: 'datadog[\\w.-]{0,20}app(?:lication)?[_.-]?key|dd[_-]app(?:lication)?[_-]key',
    value: run('a-f0-9', 40),
  }),
];
