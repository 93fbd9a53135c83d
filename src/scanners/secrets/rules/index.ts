// All built-in rules, one module per provider family. Order matters only as the tie-break between
// overlapping findings of equal specificity: earlier wins.
import { GENERIC_RULE } from '../generic.js';
import type { SecretRule } from '../rule.js';
import { AI_RULES } from './ai.js';
import { CI_CD_RULES } from './ci-cd.js';
import { CLOUD_RULES } from './cloud.js';
import { CONNECTION_STRING_RULES } from './connection-strings.js';
import { CREDENTIAL_ARGUMENT_RULES } from './credential-arguments.js';
import { ENV_FILE_RULES } from './env-files.js';
import { HTTP_AUTH_RULES } from './http-auth.js';
import { IAC_RULES } from './iac.js';
import { JWT_RULES } from './jwt.js';
import { KUBERNETES_RULES } from './kubernetes.js';
import { MESSAGING_RULES } from './messaging.js';
import { PASSWORD_HASH_RULES } from './password-hashes.js';
import { PAYMENTS_RULES } from './payments.js';
import { PRIVATE_KEY_RULES } from './private-keys.js';
import { SAAS_RULES } from './saas.js';
import { SOURCE_HOSTING_RULES } from './source-hosting.js';

export const BUILTIN_RULES: readonly SecretRule[] = Object.freeze([
  ...CLOUD_RULES,
  ...PRIVATE_KEY_RULES,
  ...SOURCE_HOSTING_RULES,
  ...CI_CD_RULES,
  ...AI_RULES,
  ...PAYMENTS_RULES,
  ...MESSAGING_RULES,
  ...SAAS_RULES,
  ...JWT_RULES,
  ...CONNECTION_STRING_RULES,
  ...HTTP_AUTH_RULES,
  ...CREDENTIAL_ARGUMENT_RULES,
  ...KUBERNETES_RULES,
  ...IAC_RULES,
  ...PASSWORD_HASH_RULES,
  GENERIC_RULE,
  ...ENV_FILE_RULES,
]);
