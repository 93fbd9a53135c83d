// Prints the mutation score per folder (and per file with --files) from Stryker's JSON report,
// so `npm run mutate` ends with the figure the issue asks for: at least 85% on each folder.
// Score = detected / (detected + undetected), as Stryker counts it: killed and timeout are
// detected, survived and no-coverage are not; compile and runtime errors and ignored mutants
// (static ones with --ignoreStatic) do not count. `strict` also counts timeouts as undetected.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const reportPath = process.argv.find((a) => a.endsWith('.json')) ?? 'reports/mutation/mutation-all.json';
const perFile = process.argv.includes('--files');
const threshold = 85;
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const groups = new Map();
const add = (key, status) => {
  const g = groups.get(key) ?? { detected: 0, undetected: 0, survived: 0, noCoverage: 0, timeout: 0 };
  if (DETECTED.has(status)) g.detected += 1;
  if (status === 'Timeout') g.timeout += 1;
  if (UNDETECTED.has(status)) g.undetected += 1;
  if (status === 'Survived') g.survived += 1;
  if (status === 'NoCoverage') g.noCoverage += 1;
  groups.set(key, g);
};

for (const [file, result] of Object.entries(report.files)) {
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const folder = path.posix.dirname(rel);
  for (const m of result.mutants) {
    add(`${folder}/`, m.status);
    if (perFile) add(rel, m.status);
  }
}

const rows = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
const width = Math.max(...rows.map(([k]) => k.length), 6);
let failing = 0;
// `strict` counts timeouts as undetected: on a loaded machine a slow run can time out too.
console.log(`${'folder'.padEnd(width)}  score  strict  detected  timeout  survived  no-cov`);
for (const [key, g] of rows) {
  const total = g.detected + g.undetected;
  const score = total ? (100 * g.detected) / total : 100;
  const isFolder = key.endsWith('/');
  if (isFolder && score < threshold) failing += 1;
  const strict = total ? (100 * (g.detected - g.timeout)) / total : 100;
  console.log(`${key.padEnd(width)}  ${score.toFixed(1).padStart(5)}%  ${strict.toFixed(1).padStart(5)}%  ${String(g.detected).padStart(8)}  ${String(g.timeout).padStart(7)}  ${String(g.survived).padStart(8)}  ${String(g.noCoverage).padStart(6)}${isFolder && score < threshold ? `  < ${threshold}%` : ''}`);
}
if (failing) {
  console.log(`${failing} folder(s) below ${threshold}%.`);
  process.exitCode = 1;
}
