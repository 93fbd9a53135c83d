// True and false samples of src/scanners/secrets/rules/hashicorp-vault.ts, built when the tests run.
import { ALNUM, B64, B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'vault-service-token': { match: [`VAULT_TOKEN=hvs.${fake(B64URL, 95, 'vault-1')}`], noMatch: [`${'hvs.'}short`, `${'hvs.'}${'x'.repeat(40)}`] },
  'vault-batch-token': { match: [`VAULT_TOKEN=hvb.${fake(B64URL, 150, 'vault-2')}`], noMatch: [`${'hvb.'}short`, `${'hvb.'}${'x'.repeat(40)}`] },
  'vault-legacy-token': {
    match: [`VAULT_TOKEN=s.${fake(ALNUM, 24, 'vault-3')}`],
    noMatch: ['VAULT_ADDR=https://vault.corp:8200'],
  },
  'vault-unseal-key': {
    match: [
      `Unseal Key 1: ${fake(B64, 44, 'unseal-1')}\nUnseal Key 2: ${fake(B64, 44, 'unseal-2')}`,
      `kubectl -n vault exec -ti vault-0 -- vault operator unseal ${fake(B64, 44, 'unseal-3')}`,
    ],
    noMatch: ['vault operator unseal $UNSEAL_KEY_1', 'Unseal Key 1: <unseal key>', `vault operator unseal ${fake(B64, 30, 'unseal-4')}`],
  },
};
