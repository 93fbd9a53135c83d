// Measures the secret scanner on a corpus of labelled cases, black-box through the built CLI.
//
//   node scripts/corpus-secrets.mjs CASES.jsonl|DIR... [--work WORKDIR] [--by-rule] [--json OUT]
//
// Each CASES.jsonl (or every *.jsonl in DIR) holds one case per line: {"kind":"tp"|"fp",
// "text":"...", "rule":"...", "filename":"optional file name", "source":"optional",
// "adjust":"optional"}. Each case becomes a file of its own (named `filename`, or sample.txt);
// the CLI scans the tree once. A tp counts as found when its file has a secret finding, an fp as
// flagged when it has one. Prints recall and the false-positive rate per source: raw (the
// source's labels), adjusted (marked cases left out: negatives that are real secrets of another
// kind, positives that are identifiers, verdicts that follow a test option) and adj.+generic
// (also the negatives gitleaks' generic rule reports; see scripts/build-secret-cases.mjs), and
// writes the misses and flagged negatives next to
// WORKDIR. `--by-rule` adds the worst source rules. Other kinds are counted, not scored.
// (The first argument alone, `corpus-secrets.mjs CASES.jsonl WORKDIR`, still works.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--work', '--json'].includes(args[i - 1]));
let work = option('--work');
if (!work && positional.length === 2 && !positional[1].endsWith('.jsonl') && !existsDir(positional[1])) work = positional.pop();
work ??= path.join(tmpdir(), 'readiness-gate-corpus');
if (!positional.length) {
  console.error('usage: node scripts/corpus-secrets.mjs CASES.jsonl|DIR... [--work WORKDIR] [--by-rule] [--json OUT]');
  process.exit(2);
}
function existsDir(p) {
  try { return statSync(p).isDirectory(); } catch { return false; }
}
const inputs = positional.flatMap((p) => (existsDir(p) ? readdirSync(p).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(p, f)) : [p]));
const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cases = inputs.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => {
  const c = JSON.parse(line);
  c.source ??= path.basename(file, '.jsonl');
  return c;
}));
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

const ratio = (n, d) => (d ? (n / d).toFixed(3) : '-');
function score(list) {
  const tp = list.filter((c) => c.kind === 'tp');
  const fp = list.filter((c) => c.kind === 'fp');
  const found = tp.filter((c) => flagged.has(c.file)).length;
  const alarms = fp.filter((c) => flagged.has(c.file)).length;
  return { tp: tp.length, found, recall: ratio(found, tp.length), fp: fp.length, flagged: alarms, fpRate: ratio(alarms, fp.length) };
}
const line = (label, s) => `${label.padEnd(26)} recall ${s.recall} (${s.found}/${s.tp})  false-positive rate ${s.fpRate} (${s.flagged}/${s.fp})`;

const sources = [...new Set(cases.map((c) => c.source))];
const report = { sources: {} };
const other = cases.filter((c) => c.kind !== 'tp' && c.kind !== 'fp').length;
for (const source of [...sources, '(all)']) {
  const list = source === '(all)' ? cases : cases.filter((c) => c.source === source);
  const raw = score(list);
  const adjusted = score(list.filter((c) => !c.adjust || c.adjust === 'generic-secret'));
  const adjustedGeneric = score(list.filter((c) => !c.adjust));
  report.sources[source] = { raw, adjusted, adjustedGeneric };
  console.log(line(`${source} raw`, raw));
  console.log(line(`${source} adjusted`, adjusted));
  console.log(line(`${source} adj.+generic`, adjustedGeneric));
}
if (other) console.log(`${other} cases of other kinds counted, not scored`);

if (flag('--by-rule')) {
  for (const source of sources) {
    const byRule = new Map();
    for (const c of cases.filter((x) => x.source === source && (!x.adjust || x.adjust === 'generic-secret'))) byRule.set(c.rule, [...(byRule.get(c.rule) ?? []), c]);
    const rows = [...byRule].map(([rule, list]) => ({ rule, ...score(list) }));
    const worst = rows.filter((r) => r.tp && r.found < r.tp).sort((a, b) => (b.tp - b.found) - (a.tp - a.found)).slice(0, 15);
    const noisy = rows.filter((r) => r.flagged).sort((a, b) => b.flagged - a.flagged).slice(0, 15);
    console.log(`\n${source}: rules with the most misses (adjusted)`);
    for (const r of worst) console.log(`  ${r.rule.padEnd(40)} ${r.found}/${r.tp}`);
    console.log(`${source}: rules with the most flagged negatives (adjusted)`);
    for (const r of noisy) console.log(`  ${r.rule.padEnd(40)} ${r.flagged}/${r.fp}`);
  }
}

const misses = cases.filter((c) => c.kind === 'tp' && !flagged.has(c.file));
const falsePositives = cases.filter((c) => c.kind === 'fp' && flagged.has(c.file)).map((c) => ({ ...c, flaggedBy: flagged.get(c.file) }));
writeFileSync(`${work}.misses.json`, JSON.stringify(misses, null, 1));
writeFileSync(`${work}.false-positives.json`, JSON.stringify(falsePositives, null, 1));
if (option('--json')) writeFileSync(option('--json'), JSON.stringify(report, null, 1));
console.log(`misses: ${work}.misses.json; flagged negatives: ${work}.false-positives.json`);
