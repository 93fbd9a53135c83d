// npm run bench: builds a large tree offline from this project's own node_modules, plants
// secrets at known places, then scans it with readiness-gate (the committed CLI bundle) and,
// in the same run, with secretlint's recommended preset, and prints time, throughput, peak
// memory and the ratio.
//
//   npm run bench                      # 140,000 files, about 1.2 GB
//   npm run bench -- --files 20000     # a smaller tree
//   npm run bench -- --skip-secretlint # readiness-gate only
//   npm run bench -- --tree DIR        # an existing tree (e.g. fetched Helm charts, CRD bundles,
//                                      # Kustomize and compose repositories), read-only
//   npm run bench -- --delta           # the base-to-head delta: a git repository of 10,000 files, a
//                                      # base commit and a head commit changing 20 files; times
//                                      # check without a base against check --base (median of --runs)
//   npm run bench -- --runs 3          # each tool three times, alternating: best and median
//   npm run bench -- --profile         # also where readiness-gate's time goes, phase by phase
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    bytes: { type: 'string', default: String(1.2e9) },
    dir: { type: 'string' },
    'skip-secretlint': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    tree: { type: 'string' },
    delta: { type: 'boolean', default: false },
    'changed-files': { type: 'string', default: '20' },
    // 1 for a plain run, 3 with --delta.
    runs: { type: 'string' },
    profile: { type: 'boolean', default: false },
  },
});
const targetFiles = Number(values.files ?? (values.delta ? 10000 : 140000));
const targetBytes = Number(values.bytes) * (targetFiles / 140000);
// The delta's tree lives apart, so it never replaces the big tree of a plain run.
const root = path.resolve(values.dir ?? path.join(tmpdir(), values.delta ? 'readiness-gate-bench-delta' : 'readiness-gate-bench'));
const tree = path.join(root, 'tree');
const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function listSourceFiles() {
  const out = [];
  const stack = [path.join(project, 'node_modules')];
  while (stack.length) {
    const dir = stack.pop();
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) out.push({ full, rel: path.relative(path.join(project, 'node_modules'), full), size: statSync(full).size });
    }
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : 1));
}

/** Largest per-file cap such that the tree comes to about targetBytes. */
function capFor(sizes, files, bytes) {
  let lo = 1;
  let hi = Math.max(...sizes);
  for (let i = 0; i < 40; i++) {
    const mid = Math.floor((lo + hi) / 2);
    let sum = 0;
    for (let k = 0; k < files; k++) sum += Math.min(sizes[k % sizes.length], mid);
    if (sum > bytes) hi = mid;
    else lo = mid;
  }
  return lo;
}

// Deterministic pseudo-random tokens of documented shapes, built at run time so no literal
// token is committed.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (alphabet, n) => Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const PLANTS = [
  () => ['config/settings.py', `AWS_ACCESS_KEY_ID = "AKIA${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"\n`],
  () => ['deploy/.env', `GITHUB_TOKEN=ghp_${pick(ALNUM, 36)}\n`],
  () => ['src/slack.js', `const token = "xoxb-${pick('0123456789', 12)}-${pick('0123456789', 13)}-${pick(ALNUM, 24)}";\n`],
  () => ['src/db.ts', `const url = "postgres://app:${pick(ALNUM, 18)}@db.internal:5432/orders";\n`],
  () => ['keys/id_rsa', `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 12 }, () => pick(ALNUM + '+/', 64)).join('\n')}\n-----END RSA PRIVATE KEY-----\n`],
  () => ['src/pay.py', `stripe.api_key = "sk_live_${pick(ALNUM, 24)}"\n`],
];

