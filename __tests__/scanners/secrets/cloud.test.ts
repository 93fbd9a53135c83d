// Cloud provider credentials in realistic files.
import { B64, BASE32, fake, fakePemBody, fakeUuid, HEX } from '../../../src/scanners/secrets/fake.js';
import { hits } from './helpers.js';

describe('cloud credentials', () => {
  it('an AWS credentials file: key id and secret', () => {
    const id = `AKIA${fake(BASE32, 16, 'c-aws-1')}`;
    const secret = fake(B64, 40, 'c-aws-2').replace(/=/g, 'x');
    const text = `[default]\nregion = eu-central-1\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n\n[readonly]\nrole_arn = arn:aws:iam::123456789012:role/ro\nsource_profile = default\n`;
    expect(hits(text, '.aws/credentials')).toEqual([
      ['aws-access-key-id', 3],
      ['aws-secret-access-key', 4],
    ]);
  });

  it('an Azure Functions local.settings.json', () => {
    const text = JSON.stringify(
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
    );
    expect(hits(text, 'local.settings.json')).toEqual([
      ['azure-storage-connection-string', 4],
      ['azure-shared-access-key', 6],
    ]);
  });

  it('the Azurite development key is not reported', () => {
    const azurite = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('');
    expect(hits(`UseDevelopmentStorage=true\nAccountKey=${azurite}\n`, 'local.env')).toEqual([]);
  });

  it('a GCP service account key file', () => {
    const pem = fakePemBody('c-gcp-1', 1190).replace(/\n/g, '\\n');
    const text = `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${fake(HEX, 40, 'c-gcp-2')}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${pem}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@acme-prod.iam.gserviceaccount.com",\n  "client_id": "104718459612345678901"\n}\n`;
    expect(hits(text, 'keys/ci.json')).toEqual([['gcp-service-account-private-key', 5]]);
  });

  it('a Google Maps key in a web bundle source', () => {
    const text = `import { Loader } from '@googlemaps/js-api-loader';\n\nexport const loader = new Loader({\n  apiKey: 'AIza${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35, 'c-gmaps')}',\n  version: 'weekly',\n});\n`;
    expect(hits(text, 'web/src/maps.ts')).toEqual([['gcp-api-key', 4]]);
  });

  it('resource identifiers are not credentials', () => {
    const text = `subscription_id = "${fakeUuid('c-neg-1')}"\ntenant_id = "${fakeUuid('c-neg-2')}"\nrole = "arn:aws:iam::123456789012:role/deploy"\nbucket = "acme-prod-logs"\n`;
    expect(hits(text, 'infra/providers.tf')).toEqual([]);
  });
});
