// True and false samples of src/scanners/secrets/rules/google.ts, built when the tests run.
import { B64URL, fake, fakePemBody, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'gcp-api-key': {
    match: [`const firebaseConfig = { apiKey: "AIza${fake(B64URL, 35, 'gcp-key-1')}" };`, `GOOGLE_API_KEY=AIza${fake(B64URL, 35, 'gcp-key-2')}`],
    noMatch: [`AIza${fake(B64URL, 30, 'gcp-key-3')}`, 'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    files: [
      {
        name: 'a Google Maps key in a web bundle source',
        path: 'web/src/maps.ts',
        text: `import { Loader } from '@googlemaps/js-api-loader';\n\nexport const loader = new Loader({\n  apiKey: 'AIza${fake('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35, 'c-gmaps')}',\n  version: 'weekly',\n});\n`,
        findings: [['gcp-api-key', 4]],
      },
    ],
  },
  'gcp-service-account-private-key': {
    match: [
      `{\n  "type": "service_account",\n  "project_id": "prod-data",\n  "private_key_id": "${fake(HEX, 40, 'gsa-1')}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${fakePemBody('gsa-2', 900).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "etl@prod-data.iam.gserviceaccount.com"\n}`,
    ],
    noMatch: ['"private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"'],
    files: [
      {
        name: 'a GCP service account key file',
        path: 'keys/ci.json',
        text: `{\n  "type": "service_account",\n  "project_id": "acme-prod",\n  "private_key_id": "${fake(HEX, 40, 'c-gcp-2')}",\n  "private_key": "-----BEGIN PRIVATE KEY-----\\n${fakePemBody('c-gcp-1', 1190).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n",\n  "client_email": "ci@acme-prod.iam.gserviceaccount.com",\n  "client_id": "104718459612345678901"\n}\n`,
        findings: [['gcp-service-account-private-key', 5]],
      },
    ],
  },
  'gcp-oauth-client-secret': {
    match: [`GOOGLE_CLIENT_SECRET=GOCSPX-${fake(B64URL, 28, 'gocspx-1')}`],
    noMatch: ['GOOGLE_CLIENT_SECRET=GOCSPX-abcdefghijklmnop'],
  },
  'google-oauth-access-token': {
    match: [`Authorization: Bearer ya29.${fake(B64URL, 150, 'ya29-1')}`],
    noMatch: ['ya29.short'],
  },
  'google-oauth-refresh-token': {
    match: [`"refresh_token": "1//0${fake(B64URL, 100, 'g-refresh-1')}"`],
    noMatch: ['see http://1//0'],
  },
  'firebase-cloud-messaging-server-key': {
    match: [`FCM_SERVER_KEY=AAAA${fake(B64URL, 7, 'fcm-1')}:APA91b${fake(B64URL, 134, 'fcm-2')}`],
    noMatch: [`AAAA${fake(B64URL, 7, 'fcm-3')}:APA91b${fake(B64URL, 20, 'fcm-4')}`],
  },
};
