// The other labelled sources: Nosey Parker and Kingfisher rule examples (YAML), secretlint's
// snapshot tests (input + expected output), trufflehog's detector pattern tests (Go tables), and
// detect-secrets' parametrized plugin tests (Python tables, read by detect-secrets.py).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { OPAQUE, Package, parseFile } from './go-eval.mjs';
import { listFiles, readFiles } from './mirror.mjs';

const here = path.dirname(new URL(import.meta.url).pathname);

function yamlRules(gitDir, under, source) {
  const files = listFiles(gitDir, under).filter((f) => /\.ya?ml$/.test(f.path));
  const contents = readFiles(gitDir, files);
  const cases = [];
  const rules = [];
  const skipped = [];
  for (const [file, text] of contents) {
    let doc;
    try { doc = parseYaml(text); } catch (err) { skipped.push({ file, reason: `yaml: ${err.message}` }); continue; }
    for (const r of doc?.rules ?? []) {
      rules.push({ rule: r.id, name: r.name, pattern: r.pattern, categories: r.categories ?? [], visible: r.visible !== false, entropy: r.min_entropy ?? 0, file });
      for (const t of r.examples ?? []) if (typeof t === 'string') cases.push({ source, rule: r.id, kind: 'tp', text: t, origin: file });
      for (const t of r.negative_examples ?? []) if (typeof t === 'string') cases.push({ source, rule: r.id, kind: 'fp', text: t, origin: file });
    }
  }
  return { cases, rules, skipped };
}

export const noseyparkerCases = (gitDir) => yamlRules(gitDir, 'crates/noseyparker/data/default/builtin/rules', 'noseyparker');
export const kingfisherCases = (gitDir) => yamlRules(gitDir, 'data/rules', 'kingfisher');

// secretlint: packages/@secretlint/secretlint-rule-*/test/snapshots/<case>/input*; the case is a
// positive when output.json reports messages. A .secretlintrc.json beside it means the verdict
// depends on a rule option (allows, enableIDScanRule), which the case records.
export function secretlintCases(gitDir) {
  const files = listFiles(gitDir, 'packages/@secretlint').filter((f) => /\/secretlint-rule-[^/]+\/test\/snapshots\/[^/]+\/[^/]+$/.test(f.path));
  const contents = readFiles(gitDir, files);
  const byCase = new Map();
  for (const [p, text] of contents) {
    const dir = path.dirname(p);
    const entry = byCase.get(dir) ?? {};
    const base = path.basename(p);
    if (base === 'output.json') entry.output = text;
    else if (base === '.secretlintrc.json') entry.options = text;
    else if (/^input/.test(base)) { entry.input = text; entry.inputName = base; }
    byCase.set(dir, entry);
  }
  const cases = [];
  const skipped = [];
  for (const [dir, e] of [...byCase].sort(([a], [b]) => a.localeCompare(b))) {
    const rule = /secretlint-rule-([^/]+)/.exec(dir)[1];
    if (e.input === undefined || e.output === undefined) { skipped.push({ file: dir, reason: 'no input or output' }); continue; }
    if (e.input.includes('\0') || e.input.includes('\ufffd')) { skipped.push({ file: dir, reason: 'binary input' }); continue; }
    let messages;
    try { messages = JSON.parse(e.output).messages ?? []; } catch { skipped.push({ file: dir, reason: 'bad output.json' }); continue; }
    const c = { source: 'secretlint', rule, kind: messages.length ? 'tp' : 'fp', text: e.input, filename: e.inputName, origin: dir };
    if (e.options) c.options = e.options.replace(/\s+/g, ' ').slice(0, 300);
    cases.push(c);
  }
  return { cases, skipped };
}

// trufflehog: pkg/detectors/**/*_test.go (not the integration tests); the table of each
// Test*_Pattern function is evaluated, a row with `want` empty or nil is a negative.
export function trufflehogCases(gitDir) {
  const files = listFiles(gitDir, 'pkg/detectors').filter((f) => f.path.endsWith('_test.go') && !f.path.endsWith('_integration_test.go'));
  const contents = readFiles(gitDir, files);
  const cases = [];
  const skipped = [];
  const builtins = {
    'fmt.Sprintf': (format, ...args) => {
      let k = 0;
      return format.replace(/%[-+# 0]*\d*([sdvq%])/g, (_, v) => {
        if (v === '%') return '%';
        const a = args[k++];
        if (a === OPAQUE || a === undefined) throw new Error('opaque Sprintf argument');
        return v === 'q' ? JSON.stringify(String(a)) : String(a);
      });
    },
    'strings.Repeat': (s, n) => s.repeat(n),
    'strings.Join': (xs, sep) => xs.join(sep),
    'strings.ToUpper': (s) => s.toUpperCase(),
    'strings.ToLower': (s) => s.toLowerCase(),
  };
  for (const [file, text] of [...contents].sort(([a], [b]) => a.localeCompare(b))) {
    let decls;
    try { decls = parseFile(text); } catch (err) { skipped.push({ file, reason: `parse: ${err.message}` }); continue; }
    const pkg = new Package(builtins);
    pkg.add(decls);
    const rule = path.dirname(file).replace(/^pkg\/detectors\//, '');
    for (const fn of decls.funcs.filter((f) => /^Test.*Pattern/.test(f.name))) {
      const scope = new Map();
      let table = null;
      for (const stmt of fn.body.body) {
        if (stmt.k === 'for') break;
        try { pkg.exec(stmt, scope); } catch { /* statements the table does not need */ }
        const t = scope.get('tests')?.v ?? scope.get('testCases')?.v ?? scope.get('cases')?.v;
        if (Array.isArray(t)) { table = t; break; }
      }
      if (!table) { skipped.push({ file, func: fn.name, reason: 'no evaluable tests table' }); continue; }
      // The label is `want` (results; nil or empty: none), `shouldMatch`, `expectedPairs` or
      // `wantCount`; a field left out of a row is Go's zero value. Tables without one of these
      // (host parsing, verification responses) label something else and are skipped.
      const fields = new Set(table.flatMap((row) => (row && typeof row === 'object' ? Object.keys(row) : [])));
      const labelField = ['shouldMatch', 'want', 'expectedPairs', 'wantCount'].find((f) => fields.has(f));
      if (!labelField) { skipped.push({ file, func: fn.name, reason: 'table has no match label' }); continue; }
      for (const row of table) {
        const input = row?.input ?? row?.data;
        if (typeof input !== 'string') { skipped.push({ file, func: fn.name, reason: 'input not static text' }); continue; }
        const want = row[labelField] ?? null;
        if (want === OPAQUE) { skipped.push({ file, func: fn.name, reason: 'want not static' }); continue; }
        const kind = want && (Array.isArray(want) ? want.length : want instanceof Map ? want.size : true) ? 'tp' : 'fp';
        cases.push({ source: 'trufflehog', rule, kind, text: input, origin: `${file}::${fn.name}::${typeof row.name === 'string' ? row.name : ''}` });
      }
    }
  }
  return { cases, skipped };
}

export function detectSecretsCases(gitDir) {
  const files = listFiles(gitDir, 'tests/plugins').filter((f) => f.path.endsWith('_test.py'));
  const contents = readFiles(gitDir, files);
  const input = JSON.stringify([...contents].sort(([a], [b]) => a.localeCompare(b)).map(([p, content]) => ({ path: p, content })));
  const out = execFileSync('python3', [path.join(here, 'detect-secrets.py')], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out);
}
