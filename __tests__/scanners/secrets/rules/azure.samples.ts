// True and false samples of src/scanners/secrets/rules/azure.ts, built when the tests run.
import { ALNUM, B64, BASE32_LOWER, fake, fakeUuid, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

const storageKey = (seed: string): string => fake(B64, 86, seed) + '==';

const sasSig = (seed: string): string => encodeURIComponent(fake(B64, 43, seed) + '=');

/** A PAT of the 84-character format: 52 random characters, the fixed signature and a run of As, `AZDO` and 4 more. */
function azureDevopsPat84(): string {
  const pat = `${fake(ALNUM, 52, 'sh-11')}JQQJ99BAAC${'A'.repeat(13)}SAZDO${fake(ALNUM, 4, 'sh-12')}`;
  if (pat.length !== 84) throw new Error(`expected 84 characters, built ${pat.length}`);
  return pat;
}

export const SAMPLES: RuleSamples = {
  'azure-storage-connection-string': {
    match: [
      `"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${storageKey('az-conn-1')};EndpointSuffix=core.windows.net"`,
    ],
    noMatch: [
      'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=' +
        ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join(''),
      'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${STORAGE_KEY}',
    ],
    files: [
      {
        name: 'an Azure Functions local.settings.json',
        path: 'local.settings.json',
        text: JSON.stringify(
          {
            IsEncrypted: false,
            Values: {
              AzureWebJobsStorage: `DefaultEndpointsProtocol=https;AccountName=fnstore;AccountKey=${fake(B64, 86, 'c-az-1')}==;EndpointSuffix=core.windows.net`,
              FUNCTIONS_WORKER_RUNTIME: 'node',
              ServiceBusConnection: `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=${fake(B64, 43, 'c-az-2')}=`,
              AZURE_CLIENT_ID: fakeUuid('c-az-3'),
            },
          },
          null,
          2,
        ),
        findings: [
          ['azure-storage-connection-string', 4],
          ['azure-shared-access-key', 6],
        ],
      },
    ],
  },
  'azure-storage-account-key': {
    match: [`BlobEndpoint=https://prodlogs.blob.core.windows.net/;AccountKey=${storageKey('az-key-1')}`],
    noMatch: ['AccountKey=${STORAGE_KEY}', `AccountKey=${fake(B64, 40, 'az-key-2')}`],
    files: [
      {
        name: 'the Azurite development key is not reported',
        path: 'local.env',
        text: `UseDevelopmentStorage=true\nAccountKey=${['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('')}\n`,
        findings: [],
      },
    ],
  },
  'azure-storage-key': {
    match: [`AZURE_STORAGE_KEY=${storageKey('az-ctx-1')}`, `storage_account_access_key = "${storageKey('az-ctx-2')}"`],
    noMatch: ['AZURE_STORAGE_KEY=${{ secrets.AZURE_STORAGE_KEY }}'],
  },
  'azure-storage-key-near-azure': {
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
  'azure-shared-access-key': {
    match: [`Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake(B64, 43, 'az-sb-1')}=`],
    noMatch: ['Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>'],
  },
  'azure-sas-token': {
    match: [
      `https://prodlogs.blob.core.windows.net/backups?sp=racwdl&st=2024-05-01T00:00:00Z&se=2026-05-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${sasSig('az-sas-1')}`,
    ],
    noMatch: ['https://example.net/?sv=2022-11-02&sr=c&sig=<signature>', `https://cdn.net/a.png?sig=${sasSig('az-sas-2')}`],
  },
  'azure-ad-client-secret': {
    match: [`AZURE_CLIENT_SECRET=${fake(ALNUM, 3, 'aad-1')}8Q~${fake(ALNUM + '_~.-', 34, 'aad-2')}`],
    noMatch: ['AZURE_CLIENT_SECRET=abc8Q~short'],
  },
  'azure-apim-subscription-key': {
    match: [`headers = {"Ocp-Apim-Subscription-Key": "${fake(HEX, 32, 'apim-1')}"}`],
    noMatch: ['headers = {"Ocp-Apim-Subscription-Key": os.environ["APIM_KEY"]}'],
  },
  'azure-cognitive-services-key': {
    match: [`AZURE_OPENAI_API_KEY=${fake(HEX, 32, 'aoai-1')}`],
    noMatch: ['AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/'],
  },
  'azure-data-factory-shir-key': {
    match: [`AUTH_KEY="IR@${fakeUuid('adf-1')}@adf-acme-prod@we@${fake(B64, 43, 'adf-2')}="`],
    noMatch: [`IR@${fakeUuid('adf-3')}@adf-acme-prod@we@<key>`, 'contact IR@acme.example for help'],
  },
  'azure-devops-pat': {
    match: [`AZURE_DEVOPS_EXT_PAT=${fake(ALNUM, 76, 'azdo-1')}AZDO${fake(ALNUM, 4, 'azdo-2')}`],
    noMatch: [`${fake(ALNUM, 40, 'azdo-3')}AZDO${fake(ALNUM, 4, 'azdo-4')}`, `${fake(ALNUM, 76, 'azdo-5')}AZDO${fake(ALNUM, 5, 'azdo-6')}`],
    files: [
      {
        name: 'an 84-character PAT keeps its finding despite the fixed signature and run of As in its middle',
        path: 'pipelines/publish.sh',
        text: `export AZURE_DEVOPS_EXT_PAT=${azureDevopsPat84()}\naz devops configure --defaults organization=https://dev.azure.com/acme\n`,
        findings: [['azure-devops-pat', 1]],
      },
    ],
  },
  'azure-devops-pat-legacy': {
    match: [`AZURE_DEVOPS_PAT=${fake(BASE32_LOWER, 52, 'ado-1')}`],
    noMatch: ['AZURE_DEVOPS_ORG=https://dev.azure.com/acme'],
  },
};
