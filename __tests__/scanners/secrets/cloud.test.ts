// Cloud provider credentials in realistic files.
import { ALNUM, B64, BASE32, DIGITS, fake, fakePemBody, fakeUuid, HEX } from './fake.js';
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

  it('a data stack .env: CockroachDB Cloud and Atlas service accounts, a Bedrock API key', () => {
    const bedrock = 'ABSK' + Buffer.from(`BedrockAPIKey-${fake(HEX, 4, 'c-br-1')}-at-${fake(DIGITS, 12, 'c-br-2')}:${fake(B64, 60, 'c-br-3')}`).toString('base64');
    const text = [
      `COCKROACH_API_KEY=CCDB1_${fake(ALNUM, 22, 'c-ccdb-1')}_${fake(ALNUM, 40, 'c-ccdb-2')}`,
      `MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_${fake(HEX, 24, 'c-mdb-1')}`,
      `MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_${fake(ALNUM, 40, 'c-mdb-2')}`,
      'AWS_REGION=us-east-1',
      `AWS_BEARER_TOKEN_BEDROCK=${bedrock}`,
    ].join('\n');
    expect(hits(text, '.env')).toEqual([
      ['cockroachdb-cloud-api-key', 1],
      ['mongodb-atlas-service-account-secret', 3],
      ['aws-bedrock-api-key', 5],
    ]);
  });

  it('a short-term Bedrock API key (a presigned URL in base64) pasted into a CI step', () => {
    const url =
      'bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256' +
      `&X-Amz-Credential=${'ASIA' + fake(BASE32, 16, 'c-brs-1')}%2F20250101%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250101T000000Z` +
      `&X-Amz-Expires=43200&X-Amz-Security-Token=${encodeURIComponent(fake(B64, 700, 'c-brs-2'))}&X-Amz-Signature=${fake(HEX, 64, 'c-brs-3')}` +
      '&X-Amz-SignedHeaders=host&Version=1';
    const text = `steps:\n  - name: eval\n    env:\n      AWS_BEARER_TOKEN_BEDROCK: bedrock-api-key-${Buffer.from(url).toString('base64')}\n    run: python eval.py\n`;
    expect(hits(text, '.github/workflows/eval.yml')).toEqual([['aws-bedrock-short-term-api-key', 4]]);
  });

  it('a Cloudflare user service key in either published shape is one finding', () => {
    const older = `v1.0-${fake(HEX, 64, 'c-cf-1')}-${fake(HEX, 128, 'c-cf-2')}-${fake(HEX, 64, 'c-cf-3')}`;
    const current = `v1.0-${fake(HEX, 24, 'c-cf-4')}-${fake(HEX, 146, 'c-cf-5')}`;
    const text = `curl https://api.cloudflare.com/client/v4/certificates \\\n  -H "X-Auth-User-Service-Key: ${older}"\norigin_ca_key: "${current}"\n`;
    expect(hits(text, 'scripts/issue-cert.sh')).toEqual([
      ['cloudflare-origin-ca-key', 2],
      ['cloudflare-origin-ca-key', 3],
    ]);
  });

  it('resource identifiers are not credentials', () => {
    const text = `subscription_id = "${fakeUuid('c-neg-1')}"\ntenant_id = "${fakeUuid('c-neg-2')}"\nrole = "arn:aws:iam::123456789012:role/deploy"\nbucket = "acme-prod-logs"\n`;
    expect(hits(text, 'infra/providers.tf')).toEqual([]);
  });
});
