// Measures the secret scanner on a corpus of labelled cases, black-box through the built CLI.
//
//   node scripts/corpus-secrets.mjs CASES.jsonl [WORKDIR]
//
// CASES.jsonl holds one case per line: {"kind":"tp"|"fp", "text":"...", "rule":"...",
// "filename":"optional file name"}. Each case becomes a file of its own (named `filename`, or
// sample.txt); the CLI scans the tree once. A tp counts as found when its file has a secret
// finding, an fp as flagged when it has one. Prints recall and the false-positive rate, and
// writes the misses and flagged negatives next to WORKDIR. Other kinds are counted, not scored.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [casesFile, work = path.join(tmpdir(), 'readiness-gate-corpus')] = process.argv.slice(2);
if (!casesFile) {
  console.error('usage: node scripts/corpus-secrets.mjs CASES.jsonl [WORKDIR]');
  process.exit(2);
}
const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cases = readFileSync(casesFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
rmSync(work, { recursive: true, force: true });
cases.forEach((c, i) => {
  const name = c.filename ? path.basename(c.filename) : 'sample.txt';
  c.file = `c${i}/${name}`;
  mkdirSync(path.join(work, `c${i}`), { recursive: true });
  writeFileSync(path.join(work, c.file), c.text.endsWith('\n') ? c.text : `${c.text}\n`);
});
const run = spawnSync(process.execPath, [path.join(project, 'dist/cli/index.js'), 'check', work, '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
if (run.status === 2) {
  console.error(run.stderr);
  process.exit(2);
}
const flagged = new Map();
for (const f of JSON.parse(run.stdout).findings) {
  if (f.category === 'secret') flagged.set(f.path, [...(flagged.get(f.path) ?? []), f.ruleId]);
}
const tally = {};
const misses = [];
const falsePositives = [];
for (const c of cases) {
  const t = (tally[c.kind] ??= { cases: 0, flagged: 0 });
  t.cases++;
  const rules = flagged.get(c.file);
  if (rules) t.flagged++;
  if (c.kind === 'tp' && !rules) misses.push(c);
  if (c.kind === 'fp' && rules) falsePositives.push({ ...c, flaggedBy: rules });
}
const tp = tally.tp ?? { cases: 0, flagged: 0 };
const fp = tally.fp ?? { cases: 0, flagged: 0 };
console.log(JSON.stringify(tally));
console.log(`recall ${(tp.flagged / (tp.cases || 1)).toFixed(3)} (${tp.flagged}/${tp.cases}); false-positive rate ${(fp.flagged / (fp.cases || 1)).toFixed(3)} (${fp.flagged}/${fp.cases})`);
writeFileSync(`${work}.misses.json`, JSON.stringify(misses, null, 1));
writeFileSync(`${work}.false-positives.json`, JSON.stringify(falsePositives, null, 1));
console.log(`misses: ${work}.misses.json; flagged negatives: ${work}.false-positives.json`);