function buildTree() {
  const marker = path.join(root, `tree-${targetFiles}-${Math.round(targetBytes)}.done`);
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const sources = listSourceFiles();
  const cap = capFor(sources.map((s) => s.size), targetFiles, targetBytes);
  let bytes = 0;
  const planted = [];
  for (let i = 0; i < targetFiles; i++) {
    const src = sources[i % sources.length];
    const copy = Math.floor(i / sources.length);
    const rel = path.join(`copy-${copy}`, src.rel.replace(/(^|\/)node_modules\//g, '$1deps/'));
    const full = path.join(tree, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    const data = readFileSync(src.full).subarray(0, cap);
    writeFileSync(full, data);
    bytes += data.length;
    // One planted secret every thousand files, in a file of its own.
    if (i % 1000 === 500) {
      const [name, content] = PLANTS[planted.length % PLANTS.length]();
      const plantRel = path.join(`planted-${planted.length}`, name);
      mkdirSync(path.dirname(path.join(tree, plantRel)), { recursive: true });
      writeFileSync(path.join(tree, plantRel), content);
      planted.push({ path: plantRel.split(path.sep).join('/'), sha: createHash('sha256').update(content).digest('hex').slice(0, 8) });
      bytes += content.length;
    }
  }
  const info = { files: targetFiles + planted.length, bytes, cap, planted };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

/**
 * Runs a command under GNU time: wall seconds, peak RSS (KiB, includes worker threads) and CPU
 * seconds in user and kernel mode (all threads; on a shared machine less noisy than wall time).
 */
function measure(cmd, args, cwd, env = process.env) {
  const timeFile = path.join(root, 'time.txt');
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, cmd, ...args], { cwd, env, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8' });
  const [seconds, kib, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { seconds, peakMiB: kib / 1024, cpu: user + sys, cpuSeconds: user + sys, status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const runs = Math.max(1, Number(values.runs ?? (values.delta ? 3 : 1)) || 1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const best = (xs) => Math.min(...xs);
/** Best and median of the runs' wall and CPU seconds, and the highest peak RSS. */
function summary(list) {
  const wall = list.map((r) => r.seconds);
  const cpu = list.map((r) => r.cpu);
  const peak = Math.max(...list.map((r) => r.peakMiB));
  const times = runs > 1 ? `best ${best(wall).toFixed(2)} s, median ${median(wall).toFixed(2)} s of ${runs} runs` : `${wall[0].toFixed(2)} s`;
  const cpus = runs > 1 ? `CPU best ${best(cpu).toFixed(2)} s, median ${median(cpu).toFixed(2)} s` : `CPU ${cpu[0].toFixed(2)} s`;
  return { wall, cpu, peak, text: `${times} (${cpus}), peak RSS ${peak.toFixed(0)} MiB` };
}

/** An existing tree, taken as it is: its regular files (symlinks and .git skipped, as both tools do). */
function describeTree(dir) {
  let files = 0;
  let bytes = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) {
        files++;
        bytes += statSync(full).size;
      }
    }
  }
  return { files, bytes, planted: [] };
}

const mb = (n) => (n / 1e6).toFixed(0);
const given = values.tree ? path.resolve(values.tree) : undefined;
if (given) mkdirSync(root, { recursive: true });
const scanned = given ?? tree;
let info;
if (given) {
  info = describeTree(given);
  console.log(`Tree: ${given}: ${info.files} files, ${mb(info.bytes)} MB (taken as it is)`);
} else {
  // A delta run that stopped halfway left the tree edited: start again from a clean tree.
  if (values.delta && existsSync(path.join(tree, '.git')) && !existsSync(path.join(root, `delta-${values['changed-files']}.json`))) rmSync(root, { recursive: true, force: true });
  console.log(`Building the tree in ${tree} ...`);
  info = buildTree();
  console.log(`Tree: ${info.files} files, ${mb(info.bytes)} MB (files from node_modules cut at ${info.cap} bytes), ${info.planted.length} planted secrets`);
}
if (values.delta) {
  benchDelta();
  process.exit(0);
}

// Warm the page cache before every run of either tool, so both read from memory alike: a
// secretlint run (about 2 GB resident on the big tree) evicts part of the cached tree, which
// otherwise slows the readiness-gate run after it and not the one before.
const warm = () => execFileSync('sh', ['-c', `find "${scanned}" -type f -exec cat {} + > /dev/null`]);
warm();

const reportFile = path.join(root, 'report.json');
const rgEnv = values.profile ? { ...process.env, READINESS_GATE_PROFILE: '1' } : process.env;
const runReadinessGate = () => {
  const run = measure(process.execPath, [path.join(project, 'dist/cli/index.js'), 'check', scanned, '--format', 'json', '--output', reportFile], project, rgEnv);
  if (run.status === 2) {
    console.error(run.stderr);
    process.exit(1);
  }
  return run;
};

// secretlint: the config lives outside the tree (a given tree is read-only).
const slBin = path.join(project, 'node_modules/secretlint/bin/secretlint.js');
const slRc = path.join(root, '.secretlintrc.json');
// The default formatter: secretlint's JSON formatter runs out of memory serialising a tree this size.
const runSecretlint = () => measure(process.execPath, [slBin, '**/*', '--maskSecrets', '--secretlintrc', slRc], scanned);
if (!values['skip-secretlint']) writeFileSync(slRc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));

// The tools take turns, so a change in the machine's load hits both alike.
const rgRuns = [];
const slRuns = [];
for (let i = 0; i < runs; i++) {
  if (i > 0) warm();
  rgRuns.push(runReadinessGate());
  if (!values['skip-secretlint']) {
    warm();
    slRuns.push(runSecretlint());
  }
}
const rgSummary = summary(rgRuns);
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const foundPaths = new Set(report.findings.filter((f) => f.category === 'secret').map((f) => f.path));
const plantedFound = info.planted.filter((p) => foundPaths.has(p.path)).length;
const rgWall = median(rgSummary.wall);
console.log(`\nreadiness-gate: ${rgSummary.text}; ${(info.files / rgWall).toFixed(0)} files/s, ${mb(info.bytes / rgWall)} MB/s (median)`);
console.log(`  scanned ${report.stats.filesScanned} files; skipped ${JSON.stringify(report.stats.skipped)}; ${report.findings.length} findings${given ? ` (${report.findings.filter((f) => f.category === 'secret' || f.category === 'secret-logging').length} secret, ${report.findings.filter((f) => f.category === 'image').length} image)` : `; planted secrets found ${plantedFound}/${info.planted.length}`}`);

if (values.profile && report.stats.phases) {
  // Exclusive milliseconds per phase, summed over the scanning threads (GC pauses fall in the
  // phase they interrupt); from the last run.
  const phases = Object.entries(report.stats.phases).sort((a, b) => b[1] - a[1]);
  const total = phases.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`  where the time goes (thread-seconds, ${(total / 1000).toFixed(2)} s in all; CPU of that run ${rgRuns[rgRuns.length - 1].cpu.toFixed(2)} s):`);
  for (const [phase, ms] of phases) console.log(`    ${phase.padEnd(16)} ${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(0).padStart(3)}%`);
}

if (!values['skip-secretlint']) {
  const version = execFileSync(process.execPath, [slBin, '--version'], { encoding: 'utf8' }).trim();
  const sl = slRuns[slRuns.length - 1];
  const slSummary = summary(slRuns);
  const slWall = median(slSummary.wall);
  // Exit 1 means it found secrets; anything else means it did not finish cleanly.
  const slFound = (sl.stdout.match(/^\s+\d+:\d+\s+error/gm) ?? []).length;
  console.log(`\nsecretlint ${version} (preset-recommend): ${slSummary.text}; ${(info.files / slWall).toFixed(0)} files/s (median), exit ${sl.status}${sl.status === 1 ? `, ${slFound} findings` : `: ${sl.stderr.trim().split('\n').slice(-3).join(' | ')}`}`);
  const pairs = rgRuns.map((r, i) => slRuns[i].seconds / r.seconds);
  const ratios = runs > 1 ? `, per run ${pairs.map((x) => x.toFixed(1)).join(' ')}; best against best ${(best(slSummary.wall) / best(rgSummary.wall)).toFixed(1)}x` : '';
  console.log(`\nratio: readiness-gate is ${(slWall / rgWall).toFixed(1)}x secretlint's speed on the same tree (median against median${ratios}); secretlint used ${(median(slSummary.cpu) / median(rgSummary.cpu)).toFixed(1)}x its CPU time`);
}
if (!given && !values.keep) console.log(`\n(tree kept at ${tree} for the next run; delete it with rm -rf ${root})`);

/**
 * The tree as a git repository: a base commit of every file, then a head commit that edits
 * `--changed-files` files spread over the tree (one of them gains a planted secret), as a pull
 * request would. Made once and reused (the commits are deterministic).
 */
function deltaRepository() {
  const changed = Number(values['changed-files']);
  const marker = path.join(root, `delta-${changed}.json`);
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  const g = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: tree, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).trim();
  rmSync(path.join(tree, '.git'), { recursive: true, force: true });
  // A declared workload too, so the base is scored with controls, not only repository checks.
  cpSync(path.join(project, 'examples/production-ready'), path.join(tree, 'svc'), { recursive: true });
  g('init', '-q', '-b', 'main');
  // -f: files the copied packages' own .gitignore files name are part of the tree too.
  g('add', '-A', '-f');
  g('commit', '-qm', 'base');
  const base = g('rev-parse', 'HEAD');
  const files = g('ls-files', '-z').split('\0').filter((f) => /\.(js|ts|json|md|ya?ml)$/.test(f));
  // One new file with a planted secret, and edits to the rest, spread over the tree.
  const step = Math.floor(files.length / changed);
  const edited = Array.from({ length: changed - 1 }, (_, i) => files[(i + 1) * step]);
  for (const rel of edited) writeFileSync(path.join(tree, rel), Buffer.concat([readFileSync(path.join(tree, rel)), Buffer.from('\n')]));
  mkdirSync(path.join(tree, 'pr'), { recursive: true });
  writeFileSync(path.join(tree, 'pr/payments.js'), `const stripeKey = "sk_live_${pick(ALNUM, 24)}";\n`);
  edited.push('pr/payments.js');
  g('add', '-A', '-f');
  g('commit', '-qm', 'head: the pull request');
  const head = g('rev-parse', 'HEAD');
  const info = { base, head, changed: edited.length };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}

function benchDelta() {
  const repo = deltaRepository();
  console.log(`Repository: ${info.files} files, base ${repo.base.slice(0, 12)}, head ${repo.head.slice(0, 12)} changing ${repo.changed} files`);
  execFileSync('sh', ['-c', `find "${tree}" -type f -exec cat {} + > /dev/null`]);
  const cli = path.join(project, 'dist/cli/index.js');
  const cases = [
    ['check (one scan, no base)', []],
    ['check --base --no-compare-base (rules from the base)', ['--base', repo.base, '--no-compare-base']],
    ['check --base (with the delta)', ['--base', repo.base]],
  ];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // Interleaved (one run of each case per round), so a load change on a shared machine hits every case alike.
  const wall = cases.map(() => []);
  const cpu = cases.map(() => []);
  const last = [];
  for (let i = 0; i < runs; i++) {
    cases.forEach(([, extra], k) => {
      const out = path.join(root, `report-${k}.json`);
      const run = measure(process.execPath, [cli, 'check', tree, '--format', 'json', '--output', out, ...extra], project);
      if (run.status === 2) {
        console.error(run.stderr);
        process.exit(1);
      }
      wall[k].push(run.seconds);
      cpu[k].push(run.cpuSeconds);
      last[k] = run;
    });
  }
  const results = cases.map(([label], k) => {
    const report = JSON.parse(readFileSync(path.join(root, `report-${k}.json`), 'utf8'));
    const result = { wall: median(wall[k]), cpu: median(cpu[k]) };
    console.log(`\n${label}: wall ${result.wall.toFixed(2)} s, CPU ${result.cpu.toFixed(2)} s (medians of ${runs}; wall ${wall[k].map((t) => t.toFixed(2)).join(', ')}), peak RSS ${last[k].peakMiB.toFixed(0)} MiB`);
    if (report.delta) {
      const d = report.delta;
      console.log(`  delta: ${d.changedFiles} paths differ, ${d.rescannedFiles} scanned again; findings ${d.findings.new.length} new, ${d.findings.existing} existing, ${d.findings.fixed} fixed; score ${d.score.base} -> ${d.score.head}`);
    }
    return result;
  });
  const over = (a, b) => `${(((a - b) / b) * 100).toFixed(1)}%`;
  console.log(`\ndelta cost over one scan: wall ${over(results[2].wall, results[0].wall)}, CPU ${over(results[2].cpu, results[0].cpu)} (over rules from the base alone: wall ${over(results[2].wall, results[1].wall)}, CPU ${over(results[2].cpu, results[1].cpu)})`);
}
