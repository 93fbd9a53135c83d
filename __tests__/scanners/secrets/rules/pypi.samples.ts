// True and false samples of src/scanners/secrets/rules/pypi.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'pypi-token': {
    match: [`[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${fake(B64URL, 160, 'pypi-1')}`],
    noMatch: ['password = pypi-AgEIcHlwaS5vcmc' + 'short', `password = pypi-AgEIcHlwaS5vcmc${fake(B64URL, 68, 'pypi-2')}`],
    files: [
      {
        name: 'a .pypirc with an upload token',
        path: '.pypirc',
        text: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmc${fake(B64URL, 180, 'ci-3')}\n`,
        findings: [['pypi-token', 6]],
      },
    ],
  },
};
