// Postmark secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/postmark.samples.ts.
import { TOKEN_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, UUID } from './build.js';

export const POSTMARK_RULES: SecretRule[] = [
  // Postmark's server and account API tokens are bare UUIDs, so only a Postmark credential name
  // makes one a token: POSTMARK_SERVER_TOKEN, X-Postmark-Account-Token, and the SMTP user name and
  // password, which are both the server token.
  keywordAssigned('postmark-server-token', 'Postmark server or account token', 'high', {
    family: 'messaging',
    keywords: ['postmark'],
    credential: ['token', 'key', 'secret', 'password', 'credential', 'auth', 'smtp[_.-]?user(?:name)?'],
    value: UUID,
    anchored: true,
    boundary: TOKEN_CHARS,
  }),
];
