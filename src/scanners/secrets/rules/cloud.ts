// Cloud providers: AWS, Azure, Google Cloud, Alibaba, Tencent, IBM, Yandex, Cloudflare, Databricks...
import { ALNUM, B64, B64URL, BASE32, DIGITS, fake, fakePemBody, fakeUuid, HEX, UPPER_ALNUM } from '../fake.js';
import { assignmentPattern, BASE64_CHARS, defineRule, leadBefore, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';

import { isKnownPublicValue } from '../placeholders.js';
import { blockBody } from './pem.js';

const notPublicDevKey = (secret: string): boolean => !isKnownPublicValue(secret);

const storageKey = (seed: string): string => fake(B64, 86, seed) + '==';

const b64 = (text: string): string => Buffer.from(text, 'latin1').toString('base64');
const fromB64 = (text: string): string => Buffer.from(text, 'base64').toString('latin1');

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
const sasSig = (seed: string): string => encodeURIComponent(fake(B64, 43, seed) + '=');

export const CLOUD_RULES: SecretRule[] = [
  defineRule({
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
    examples: {
      match: [`aws_access_key_id = ${'AKIA' + fake(BASE32, 16, 'aws-id-1')}`, `"AccessKeyId": "${'ASIA' + fake(BASE32, 16, 'aws-id-2')}"`],
      noMatch: ['aws_access_key_id = ' + 'AKIA' + 'IOSFODNN7' + 'EXAMPLE', 'AKIA' + 'abcdefghijklmnop', 'XAKIA' + fake(BASE32, 16, 'aws-id-3')],
    },
  }),
  defineRule({
    id: 'aws-secret-access-key',
    family: 'cloud',
    description: 'AWS secret access key',
    severity: 'critical',
    keywords: ['secret_access_key', 'secretaccesskey', 'aws_secret', 'awssecret', 'secret-access-key', 'secret_key'],
    pattern: assignmentPattern('aws[_.-]?secret[_.-]?(?:access[_.-]?)?key|secret[_.-]?access[_.-]?key|secretaccesskey', '[A-Za-z0-9/+]{40}'),
    boundary: BASE64_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [
        `aws_secret_access_key = ${fake(B64, 40, 'aws-secret-1')}`,
        `const body = "{\\"awsSecretKey\\":\\"${fake(B64, 40, 'aws-secret-9')}\\"}";`,
        `AWS_SECRET_ACCESS_KEY="${fake(B64, 40, 'aws-secret-2')}"`,
        `  "SecretAccessKey": "${fake(B64, 40, 'aws-secret-3')}"`,
      ],
      noMatch: ['aws_secret_access_key = ' + 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}', `aws_secret_access_key = ${fake(B64, 41, 'aws-secret-4')}`],
    },
  }),
  defineRule({
    id: 'aws-credential-pair',
    family: 'cloud',
    description: 'AWS secret access key next to its key ID',
    severity: 'critical',
    keywords: ['akia', 'asia'],
    anchored: true,
    pattern: /(?:AKIA|ASIA)[A-Z2-7]{16}[ \t]{0,5}[,;|:][ \t]{0,5}["']?([A-Za-z0-9/+]{40})/,
    boundary: BASE64_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`${'AKIA' + fake(BASE32, 16, 'aws-pair-1')},${fake(B64, 40, 'aws-pair-2')}`],
      noMatch: [`${'AKIA' + fake(BASE32, 16, 'aws-pair-3')},2024-01-01`],
    },
  }),
  defineRule({
    id: 'aws-session-token',
    family: 'cloud',
    description: 'AWS session token',
    severity: 'medium',
    keywords: ['session_token', 'sessiontoken', 'security-token', 'security_token'],
    pattern: assignmentPattern('aws[_.-]?session[_.-]?token|x-amz-security-token|aws[_.-]?security[_.-]?token|sessiontoken', '[A-Za-z0-9/+=]{100,1500}'),
    boundary: BASE64_CHARS,
    minEntropy: 4,
    examples: {
      match: [`aws_session_token = ${'IQoJb3JpZ2luX2Vj' + fake(B64, 300, 'aws-session-1')}`],
      noMatch: ['aws_session_token = ${AWS_SESSION_TOKEN}', `aws_session_token = ${fake(B64, 40, 'aws-session-2')}`],
    },
  }),
  defineRule({
    id: 'aws-mws-auth-token',
    family: 'cloud',
    description: 'Amazon MWS auth token',
    severity: 'high',
    keywords: ['amzn.mws.'],
    pattern: /(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`mws_auth_token: amzn.mws.${fakeUuid('mws-1')}`],
      noMatch: ['amzn.mws.1234'],
    },
  }),
  defineRule({
    id: 'azure-storage-connection-string',
    family: 'cloud',
    description: 'Azure storage account key in a connection string',
    severity: 'critical',
    keywords: ['defaultendpointsprotocol'],
    pattern: /DefaultEndpointsProtocol=https?;[^\s"'<>`]{0,300}AccountKey=([A-Za-z0-9+/]{86}==)/i,
    boundary: BASE64_CHARS,
    validate: notPublicDevKey,
    examples: {
      match: [
        `"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${storageKey('az-conn-1')};EndpointSuffix=core.windows.net"`,
      ],
      noMatch: [
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=' +
          ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join(''),
        'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${STORAGE_KEY}',
      ],
    },
  }),
  defineRule({
    id: 'azure-storage-account-key',
    family: 'cloud',
    description: 'Azure storage account key',
    severity: 'critical',
    keywords: ['accountkey'],
    pattern: /AccountKey[ \t]{0,3}=[ \t]{0,3}([A-Za-z0-9+/]{86}==)/i,
    boundary: BASE64_CHARS,
    validate: notPublicDevKey,
    examples: {
      match: [`BlobEndpoint=https://prodlogs.blob.core.windows.net/;AccountKey=${storageKey('az-key-1')}`],
      noMatch: ['AccountKey=${STORAGE_KEY}', `AccountKey=${fake(B64, 40, 'az-key-2')}`],
    },
  }),
  defineRule({
    id: 'azure-storage-key',
    family: 'cloud',
    description: 'Azure storage account key',
    severity: 'critical',
    keywords: ['azure', 'storage'],
    anchored: true,
    pattern: assignmentPattern('azure|storage', '[A-Za-z0-9+/]{86}=='),
    boundary: BASE64_CHARS,
    validate: notPublicDevKey,
    examples: {
      match: [`AZURE_STORAGE_KEY=${storageKey('az-ctx-1')}`, `storage_account_access_key = "${storageKey('az-ctx-2')}"`],
      noMatch: ['AZURE_STORAGE_KEY=${{ secrets.AZURE_STORAGE_KEY }}'],
    },
  }),
  defineRule({
    // A storage key pasted into a script, SQL (`CREATE DATABASE SCOPED CREDENTIAL ... SECRET =`)
    // or notes, with Azure named nearby rather than in the assignment. The 88-character shape
    // ending in `==` is found from its `==` backwards, so long base64 runs cost no re-scans.
    id: 'azure-storage-key-near-azure',
    family: 'cloud',
    description: 'Azure storage account key (Azure named nearby)',
    severity: 'high',
    keywords: ['azure'],
    anchored: true,
    anchors: ['=='],
    pattern: /==/,
    extract: (m, ctx) => {
      const found = leadBefore(ctx.text, m.index, m.index + 2, { min: 86, max: 86, chars: /[A-Za-z0-9+/]/ }, /[A-Za-z0-9+/=]/);
      // A SHA-512 digest in base64 has the same shape: subresource integrity, checksums.
      if (!found || /sha-?512[-:=]$/i.test(ctx.text.slice(Math.max(0, found.start - 8), found.start))) return undefined;
      return { secret: found.secret, start: found.start };
    },
    minEntropy: 4.5,
    validate: notPublicDevKey,
    inContext: ({ text, secretStart, secretEnd }) =>
      /azure/i.test(text.slice(Math.max(0, secretStart - 400), secretStart)) || /azure/i.test(text.slice(secretEnd, secretEnd + 400)),
    specificity: 2,
    examples: {
      match: [
        `-- storage for https://portal.azure.com/ exports\nCREATE DATABASE SCOPED CREDENTIAL Exports WITH IDENTITY = 'SHARED ACCESS',\n    SECRET = '${storageKey('az-near-1')}';`,
        `${storageKey('az-near-2')}\n(key of the Azure.com account used by the nightly job)`,
      ],
      noMatch: [
        `<script src="https://azure.example/app.js" integrity="sha512-${fake(B64, 86, 'az-near-3')}=="></script>`,
        `azure: true\n${'x'.repeat(500)}\nhash: ${fake(B64, 86, 'az-near-4')}==`,
        'if (a == b) return azure;',
      ],
    },
  }),
  defineRule({
    id: 'azure-shared-access-key',
    family: 'cloud',
    description: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    severity: 'critical',
    keywords: ['sharedaccesskey'],
    pattern: /SharedAccessKey[ \t]{0,3}=[ \t]{0,3}([A-Za-z0-9+/]{43}=)/i,
    boundary: BASE64_CHARS,
    examples: {
      match: [`Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake(B64, 43, 'az-sb-1')}=`],
      noMatch: ['Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>'],
    },
  }),
  defineRule({
    id: 'azure-sas-token',
    family: 'cloud',
    description: 'Azure shared access signature (SAS) token',
    severity: 'high',
    keywords: ['sig='],
    pattern: /[?&;]sig=([A-Za-z0-9%+/]{43,120})/,
    boundary: 'A-Za-z0-9%+/',
    inContext: (ctx) => {
      const from = Math.max(0, ctx.text.lastIndexOf('\n', ctx.secretStart) + 1, ctx.secretStart - 800);
      const before = ctx.text.slice(from, ctx.secretStart);
      return /\bsv=\d{4}-\d{2}-\d{2}/.test(before) && /\b(?:se|sp|sr|ss|srt)=/.test(before);
    },
    validate: (secret) => /^[A-Za-z0-9+/]{42,43}=?$/.test(decodeURIComponentSafe(secret)),
    examples: {
      match: [
        `https://prodlogs.blob.core.windows.net/backups?sp=racwdl&st=2024-05-01T00:00:00Z&se=2026-05-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${sasSig('az-sas-1')}`,
      ],
      noMatch: ['https://example.net/?sv=2022-11-02&sr=c&sig=<signature>', `https://cdn.net/a.png?sig=${sasSig('az-sas-2')}`],
    },
  }),
  defineRule({
    id: 'azure-ad-client-secret',
    family: 'cloud',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    severity: 'critical',
    keywords: ['q~'],
    pattern: /([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})/,
    boundary: 'A-Za-z0-9_~.-',
    minEntropy: 3,
    examples: {
      match: [`AZURE_CLIENT_SECRET=${fake(ALNUM, 3, 'aad-1')}8Q~${fake(ALNUM + '_~.-', 34, 'aad-2')}`],
      noMatch: ['AZURE_CLIENT_SECRET=abc8Q~short'],
    },
  }),
  defineRule({
    id: 'azure-apim-subscription-key',
    family: 'cloud',
    description: 'Azure API Management subscription key',
    severity: 'high',
    keywords: ['ocp-apim-subscription-key'],
    pattern: /Ocp-Apim-Subscription-Key["'`]{0,2}[ \t]{0,5}[:=,][ \t]{0,5}["'`]?([a-f0-9]{32})/i,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`headers = {"Ocp-Apim-Subscription-Key": "${fake(HEX, 32, 'apim-1')}"}`],
      noMatch: ['headers = {"Ocp-Apim-Subscription-Key": os.environ["APIM_KEY"]}'],
    },
  }),
  defineRule({
    id: 'azure-cognitive-services-key',
    family: 'cloud',
    description: 'Azure OpenAI / AI services key',
    severity: 'high',
    keywords: ['azure', 'cognitive'],
    anchored: true,
    pattern: assignmentPattern('azure[_.-]?openai|azure[_.-]?ai|cognitive[_.-]?services?|azure[_.-]?speech|azure[_.-]?translator', '[a-f0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`AZURE_OPENAI_API_KEY=${fake(HEX, 32, 'aoai-1')}`],
      noMatch: ['AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/'],
    },
  }),
  defineRule({
    id: 'gcp-api-key',
    family: 'cloud',
    description: 'Google API key',
    severity: 'high',
    keywords: ['aiza'],
    pattern: /(AIza[0-9A-Za-z_-]{35})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`const firebaseConfig = { apiKey: "AIza${fake(B64URL, 35, 'gcp-key-1')}" };`, `GOOGLE_API_KEY=AIza${fake(B64URL, 35, 'gcp-key-2')}`],
      noMatch: [`AIza${fake(B64URL, 30, 'gcp-key-3')}`, 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
  }),
  defineRule({
    id: 'gcp-service-account-private-key',
    family: 'cloud',
    description: 'Google Cloud service account private key',
    severity: 'critical',
    keywords: ['private_key'],
    pattern: /"private_key"[ \t]{0,5}:[ \t]{0,5}"-----BEGIN PRIVATE KEY-----/,
    extract: (m, ctx) => blockBody(m, ctx, '-----END PRIVATE KEY-----'),
    examples: {
      match: [
        `{\n  "type": "service_account",\n  "project_id": "prod-data",\n  "private_key_id": "${fake(HEX, 40, 'gsa-1')}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${fakePemBody('gsa-2', 900).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "etl@prod-data.iam.gserviceaccount.com"\n}`,
      ],
      noMatch: ['"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"'],
    },
  }),
  defineRule({
    id: 'gcp-oauth-client-secret',
    family: 'cloud',
    description: 'Google OAuth client secret',
    severity: 'high',
    keywords: ['gocspx-'],
    pattern: /(GOCSPX-[A-Za-z0-9_-]{28})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`GOOGLE_CLIENT_SECRET=GOCSPX-${fake(B64URL, 28, 'gocspx-1')}`],
      noMatch: ['GOOGLE_CLIENT_SECRET=GOCSPX-abcdefghijklmnop'],
    },
  }),
  defineRule({
    id: 'google-oauth-access-token',
    family: 'cloud',
    description: 'Google OAuth access token',
    severity: 'medium',
    keywords: ['ya29.'],
    pattern: /(ya29\.[0-9A-Za-z_-]{30,1024})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`Authorization: Bearer ya29.${fake(B64URL, 150, 'ya29-1')}`],
      noMatch: ['ya29.short'],
    },
  }),
  defineRule({
    id: 'google-oauth-refresh-token',
    family: 'cloud',
    description: 'Google OAuth refresh token',
    severity: 'high',
    keywords: ['1//0'],
    pattern: /(1\/\/0[0-9A-Za-z_-]{40,512})/,
    boundary: 'A-Za-z0-9_/:-',
    minEntropy: 3.5,
    examples: {
      match: [`"refresh_token": "1//0${fake(B64URL, 100, 'g-refresh-1')}"`],
      noMatch: ['see http://1//0'],
    },
  }),
  defineRule({
    id: 'firebase-cloud-messaging-server-key',
    family: 'cloud',
    description: 'Firebase Cloud Messaging legacy server key',
    severity: 'high',
    keywords: ['apa91b'],
    pattern: /(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})/,
    boundary: TOKEN_CHARS,
    examples: {
      match: [`FCM_SERVER_KEY=AAAA${fake(B64URL, 7, 'fcm-1')}:APA91b${fake(B64URL, 134, 'fcm-2')}`],
      noMatch: [`AAAA${fake(B64URL, 7, 'fcm-3')}:APA91b${fake(B64URL, 20, 'fcm-4')}`],
    },
  }),
  defineRule({
    id: 'alibaba-access-key-id',
    family: 'cloud',
    description: 'Alibaba Cloud AccessKey ID',
    severity: 'high',
    keywords: ['ltai'],
    pattern: /(LTAI[A-Za-z0-9]{20})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${fake(ALNUM, 20, 'ali-1')}`],
      noMatch: ['LTAI' + 'short'],
    },
  }),
  defineRule({
    id: 'alibaba-access-key-secret',
    family: 'cloud',
    description: 'Alibaba Cloud AccessKey secret',
    severity: 'critical',
    keywords: ['alibaba', 'aliyun'],
    pattern: assignmentPattern('alibaba|aliyun', '[A-Za-z0-9]{30}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${fake(ALNUM, 30, 'ali-2')}`],
      noMatch: ['ALIBABA_CLOUD_REGION=cn-hangzhou'],
    },
  }),
  defineRule({
    id: 'tencent-cloud-secret-id',
    family: 'cloud',
    description: 'Tencent Cloud SecretId',
    severity: 'high',
    keywords: ['akid'],
    pattern: /(AKID[A-Za-z0-9]{32})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`TENCENTCLOUD_SECRET_ID=AKID${fake(ALNUM, 32, 'tc-1')}`],
      noMatch: ['AKID' + 'short'],
    },
  }),
  defineRule({
    id: 'tencent-cloud-secret-key',
    family: 'cloud',
    description: 'Tencent Cloud SecretKey',
    severity: 'critical',
    keywords: ['tencent'],
    pattern: assignmentPattern('tencent(?:cloud)?[_.-]?secret[_.-]?key', '[A-Za-z0-9]{32}'),
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`TENCENTCLOUD_SECRET_KEY=${fake(ALNUM, 32, 'tc-2')}`],
      noMatch: ['TENCENTCLOUD_SECRET_KEY=${TC_KEY}'],
    },
  }),
  defineRule({
    id: 'ibm-cloud-api-key',
    family: 'cloud',
    description: 'IBM Cloud API key',
    severity: 'critical',
    keywords: ['ibm'],
    anchored: true,
    pattern: assignmentPattern('ibm[_.-]?(?:cloud[_.-]?)?(?:api[_.-]?key|apikey|iam[_.-]?key)', '[A-Za-z0-9_-]{44}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`IBMCLOUD_API_KEY=${fake(B64URL, 44, 'ibm-1')}`],
      noMatch: ['IBMCLOUD_API_KEY=${IBM_KEY}'],
    },
  }),
  defineRule({
    id: 'yandex-cloud-api-key',
    family: 'cloud',
    description: 'Yandex Cloud API key',
    severity: 'high',
    keywords: ['aqvn'],
    pattern: /(AQVN[A-Za-z0-9_-]{35,38})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`YC_API_KEY=AQVN${fake(B64URL, 36, 'yc-1')}`],
      noMatch: ['AQVN' + 'short'],
    },
  }),
  defineRule({
    id: 'yandex-cloud-static-key',
    family: 'cloud',
    description: 'Yandex Cloud static access key',
    severity: 'high',
    keywords: ['yandex'],
    pattern: assignmentPattern('yandex', 'YC[A-Za-z0-9_-]{38}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`yandex_storage_secret_key = "YC${fake(B64URL, 38, 'yc-2')}"`],
      noMatch: ['yandex_zone = "ru-central1-a"'],
    },
  }),
  defineRule({
    // A self-hosted integration runtime's auth key: IR@<guid>@<factory>@<region>@<base64 key>.
    id: 'azure-data-factory-shir-key',
    family: 'cloud',
    description: 'Azure Data Factory self-hosted integration runtime key',
    severity: 'critical',
    keywords: ['ir@'],
    pattern: /(IR@[0-9A-Za-z-]{36}@[^@\s"'`]{1,100}@[A-Za-z0-9=-]{0,40}@[A-Za-z0-9+/]{43}=)/,
    boundary: BASE64_CHARS,
    minEntropy: 4,
    examples: {
      match: [`AUTH_KEY="IR@${fakeUuid('adf-1')}@adf-acme-prod@we@${fake(B64, 43, 'adf-2')}="`],
      noMatch: [`IR@${fakeUuid('adf-3')}@adf-acme-prod@we@<key>`, 'contact IR@acme.example for help'],
    },
  }),
  defineRule({
    // The Origin CA key, sent as `X-Auth-User-Service-Key` (a "user service key"). Cloudflare documents
    // only the `v1.0-` prefix and says the length varies; its API docs have shown two shapes:
    // 24-146 hex groups (current reference) and 64-128-64 hex groups (the older v4 reference).
    id: 'cloudflare-origin-ca-key',
    family: 'cloud',
    description: 'Cloudflare Origin CA (user service) key',
    severity: 'high',
    keywords: ['v1.0-'],
    pattern: /(v1\.0-(?:[a-f0-9]{24}-[a-f0-9]{146}|[a-f0-9]{64}-[a-f0-9]{128}-[a-f0-9]{64}))/,
    boundary: WORD_CHARS,
    examples: {
      match: [
        `CF_ORIGIN_CA_KEY=v1.0-${fake(HEX, 24, 'cf-1')}-${fake(HEX, 146, 'cf-2')}`,
        `X-Auth-User-Service-Key: v1.0-${fake(HEX, 64, 'cf-5')}-${fake(HEX, 128, 'cf-6')}-${fake(HEX, 64, 'cf-7')}`,
      ],
      noMatch: ['version: v1.0-beta', `v1.0-${fake(HEX, 64, 'cf-8')}-${fake(HEX, 100, 'cf-9')}`, `v1.0-${fake(HEX, 64, 'cf-10')}-${fake(HEX, 128, 'cf-11')}-${fake(HEX, 64, 'cf-12')}a`],
    },
  }),
  defineRule({
    id: 'cloudflare-api-token',
    family: 'cloud',
    description: 'Cloudflare API token',
    severity: 'high',
    keywords: ['cloudflare', 'cf_api'],
    anchored: true,
    pattern: assignmentPattern('cloudflare|cf_api', '[A-Za-z0-9_-]{40}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`CLOUDFLARE_API_TOKEN=${fake(B64URL, 40, 'cf-3')}`],
      noMatch: ['CLOUDFLARE_ZONE=example.net'],
    },
  }),
  defineRule({
    id: 'cloudflare-global-api-key',
    family: 'cloud',
    description: 'Cloudflare global API key',
    severity: 'critical',
    keywords: ['cloudflare', 'cf_api'],
    anchored: true,
    pattern: assignmentPattern('cloudflare|cf_api', '[a-f0-9]{37}'),
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`CF_API_KEY: ${fake(HEX, 37, 'cf-4')}`],
      noMatch: ['CF_API_EMAIL: ops@corp.internal'],
    },
  }),
  defineRule({
    id: 'databricks-token',
    family: 'cloud',
    description: 'Databricks personal access token',
    severity: 'high',
    keywords: ['dapi'],
    pattern: /(dapi[a-f0-9]{32}(?:-[0-9])?)/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`DATABRICKS_TOKEN=dapi${fake(HEX, 32, 'dbx-1')}`],
      noMatch: ['dapi' + '0'.repeat(32)],
    },
  }),
  defineRule({
    id: 'scaleway-secret-key',
    family: 'cloud',
    description: 'Scaleway secret key',
    severity: 'critical',
    keywords: ['scw_secret', 'scaleway'],
    pattern: assignmentPattern('scw[_.-]?secret[_.-]?key|scaleway[_.-]?secret[_.-]?key', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`SCW_SECRET_KEY=${fakeUuid('scw-1')}`],
      noMatch: ['SCW_SECRET_KEY=00000000-0000-0000-0000-000000000000'],
    },
  }),
  defineRule({
    id: 'supabase-access-token',
    family: 'cloud',
    description: 'Supabase personal access token',
    severity: 'high',
    keywords: ['sbp_'],
    pattern: /(sbp_[a-f0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3,
    examples: {
      match: [`SUPABASE_ACCESS_TOKEN=sbp_${fake(HEX, 40, 'sbp-1')}`],
      noMatch: ['sbp_' + 'short'],
    },
  }),
  defineRule({
    id: 'planetscale-password',
    family: 'cloud',
    description: 'PlanetScale database password',
    severity: 'critical',
    keywords: ['pscale_pw_'],
    pattern: /(pscale_pw_[A-Za-z0-9_=.-]{32,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`DATABASE_PASSWORD=pscale_pw_${fake(B64URL, 43, 'pscale-1')}`],
      noMatch: ['pscale_pw_' + 'short'],
    },
  }),
  defineRule({
    id: 'planetscale-token',
    family: 'cloud',
    description: 'PlanetScale API or OAuth token',
    severity: 'high',
    keywords: ['pscale_tkn_', 'pscale_oauth_'],
    pattern: /(pscale_(?:tkn|oauth)_[A-Za-z0-9_=.-]{32,64})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3,
    examples: {
      match: [`PLANETSCALE_SERVICE_TOKEN=pscale_tkn_${fake(B64URL, 43, 'pscale-2')}`],
      noMatch: ['pscale_tkn_' + 'short'],
    },
  }),
  defineRule({
    id: 'flyio-access-token',
    family: 'cloud',
    description: 'Fly.io access token',
    severity: 'high',
    keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
    pattern: /(fo1_[A-Za-z0-9_-]{43}|(?:fm1[ar]|fm2)_[A-Za-z0-9+/]{100,1500}={0,3})/,
    minEntropy: 4,
    examples: {
      match: [`FLY_API_TOKEN=fo1_${fake(B64URL, 43, 'fly-1')}`, `FLY_API_TOKEN="FlyV1 fm2_${fake(B64, 300, 'fly-2')}"`],
      noMatch: ['fo1_' + 'short'],
    },
  }),
  defineRule({
    // Service account API key: `CCDB1_`, a 22-character key id, `_`, a 40-character secret.
    id: 'cockroachdb-cloud-api-key',
    family: 'cloud',
    description: 'CockroachDB Cloud service account API key',
    severity: 'critical',
    keywords: ['ccdb1_'],
    anchored: true,
    pattern: /(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})/,
    boundary: WORD_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`export COCKROACH_API_KEY=CCDB1_${fake(ALNUM, 22, 'ccdb-1')}_${fake(ALNUM, 40, 'ccdb-2')}`],
      noMatch: [`CCDB1_${fake(ALNUM, 22, 'ccdb-3')}_${fake(ALNUM, 30, 'ccdb-4')}`, `CCDB1_${'x'.repeat(22)}_${'y'.repeat(40)}`],
    },
  }),
  defineRule({
    // Atlas service account client secret (`mdb_sa_sk_`); its client id (`mdb_sa_id_` + 24 hex) is not secret.
    id: 'mongodb-atlas-service-account-secret',
    family: 'cloud',
    description: 'MongoDB Atlas service account client secret',
    severity: 'critical',
    keywords: ['mdb_sa_sk_'],
    anchored: true,
    pattern: /(mdb_sa_sk_[A-Za-z0-9_-]{6}[A-Za-z0-9]{34})/,
    boundary: TOKEN_CHARS,
    minEntropy: 3.5,
    examples: {
      match: [`MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${fake(B64URL, 6, 'mdbsa-1')}${fake(ALNUM, 34, 'mdbsa-2')}`],
      noMatch: [`MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'mdbsa-3')}`, `mdb_sa_sk_${fake(ALNUM, 30, 'mdbsa-4')}`],
    },
  }),
  defineRule({
    id: 'aws-bedrock-api-key',
    family: 'cloud',
    description: 'Amazon Bedrock long-term API key',
    severity: 'high',
    // `ABSK` + base64 of `BedrockAPIKey-`...: the literal below is that prefix's encoding.
    keywords: ['abskqmvkcm9ja0fqsutles'],
    anchored: true,
    pattern: /(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{60,200}={0,2})/,
    boundary: BASE64_CHARS,
    minEntropy: 4,
    examples: {
      match: [`AWS_BEARER_TOKEN_BEDROCK=${bedrockLongTermKey('bedrock-1')}`],
      noMatch: ['ABSKQmVkcm9ja0FQSUtleS1' + 'short', `ABSK${fake(B64, 120, 'bedrock-2')}`],
    },
  }),
  defineRule({
    id: 'aws-bedrock-short-term-api-key',
    family: 'cloud',
    description: 'Amazon Bedrock short-term API key',
    severity: 'medium',
    // `bedrock-api-key-` + base64 of a SigV4 presigned URL (`bedrock.amazonaws.com/?Action=CallWithBearerToken&...`),
    // valid for up to 12 hours.
    keywords: ['bedrock-api-key-'],
    anchored: true,
    pattern: /(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,6000}={0,2})/,
    boundary: BASE64_CHARS,
    minEntropy: 4,
    validate: (secret) => {
      const url = fromB64(secret.slice('bedrock-api-key-'.length));
      return url.includes('X-Amz-Credential=') && url.includes('X-Amz-Signature=');
    },
    examples: {
      match: [`export AWS_BEARER_TOKEN_BEDROCK=${bedrockShortTermKey('bedrock-3')}`],
      noMatch: [`bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t${fake(B64, 200, 'bedrock-4')}`, 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
    },
  }),
];

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
