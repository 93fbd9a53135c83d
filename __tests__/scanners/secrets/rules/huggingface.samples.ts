// True and false samples of src/scanners/secrets/rules/huggingface.ts, built when the tests run.
import { ALPHA, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'huggingface-token': {
    match: [`HF_TOKEN=hf_${fake(ALPHA, 34, 'hf-1')}`, `login(token="hf_${fake(ALPHA, 34, 'hf-2')}")`],
    noMatch: ['HF_TOKEN=hf_...', 'hf_hub_download_from_cache_directory_x', `hf_${'abcdefghijklmnopqrstuvwxyzabcdefgh'}`],
    files: [
      {
        name: 'a notebook cell with a Hugging Face token',
        path: 'notebooks/train.ipynb',
        text: `{"cell_type": "code", "source": ["from huggingface_hub import login\\n", "login(token=\\"hf_${fake(ALPHA, 34, 'ai-7')}\\")\\n"]}`,
        findings: [['huggingface-token', 1]],
      },
    ],
  },
  'huggingface-org-token': {
    match: [`HF_ORG_TOKEN=api_org_${fake(ALPHA, 34, 'hforg-1')}`],
    noMatch: ['api_org_' + 'short'],
  },
};
