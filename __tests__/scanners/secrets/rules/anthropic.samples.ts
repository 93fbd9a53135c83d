// True and false samples of src/scanners/secrets/rules/anthropic.ts, built when the tests run.
import { B64URL, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'anthropic-api-key': {
    match: [`ANTHROPIC_API_KEY=sk-ant-api03-${fake(B64URL, 93, 'ant-1')}AA`],
    noMatch: ['ANTHROPIC_API_KEY=sk-ant-api03-...'],
  },
  'anthropic-admin-key': {
    match: [`ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${fake(B64URL, 93, 'ant-2')}AA`],
    noMatch: ['sk-ant-admin01-short'],
  },
  'anthropic-oauth-token': {
    match: [`CLAUDE_CODE_OAUTH_TOKEN="sk-ant-oat01-${fake(B64URL, 95, 'ant-3')}"`],
    noMatch: [`sk-ant-oat01-${fake(B64URL, 92, 'ant-4')}`, 'CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-...'],
  },
};
