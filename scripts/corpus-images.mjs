// Measures the image-reference extractors on a labelled corpus, black-box through the built CLI.
//
//   node scripts/corpus-images.mjs DIR
//
// DIR/files/ holds the files (named so that their format is recognised: Dockerfile,
// values.yaml, .gitlab-ci.yml, ...). DIR/expected.jsonl: one expected reference per line,
// {"file":"files/...","image":"as written","resolved":"optional","status":"tagged|latest|...",
// "line":N,"manager":"group name","optional":bool}. DIR/negatives.jsonl: {"file":...,"text":"a
// decoy that must not be reported"}, or "text":"" for a file that must yield no image.
// An expected reference is found when an unused reported image in its file has the same line
// and text, else the same text, else the same line. Prints recall, status agreement and the
// false-positive rate per group and in total.
// The labelled corpus the unit tests measure in-process (test data, never bundled into dist/)
// is __tests__/scanners/images/corpus/; this script is for corpora kept outside the repository.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/corpus-images.mjs DIR');
  process.exit(2);
}
const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const jsonl = (name) => readFileSync(path.join(dir, name), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
const expected = jsonl('expected.jsonl');
const negatives = jsonl('negatives.jsonl');
const run = spawnSync(process.execPath, [path.join(project, 'dist/cli/index.js'), 'check', path.join(dir, 'files'), '--format', 'json'], { maxBuffer: 1 << 30, encoding: 'utf8' });
if (run.status === 2) {
  console.error(run.stderr);
  process.exit(2);
}
const reported = new Map();
for (const image of JSON.parse(run.stdout).images) {
  const key = `files/${image.path}`;
  reported.set(key, [...(reported.get(key) ?? []), { ...image, used: false }]);
}
const norm = (s) => s.replace(/\\\n\s*/g, '').replace(/^docker\.io\/(library\/)?/, '').trim();
const groups = {};
const group = (name) => (groups[name] ??= { expected: 0, found: 0, statusAgrees: 0, negatives: 0, flagged: 0 });
for (const e of expected) {
  if (e.optional) continue;
  const g = group(e.manager ?? e.file.split('/')[1]);
  g.expected++;
  const ours = reported.get(e.file) ?? [];
  const wanted = [norm(e.resolved ?? e.image), norm(e.image)];
  const same = (o) => wanted.includes(norm(o.image));
  const hit = ours.find((o) => !o.used && o.line === e.line && same(o)) ?? ours.find((o) => !o.used && same(o)) ?? ours.find((o) => !o.used && o.line === e.line);
  if (!hit) continue;
  hit.used = true;
  g.found++;
  if (hit.status === e.status) g.statusAgrees++;
}
for (const n of negatives) {
  const g = group(n.manager ?? n.file.split('/')[1]);
  g.negatives++;
  const ours = reported.get(n.file) ?? [];
  const bad = n.text === '' ? ours : ours.filter((o) => norm(o.image) === norm(n.text) || o.image.startsWith(`${n.text}:`));
  if (bad.length) g.flagged++;
}
const total = { expected: 0, found: 0, statusAgrees: 0, negatives: 0, flagged: 0 };
for (const [name, g] of Object.entries(groups).sort()) {
  console.log(`${name.padEnd(22)} recall ${g.found}/${g.expected}  status agrees ${g.statusAgrees}  flagged negatives ${g.flagged}/${g.negatives}`);
  for (const k of Object.keys(total)) total[k] += g[k];
}
console.log(`total: recall ${(total.found / (total.expected || 1)).toFixed(3)} (${total.found}/${total.expected}), status agrees ${total.statusAgrees}, false-positive rate ${(total.flagged / (total.negatives || 1)).toFixed(3)} (${total.flagged}/${total.negatives})`);
