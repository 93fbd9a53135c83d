// `npm run mutate [-- stryker options]`: runs Stryker (stryker.config.mjs), then prints the
// mutation score per folder and per file. Extra arguments go to Stryker, for example
// `npm run mutate -- --mutate src/render/sarif.ts` to work on one file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The package exports no bin path; node_modules/.bin is where npm links it.
const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const run = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
const score = spawnSync(process.execPath, ['scripts/mutation-score.mjs', '--files'], { stdio: 'inherit' });
process.exit(score.status ?? 1);
