// True and false samples of src/scanners/secrets/rules/crates-io.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'crates-io-api-token': {
    match: [`[registry]\ntoken = "cio${fake(ALNUM, 32, 'cio-1')}"`, `cargo publish --token cio${fake(ALNUM, 32, 'cio-2')}`],
    noMatch: [
      'token = "cioxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `token = "cio${fake(ALNUM, 28, 'cio-3')}"`,
      `token = "cio${fake(ALNUM, 40, 'cio-4')}"`,
      'cioAuthenticationProviderFactoryImpl',
      `precio${fake(ALNUM, 32, 'cio-5')}`,
    ],
    files: [
      {
        name: 'a Cargo credentials file with a crates.io token, and words that start with cio',
        path: '.cargo/credentials.toml',
        text: `[registry]\ntoken = "cio${fake(ALNUM, 32, 'ci-cio-1')}"\n\n# ciocca: cioAuthenticationProviderFactoryImpl\n`,
        findings: [['crates-io-api-token', 2]],
      },
    ],
  },
};
