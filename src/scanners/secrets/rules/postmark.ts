// Postmark secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/postmark.samples.ts.
import { assignmentPattern, defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const POSTMARK_RULES: SecretRule[] = [
  defineRule({
    // Postmark's server and account API tokens are bare UUIDs, so only a Postmark credential name
    // makes one a token: POSTMARK_SERVER_TOKEN, X-Postmark-Account-Token, and the SMTP user name and
    // password, which are both the server token.
    id: 'postmark-server-token',
    family: 'messaging',
    description: 'Postmark server or account token',
    severity: 'high',
    keywords: ['postmark'],
    anchored: true,
    pattern: assignmentPattern(
      'postmark[\\w.-]{0,20}(?:token|key|secret|password|credential|auth|smtp[_.-]?user(?:name)?)',
      '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    ),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
  }),
];
