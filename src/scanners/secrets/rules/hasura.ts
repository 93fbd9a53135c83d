// Hasura secret rules (saas family). Samples: __tests__/scanners/secrets/rules/hasura.samples.ts.
import { credentialName, type SecretRule } from '../rule.js';
import { keywordAssigned, run } from './build.js';

export const HASURA_RULES: SecretRule[] = [
  // Hasura Cloud generates 64-alphanumeric admin secrets, set as HASURA_GRAPHQL_ADMIN_SECRET or sent
  // as the x-hasura-admin-secret header; shorter, hand-picked secrets are left to the generic rule.
  keywordAssigned('hasura-admin-secret', 'Hasura Cloud admin secret', 'high', { family: 'saas', keywords: ['hasura'], form: 'provider', value: run('A-Za-z0-9', 64), anchored: true, minEntropy: 4, validate: credentialName }),
];
