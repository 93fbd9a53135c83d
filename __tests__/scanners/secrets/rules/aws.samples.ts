// True and false samples of src/scanners/secrets/rules/aws.ts, built when the tests run.
import { B64, BASE32, DIGITS, fake, fakeUuid, HEX, UPPER_ALNUM } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');

/** A Bedrock long-term API key: `ABSK` and the base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`. */
const bedrockLongTermKey = (seed: string): string =>
  'ABSK' + b64(`BedrockAPIKey-${fake(HEX, 4, seed)}-at-${fake(DIGITS, 12, seed + 'a')}:${fake(B64, 60, seed + 's')}`);

/** A Bedrock short-term API key: `bedrock-api-key-` and the base64 of a SigV4 presigned URL without its scheme. */
const bedrockShortTermKey = (seed: string): string =>
  'bedrock-api-key-' +
  b64(
    'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      `&X-Amz-Credential=${'ASIA' + fake(UPPER_ALNUM, 16, seed)}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request` +
      `&X-Amz-Date=20250101T000000Z&X-Amz-Expires=43200&X-Amz-Security-Token=${encodeURIComponent(fake(B64, 600, seed + 't'))}` +
      `&X-Amz-Signature=${fake(HEX, 64, seed + 'sig')}&X-Amz-SignedHeaders=host&Version=1`,
  );

export const SAMPLES: RuleSamples = {
  'aws-access-key-id': {
    match: [`aws_access_key_id = ${'AKIA' + fake(BASE32, 16, 'aws-id-1')}`, `"AccessKeyId": "${'ASIA' + fake(BASE32, 16, 'aws-id-2')}"`],
    noMatch: ['aws_access_key_id = ' + 'AKIA' + 'IOSFODNN7' + 'EXAMPLE', 'AKIA' + 'abcdefghijklmnop', 'XAKIA' + fake(BASE32, 16, 'aws-id-3')],
    files: [
      {
        name: 'an AWS credentials file: key id and secret',
        path: '.aws/credentials',
        text: `[default]\nregion = eu-central-1\naws_access_key_id = AKIA${fake(BASE32, 16, 'c-aws-1')}\naws_secret_access_key = ${fake(B64, 40, 'c-aws-2').replace(/=/g, 'x')}\n\n[readonly]\nrole_arn = arn:aws:iam::123456789012:role/ro\nsource_profile = default\n`,
        findings: [
          ['aws-access-key-id', 3],
          ['aws-secret-access-key', 4],
        ],
      },
    ],
  },
  'aws-secret-access-key': {
    match: [
      `aws_secret_access_key = ${fake(B64, 40, 'aws-secret-1')}`,
      `const body = "{\\"awsSecretKey\\":\\"${fake(B64, 40, 'aws-secret-9')}\\"}";`,
      `AWS_SECRET_ACCESS_KEY="${fake(B64, 40, 'aws-secret-2')}"`,
      `  "SecretAccessKey": "${fake(B64, 40, 'aws-secret-3')}"`,
    ],
    noMatch: ['aws_secret_access_key = ' + 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', `aws_secret_access_key = ${fake(B64, 41, 'aws-secret-4')}`],
  },
  'aws-credential-pair': {
    match: [`${'AKIA' + fake(BASE32, 16, 'aws-pair-1')},${fake(B64, 40, 'aws-pair-2')}`],
    noMatch: [`${'AKIA' + fake(BASE32, 16, 'aws-pair-3')},2024-01-01`],
  },
  'aws-session-token': {
    match: [`aws_session_token = ${'IQoJb3JpZ2luX2Vj' + fake(B64, 300, 'aws-session-1')}`],
    noMatch: ['aws_session_token = ${AWS_SESSION_TOKEN}', `aws_session_token = ${fake(B64, 40, 'aws-session-2')}`],
  },
  'aws-mws-auth-token': {
    match: [`mws_auth_token: amzn.mws.${fakeUuid('mws-1')}`],
    noMatch: ['amzn.mws.1234'],
  },
  'aws-bedrock-api-key': {
    match: [`AWS_BEARER_TOKEN_BEDROCK=${bedrockLongTermKey('bedrock-1')}`],
    noMatch: ['ABSKQmVkcm9ja0FQSUtleS1' + 'short', `ABSK${fake(B64, 120, 'bedrock-2')}`],
  },
  'aws-bedrock-short-term-api-key': {
    match: [`export AWS_BEARER_TOKEN_BEDROCK=${bedrockShortTermKey('bedrock-3')}`],
    noMatch: [`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${fake(B64, 200, 'bedrock-4')}`, 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
    files: [
      {
        name: 'a short-term Bedrock API key (a presigned URL in base64) pasted into a CI step',
        path: '.github/workflows/eval.yml',
        text: `steps:\n  - name: eval\n    env:\n      AWS_BEARER_TOKEN_BEDROCK: bedrock-api-key-${b64(
          'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256' +
            `&X-Amz-Credential=${'ASIA' + fake(BASE32, 16, 'c-brs-1')}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z` +
            `&X-Amz-Expires=43200&X-Amz-Security-Token=${encodeURIComponent(fake(B64, 700, 'c-brs-2'))}&X-Amz-Signature=${fake(HEX, 64, 'c-brs-3')}` +
            '&X-Amz-SignedHeaders=host&Version=1',
        )}\n    run: python eval.py\n`,
        findings: [['aws-bedrock-short-term-api-key', 4]],
      },
    ],
  },
};
