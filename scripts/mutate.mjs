// `npm run mutate [-- --folder policy] [-- stryker options]`: runs Stryker (stryker.config.mjs),
// then prints the mutation score per folder and per file.
//   --folder NAME   mutate one layer (controls, scorecard, policy or render; repeatable or
//                   comma-separated) and run only its tests; without it, all four layers.
//   --force         ignore the incremental file: every mutant is tested again.
// Other arguments go to Stryker, for example `--concurrency 1`, or
// `--mutate src/render/sarif.ts` (with --folder render) to work on one file.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const folders = [];
const rest = [];
for (let i = 0; i < args.length; i += 1) {
  const a = args[i];
  if (a === '--folder') folders.push(...(args[++i] ?? '').split(','));
  else if (a.startsWith('--folder=')) folders.push(...a.slice('--folder='.length).split(','));
  else rest.push(a);
}
// `src/policy` and `src/policy/` name the folder too.
const names = folders.map((f) => f.replace(/^(\.\/)?src\//, '').replace(/\/+$/, '')).filter(Boolean);
if (names.length) process.env.MUTATE_FOLDERS = names.join(',');
// The config reads MUTATE_FOLDERS (and rejects an unknown folder) and names the report.
const { default: config } = await import('../stryker.config.mjs');
const report = config.jsonReporter.fileName;

// The package exports no bin path; node_modules/.bin is where npm links it.
const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
const started = Date.now();
const run = spawnSync(process.execPath, [stryker, 'run', ...rest], { stdio: 'inherit' });
const minutes = ((Date.now() - started) / 60000).toFixed(1);
console.log(`stryker run (${process.env.MUTATE_FOLDERS ?? 'all layers'}): ${minutes} min`);
if (run.status !== 0) process.exit(run.status ?? 1);
const score = spawnSync(process.execPath, ['scripts/mutation-score.mjs', '--files', report], { stdio: 'inherit' });
process.exit(score.status ?? 1);
