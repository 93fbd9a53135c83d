// Azure secret rules (cloud family). Samples: __tests__/scanners/secrets/rules/azure.samples.ts.
import { BASE64_CHARS, defineRule, leadBefore, WORD_CHARS, type SecretRule } from '../rule.js';
import { isKnownPublicValue } from '../placeholders.js';
import { keywordAssigned, prefixedToken, run, suffixedToken } from './build.js';

const notPublicDevKey = (secret: string): boolean => !isKnownPublicValue(secret);

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const AZURE_RULES: SecretRule[] = [
  defineRule({
    // One-off: the `AccountKey` field of a connection string that opens with `DefaultEndpointsProtocol=`.
    id: 'azure-storage-connection-string',
    family: 'cloud',
    description: 'Azure storage account key in a connection string',
    severity: 'critical',
    keywords: ['defaultendpointsprotocol'],
    pattern: /DefaultEndpointsProtocol=https?;[^\s"'<>`]{0,300}AccountKey=([A-Za-z0-9+/]{86}==)/i,
    boundary: BASE64_CHARS,
    validate: notPublicDevKey,
  }),
  defineRule({
    // One-off: an `AccountKey=` field (connection-string syntax, not an assignment).
    id: 'azure-storage-account-key',
    family: 'cloud',
    description: 'Azure storage account key',
    severity: 'critical',
    keywords: ['accountkey'],
    pattern: /AccountKey[ \t]{0,3}=[ \t]{0,3}([A-Za-z0-9+/]{86}==)/i,
    boundary: BASE64_CHARS,
    validate: notPublicDevKey,
  }),
  keywordAssigned('azure-storage-key', 'Azure storage account key', 'critical', { family: 'cloud', keywords: ['azure', 'storage'], value: '[A-Za-z0-9+/]{86}==', anchored: true, boundary: BASE64_CHARS, minEntropy: undefined, validate: notPublicDevKey }),
  defineRule({
    // One-off (read in code): a storage key pasted into a script, SQL (`CREATE DATABASE SCOPED
    // CREDENTIAL ... SECRET =`) or notes, with Azure named nearby rather than in the assignment. The
    // 88-character shape ending in `==` is found from its `==` backwards, so long base64 runs cost
    // no re-scans.
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
  }),
  defineRule({
    // One-off: a `SharedAccessKey=` connection-string field.
    id: 'azure-shared-access-key',
    family: 'cloud',
    description: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    severity: 'critical',
    keywords: ['sharedaccesskey'],
    pattern: /SharedAccessKey[ \t]{0,3}=[ \t]{0,3}([A-Za-z0-9+/]{43}=)/i,
    boundary: BASE64_CHARS,
  }),
  defineRule({
    // One-off: the `sig=` parameter of a URL whose query carries the other SAS fields (`sv=`, `se=`...).
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
  }),
  defineRule({
    // One-off: the marker (`<3><digit>Q~`) sits inside the secret, not at its start.
    id: 'azure-ad-client-secret',
    family: 'cloud',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    severity: 'critical',
    keywords: ['q~'],
    pattern: /([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})/,
    boundary: 'A-Za-z0-9_~.-',
    minEntropy: 3,
  }),
  defineRule({
    // One-off: the subscription key header (`Ocp-Apim-Subscription-Key: ...`) and its own separators.
    id: 'azure-apim-subscription-key',
    family: 'cloud',
    description: 'Azure API Management subscription key',
    severity: 'high',
    keywords: ['ocp-apim-subscription-key'],
    pattern: /Ocp-Apim-Subscription-Key["'`]{0,2}[ \t]{0,5}[:=,][ \t]{0,5}["'`]?([a-f0-9]{32})/i,
    boundary: WORD_CHARS,
    minEntropy: 3,
  }),
  keywordAssigned('azure-cognitive-services-key', 'Azure OpenAI / AI services key', 'high', {
    family: 'cloud',
    keywords: ['azure', 'cognitive'],
    name: 'azure[_.-]?openai|azure[_.-]?ai|cognitive[_.-]?services?|azure[_.-]?speech|azure[_.-]?translator',
    value: run('a-f0-9', 32),
    anchored: true,
  }),
  // A self-hosted integration runtime's auth key: IR@<guid>@<factory>@<region>@<base64 key>.
  prefixedToken('azure-data-factory-shir-key', 'Azure Data Factory self-hosted integration runtime key', 'critical', { family: 'cloud', prefix: 'IR@', body: '[0-9A-Za-z-]{36}@[^@\\s"\'`]{1,100}@[A-Za-z0-9=-]{0,40}@[A-Za-z0-9+/]{43}=', boundary: BASE64_CHARS, minEntropy: 4 }),
  // 76 alphanumerics, `AZDO` and 4 more (the 84-character format).
  suffixedToken('azure-devops-pat', 'Azure DevOps personal access token', 'critical', { family: 'source-hosting', keywords: ['azdo'], suffix: 'AZDO[A-Za-z0-9]{4}', lead: { alphabet: 'A-Za-z0-9', length: 76 }, boundary: WORD_CHARS, minEntropy: 4 }),
  keywordAssigned('azure-devops-pat-legacy', 'Azure DevOps personal access token (52-character format)', 'high', {
    family: 'source-hosting',
    keywords: ['devops', 'vsts', 'azdo', 'ado_', 'system_accesstoken'],
    name: 'azure[_.-]?devops|vsts|azdo|ado_(?:pat|token)|system_accesstoken',
    value: run('a-z2-7', 52),
    minEntropy: 3.5,
  }),
];
