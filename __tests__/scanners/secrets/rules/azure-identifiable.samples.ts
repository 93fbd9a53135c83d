// True and false samples of src/scanners/secrets/rules/azure-identifiable.ts, built when the tests run.
import { ALNUM, B64, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const long = (signature: string, seed: string): string => `${fake(B64, 76, seed)}${signature}${fake(B64, 5, `${seed}t`)}Q==`;
const short = (signature: string, seed: string): string => `${fake(B64, 33, seed)}${signature}${fake(B64, 5, `${seed}t`)}M=`;
const quiet = (signature: string, seed: string): string[] => [`${fake(B64, 40, seed)}${signature}${fake(B64, 5, `${seed}t`)}Q==`, `key=${'A'.repeat(76)}${signature}AAAAAA==`];

function entraRefreshToken(seed: string): string {
  return `1.A${fake(B64URL, 80, seed)}.AgABAwEAAAA${fake(B64URL, 600, `${seed}b`)}`;
}

export const SAMPLES: RuleSamples = {
  'azure-storage-identifiable-key': { match: [`STORAGE_KEY=${long('+ASt', 'azid-st')}`], noMatch: quiet('+ASt', 'azid-st-n') },
  'azure-cosmosdb-identifiable-key': { match: [`"primaryMasterKey": "${long('ACDb', 'azid-cos')}"`], noMatch: quiet('ACDb', 'azid-cos-n') },
  'azure-batch-identifiable-key': { match: [`az batch account login --key ${long('+ABa', 'azid-batch')}`], noMatch: quiet('+ABa', 'azid-batch-n') },
  'azure-service-bus-identifiable-key': { match: [`SharedAccessKey=${short('+ASb', 'azid-sb')}`], noMatch: [`${fake(B64, 20, 'azid-sb-n')}+ASb${fake(B64, 5, 'azid-sb-n2')}M=`] },
  'azure-event-hubs-identifiable-key': { match: [`EVENTHUB_KEY="${short('+AEh', 'azid-eh')}"`], noMatch: [`${fake(B64, 20, 'azid-eh-n')}+AEh${fake(B64, 5, 'azid-eh-n2')}M=`] },
  'azure-relay-identifiable-key': { match: [`relay_key: ${short('+ARm', 'azid-relay')}`], noMatch: [`${fake(B64, 20, 'azid-relay-n')}+ARm${fake(B64, 5, 'azid-relay-n2')}M=`] },
  'azure-iot-identifiable-key': { match: [`HostName=hub.azure-devices.net;DeviceId=d1;SharedAccessKey=${short('AIoT', 'azid-iot')}`], noMatch: [`${fake(B64, 20, 'azid-iot-n')}AIoT${fake(B64, 5, 'azid-iot-n2')}M=`] },
  'azure-function-identifiable-key': {
    match: [`curl "https://app.azurewebsites.net/api/run?code=${fake(B64URL, 44, 'azid-fn')}AzFu${fake(B64URL, 5, 'azid-fn2')}w=="`],
    noMatch: [`code=${fake(B64URL, 30, 'azid-fn-n')}AzFu${fake(B64URL, 5, 'azid-fn-n2')}w==`],
  },
  'azure-search-identifiable-key': {
    match: [`AZURE_SEARCH_ADMIN_KEY=${fake(ALNUM, 42, 'azid-se')}AzSe${fake(ALNUM, 6, 'azid-se2')}`],
    noMatch: [`${fake(ALNUM, 30, 'azid-se-n')}AzSe${fake(ALNUM, 6, 'azid-se-n2')}`, `${fake(ALNUM, 42, 'azid-se-n3')}AzSe${fake(ALNUM, 9, 'azid-se-n4')}`],
  },
  'azure-container-registry-identifiable-key': {
    match: [`docker login myreg.azurecr.io -u myreg -p ${fake(B64, 42, 'azid-acr')}+ACR${fake(ALNUM, 6, 'azid-acr2')}`],
    noMatch: [`${fake(B64, 30, 'azid-acr-n')}+ACR${fake(ALNUM, 6, 'azid-acr-n2')}`],
  },
  'azure-entra-refresh-token': {
    match: [`{"token_type": "Bearer", "refresh_token": "${entraRefreshToken('entra-1')}"}`],
    noMatch: ['version 1.Alpha.AgAB', `1.A${fake(B64URL, 80, 'entra-2')}.AgAB${fake(B64URL, 100, 'entra-3')}`],
  },
};
