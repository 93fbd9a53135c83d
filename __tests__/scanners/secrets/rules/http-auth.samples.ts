// True and false samples of src/scanners/secrets/rules/http-auth.ts, built when the tests run.
import { ALNUM, B64URL, fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'netrc-credentials': {
    match: [
      `machine git.corp.internal login ci-bot password ${fake(ALNUM, 20, 'netrc-1')}`,
      `machine api.wandb.ai\n  login user\n  password ${fake(HEX, 40, 'netrc-2')}\n`,
    ],
    noMatch: [
      'machine example.com login daniel password qwerty',
      'machine github.com login x-access-token password $GITHUB_TOKEN',
      'echo "machine ${HOST} login ${USER} password ${TOKEN}" > ~/.netrc',
      'printf "machine %s login %s password %s\\n" "$HOST" "$USER" "$PASS" > ~/.netrc',
      'machine {{ .Host }} login {{ .User }} password {{ .Password }}',
      `mymachine host login user password ${fake(ALNUM, 20, 'netrc-3')}`,
      'machine registry.corp login deploy password <password>',
    ],
  },
  'curl-user-credentials': {
    match: [
      `curl -u deploy:${fake(ALNUM, 16, 'curl-1')} https://ci.corp.internal/api/json`,
      `curl -s -X POST https://api.corp.internal/v1/messages \\\n  -H 'Content-Type: application/json' \\\n  --user "api:${fake(ALNUM, 20, 'curl-2')}"`,
      `curl https://api.payments.example/v1/charges -u ${fake(ALNUM, 24, 'curl-3')}:`,
      `curl --user=ops:'${fake(ALNUM, 12, 'curl-4')}' https://grafana.corp.internal/api/health`,
      `curl -X POST https://fra1.blynk.cloud/oauth2/token?grant_type=client_credentials \\\n-u oa2-client-id_${fake(ALNUM, 20, 'curl-6')}:${fake(ALNUM, 24, 'curl-7')}`,
    ],
    noMatch: [
      'curl -u "$USER:$PASS" https://ci.acme.io/health',
      "curl -i -u 'test:test' https://localhost",
      'curl -u <user:password> https://api.corp.internal',
      'curl --user neo4j:[PASSWORD] http://db:7474/db/data/',
      'curl -u "myusername" http://localhost:15130/api/check_user/',
      'curl -u "${{ env.ELK_ID }}:${{ env.ELK_PASS }}" https://elk',
      'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)" https://api',
      'curl --user user:pass --digest http://127.0.0.1:5000/file',
      `docker login -u deploy:${fake(ALNUM, 16, 'curl-5')} registry.corp`,
      'nc -u -l 41234',
    ],
  },
  'http-authorization-api-token': {
    match: [
      `curl -H "Authorization: Api-Token ${fake(HEX, 40, 'hdr-1')}" https://reports.corp.internal/api/use/1`,
      `headers = {"Authorization": "SSWS ${fake(B64URL, 42, 'hdr-2')}"}`,
    ],
    noMatch: ['curl -H "Authorization: Api-Token $API_TOKEN" https://api', 'Authorization: ApiKey <base64 of id:key>', 'Authorization: Key xxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
