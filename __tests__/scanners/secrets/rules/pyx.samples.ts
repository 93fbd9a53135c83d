// True and false samples of src/scanners/secrets/rules/pyx.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'pyx-api-key': {
    match: [`export PYX_API_KEY="sk-pyx-${fake(ALNUM, 64, 'pyx-1')}"`, `PYX_API_KEY=sk-pyx-2${fake(ALNUM.slice(10), 45, 'pyx-2')}`, `token = "tp-pyx-${fake(ALNUM, 48, 'pyx-3')}"`],
    noMatch: ['PYX_API_KEY=sk-pyx-...', `PYX_API_KEY=sk-pyx-${fake(ALNUM, 30, 'pyx-4')}`, `PYX_API_KEY=sk-pyx-${fake(ALNUM, 70, 'pyx-5')}`, `PYX_API_KEY=sk-pyx-${'x'.repeat(64)}`],
    files: [
      {
        name: 'a shell profile that exports a pyx API key for uv',
        path: 'dotfiles/.zshrc',
        text: `# uv + pyx\nexport UV_INDEX_URL=https://api.pyx.dev/simple/acme/main\nexport PYX_API_KEY="sk-pyx-${fake(ALNUM, 64, 'ci-pyx-1')}"\n`,
        findings: [['pyx-api-key', 3]],
      },
    ],
  },
};
