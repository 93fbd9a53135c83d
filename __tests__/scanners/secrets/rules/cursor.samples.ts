// True and false samples of src/scanners/secrets/rules/cursor.ts, built when the tests run.
import { fake, HEX } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'cursor-api-key': {
    match: [`CURSOR_API_KEY=key_${fake(HEX, 64, 'cursor-1')}`, `{"cursor": {"adminKey": "key_${fake(HEX, 64, 'cursor-2')}"}}`],
    noMatch: [
      `cache_key = "key_${fake(HEX, 64, 'cursor-3')}"\n${'x = 1\n'.repeat(50)}rows = cursor.execute(q)`,
      `CURSOR_API_KEY=key_${fake(HEX, 60, 'cursor-4')}`,
      `cursor_key = tok_${fake(HEX, 64, 'cursor-5')}`,
    ],
    files: [
      {
        name: 'a Cursor admin key in an MCP config',
        path: '.cursor/mcp.json',
        text: `{\n  "mcpServers": {\n    "cursor-admin": {\n      "command": "npx",\n      "env": { "CURSOR_API_KEY": "key_${fake(HEX, 64, 'ai-15')}" }\n    }\n  }\n}\n`,
        findings: [['cursor-api-key', 5]],
      },
    ],
  },
};
