// Azure keys that identify themselves (cloud family): Microsoft's "identifiable" key formats put a
// fixed signature at a fixed place (`+ASt` in a storage account key, `+ACR` in a container registry
// password, `AzFu` in a function key...), so the key is recognised without a name or a URL nearby;
// and Microsoft Entra refresh tokens, whose parts have a fixed shape. Samples:
// __tests__/scanners/secrets/rules/azure-identifiable.samples.ts.
import { defineRule, leadBefore, TOKEN_CHARS, type SecretRule } from '../rule.js';

const B64 = /[A-Za-z0-9+/]/;
const B64URL = /[A-Za-z0-9_-]/;
const ALNUM = /[A-Za-z0-9]/;

/**
 * A key of `lead` characters, then `signature`, then `tail` (a regex source): the pattern finds the
 * signature and its tail, and the lead is read backwards, so long base64 runs cost no re-scans.
 */
function identifiableKey(id: string, description: string, signature: string, tail: string, lead: number, chars: RegExp, boundary: RegExp): SecretRule {
  const escaped = signature.replace(/[+]/g, '\\+');
  return defineRule({
    id,
    family: 'cloud',
    description,
    severity: 'critical',
    keywords: [signature.toLowerCase()],
    anchored: true,
    pattern: new RegExp(`${escaped}${tail}`),
    extract: (m, ctx) => leadBefore(ctx.text, m.index, m.index + (m[0] as string).length, { min: lead, max: lead, chars }, boundary),
    minEntropy: 4,
  });
}

/** 64 bytes of base64: the character before `==` carries two bits, so it is one of A, Q, g, w. */
const TAIL_64_BYTES = '[A-Za-z0-9+/]{5}[AQgw]==';
/** 32 bytes of base64: the character before `=` carries four bits. */
const TAIL_32_BYTES = '[A-Za-z0-9+/]{5}[AEIMQUYcgkosw048]=';
const B64_BOUNDARY = /[A-Za-z0-9+/]/;

export const AZURE_IDENTIFIABLE_RULES: SecretRule[] = [
  identifiableKey('azure-storage-identifiable-key', 'Azure storage account key (identifiable)', '+ASt', TAIL_64_BYTES, 76, B64, B64_BOUNDARY),
  identifiableKey('azure-cosmosdb-identifiable-key', 'Azure Cosmos DB key (identifiable)', 'ACDb', TAIL_64_BYTES, 76, B64, B64_BOUNDARY),
  identifiableKey('azure-batch-identifiable-key', 'Azure Batch account key (identifiable)', '+ABa', TAIL_64_BYTES, 76, B64, B64_BOUNDARY),
  identifiableKey('azure-service-bus-identifiable-key', 'Azure Service Bus shared access key (identifiable)', '+ASb', TAIL_32_BYTES, 33, B64, B64_BOUNDARY),
  identifiableKey('azure-event-hubs-identifiable-key', 'Azure Event Hubs shared access key (identifiable)', '+AEh', TAIL_32_BYTES, 33, B64, B64_BOUNDARY),
  identifiableKey('azure-relay-identifiable-key', 'Azure Relay shared access key (identifiable)', '+ARm', TAIL_32_BYTES, 33, B64, B64_BOUNDARY),
  identifiableKey('azure-iot-identifiable-key', 'Azure IoT Hub / device shared access key (identifiable)', 'AIoT', TAIL_32_BYTES, 33, B64, B64_BOUNDARY),
  identifiableKey('azure-function-identifiable-key', 'Azure Functions key (identifiable)', 'AzFu', '[A-Za-z0-9_-]{5}[AQgw]==', 44, B64URL, /[A-Za-z0-9_-]/),
  identifiableKey('azure-search-identifiable-key', 'Azure AI Search key (identifiable)', 'AzSe', '[A-Za-z0-9]{6}', 42, ALNUM, /[A-Za-z0-9]/),
  identifiableKey('azure-container-registry-identifiable-key', 'Azure Container Registry password (identifiable)', '+ACR', '[A-Za-z0-9+/]{6}', 42, B64, /[A-Za-z0-9+/]/),
  defineRule({
    // `<0|1>.A<client info>[.<n>].Ag<encrypted token>[.A<...>]`, over a thousand characters.
    id: 'azure-entra-refresh-token',
    family: 'cloud',
    description: 'Microsoft Entra ID (Azure AD) refresh token',
    severity: 'high',
    keywords: ['0.a', '1.a'],
    anchored: true,
    pattern: /([01]\.A[A-Za-z0-9_-]{50,600}(?:\.[0-9])?\.Ag[A-Za-z0-9_-]{250,8000}(?:\.A[A-Za-z0-9_-]{200,8000})?)/,
    boundary: TOKEN_CHARS,
    minEntropy: 4.5,
  }),
];
