// True and false samples of src/scanners/secrets/rules/dependency-track.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'dependency-track-api-key': {
    match: [
      `DTRACK_API_KEY=odt_${fake(ALNUM, 32, 'odt-1')}`,
      `curl -X POST https://dtrack.corp/api/v1/bom -H "X-Api-Key: odt_${fake(ALNUM, 8, 'odt-2')}_${fake(ALNUM, 32, 'odt-3')}"`,
    ],
    noMatch: ['DTRACK_API_KEY=odt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', `odt_${fake(ALNUM, 24, 'odt-4')}`, `odt_${fake(ALNUM, 40, 'odt-5')}`, `get_odt_${fake(ALNUM, 32, 'odt-6')}`],
    files: [
      {
        name: 'a GitLab job that uploads an SBOM to Dependency-Track with a literal API key',
        path: '.gitlab-ci.yml',
        text: [
          'upload-sbom:',
          '  stage: report',
          '  script:',
          '    - >',
          '      curl -sf -X POST "$DTRACK_URL/api/v1/bom"',
          `      -H "X-Api-Key: odt_${fake(ALNUM, 8, 'ci-odt-1')}_${fake(ALNUM, 32, 'ci-odt-2')}"`,
          '      -F "autoCreate=true" -F "projectName=$CI_PROJECT_NAME" -F "bom=@bom.json"',
        ].join('\n'),
        findings: [['dependency-track-api-key', 6]],
      },
    ],
  },
};
