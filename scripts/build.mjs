// Builds what is committed: the action bundle, the CLI bundle and the manifest JSON Schema.
// CI runs this on a clean clone and fails if the output differs from the commit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
ncc('src/index.ts', 'dist');
ncc('src/cli.ts', 'dist/cli');
const cli = 'dist/cli/index.js';
const body = readFileSync(cli, 'utf8');
if (!body.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${body}`);
chmodSync(cli, 0o755);

// The schema comes from the CLI bundle just built, so it is exactly what users get.
mkdirSync('schema', { recursive: true });
const schema = execFileSync('node', [cli, 'schema']).toString();
writeFileSync('schema/readiness.schema.json', schema);
