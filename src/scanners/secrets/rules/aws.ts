// AWS secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/aws.samples.ts.
import { BASE64_CHARS, defineRule, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run, UUID } from './build.js';

const fromB64 = (text: string): string => Buffer.from(text, 'base64').toString('latin1');

export const AWS_RULES: SecretRule[] = [
  defineRule({
    // One-off: four literal prefixes and `A3T` followed by any character, which a list of
    // literal prefixes cannot state.
    id: 'aws-access-key-id',
    family: 'cloud',
    description: 'AWS access key ID',
    severity: 'high',
    keywords: ['akia', 'asia', 'abia', 'acca', 'a3t'],
    anchored: true,
    // Issued keys use base32 ([A-Z2-7]) after the prefix; digits 0, 1, 8 and 9 are allowed too, as
    // other scanners' cases and hand-edited keys carry them.
    pattern: /((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})/,
    boundary: 'A-Za-z0-9',
    minEntropy: 3,
  }),
  keywordAssigned('aws-secret-access-key', 'AWS secret access key', 'critical', {
    family: 'cloud',
    keywords: ['secret_access_key', 'secretaccesskey', 'aws_secret', 'awssecret', 'secret-access-key', 'secret_key'],
    name: 'aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key|secretaccesskey',
    value: run('A-Za-z0-9/+', 40),
    boundary: BASE64_CHARS,
    minEntropy: 3.5,
  }),
  defineRule({
    // One-off, a pair: the secret right after its key ID (a CSV export, `id:secret`).
    id: 'aws-credential-pair',
    family: 'cloud',
    description: 'AWS secret access key next to its key ID',
    severity: 'critical',
    keywords: ['akia', 'asia'],
    anchored: true,
    pattern: /(?:AKIA|ASIA)[A-Z2-7]{16}[ \t]{0,5}[,;|:][ \t]{0,5}["']?([A-Za-z0-9/+]{40})/,
    boundary: BASE64_CHARS,
    minEntropy: 3.5,
  }),
  keywordAssigned('aws-session-token', 'AWS session token', 'medium', {
    family: 'cloud',
    keywords: ['session_token', 'sessiontoken', 'security-token', 'security_token'],
    name: 'aws[_.-]?session[_.-]?token|x-amz-security-token|aws[_.-]?security[_.-]?token|sessiontoken',
    value: run('A-Za-z0-9/+=', 100, 1500),
    boundary: BASE64_CHARS,
    minEntropy: 4,
  }),
  prefixedToken('aws-mws-auth-token', 'Amazon MWS auth token', 'high', { family: 'cloud', prefix: 'amzn.mws.', body: UUID }),
  // `ABSK` + base64 of `BedrockAPIKey-`...: the literal below is that prefix's encoding.
  prefixedToken('aws-bedrock-api-key', 'Amazon Bedrock long-term API key', 'high', { family: 'cloud', prefix: 'ABSKQmVkcm9ja0FQSUtleS', body: '[A-Za-z0-9+/]{60,200}={0,2}', anchored: true, boundary: BASE64_CHARS, minEntropy: 4 }),
  // `bedrock-api-key-` + base64 of a SigV4 presigned URL (`bedrock.amazonaws.com/?Action=CallWithBearerToken&...`),
  // valid for up to 12 hours.
  prefixedToken('aws-bedrock-short-term-api-key', 'Amazon Bedrock short-term API key', 'medium', {
    family: 'cloud',
    prefix: 'bedrock-api-key-',
    body: 'YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,6000}={0,2}',
    anchored: true,
    boundary: BASE64_CHARS,
    minEntropy: 4,
    validate: (secret) => {
      const url = fromB64(secret.slice('bedrock-api-key-'.length));
      return url.includes('X-Amz-Credential=') && url.includes('X-Amz-Signature=');
    },
  }),
];
