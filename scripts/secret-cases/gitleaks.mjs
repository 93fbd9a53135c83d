// gitleaks: every rule constructor in cmd/generate/config/rules/*.go is run through the Go-subset
// interpreter; the `tps`/`fps` it hands to utils.Validate (or ValidateWithPaths, whose map keys
// are file paths) become cases. The utils helpers (sample formats, charset patterns, regex
// builders) are interpreted from gitleaks' own utils/*.go, so the 26 sample formats follow the
// mirror. secrets.NewSecret draws from the regex with a generator seeded by the rule function's
// name, so the output is the same on every run.
import { OPAQUE, Package, parseFile } from './go-eval.mjs';
import { listFiles, readFiles } from './mirror.mjs';
import { sampleRegex, seededRandom } from './regex-sample.mjs';

function sprintf(format, ...args) {
  let k = 0;
  return format.replace(/%([-+# 0]*\d*(?:\.\d+)?)([sdvqxX%])/g, (_, _flags, verb) => {
    if (verb === '%') return '%';
    const a = args[k++];
    if (a === OPAQUE || a === undefined) throw new Error('opaque Sprintf argument');
    if (verb === 'q') return JSON.stringify(String(a));
    if (verb === 'x') return Buffer.from(String(a)).toString('hex');
    return String(a);
  });
}

const b64 = (variant) => (s) => {
  if (typeof s !== 'string') throw new Error('opaque base64 input');
  let out = Buffer.from(s, 'latin1').toString(variant.startsWith('URL') || variant.startsWith('RawURL') ? 'base64url' : 'base64');
  if (variant.startsWith('URL')) out += '='.repeat((4 - (out.length % 4)) % 4);
  if (variant.startsWith('Raw')) out = out.replace(/=+$/, '');
  return out;
};

function baseBuiltins() {
  const builtins = {
    'fmt.Sprintf': sprintf,
    'strings.Repeat': (s, n) => s.repeat(n),
    'strings.ToUpper': (s) => s.toUpperCase(),
    'strings.ToLower': (s) => s.toLowerCase(),
    'strings.Join': (xs, sep) => xs.join(sep),
    'strings.ReplaceAll': (s, a, b) => s.split(a).join(b),
    'strings.TrimSpace': (s) => s.trim(),
    'strings.NewReplacer': (...pairs) => ({
      Replace: (s) => {
        let out = '';
        for (let i = 0; i < s.length;) {
          let hit = false;
          for (let p = 0; p < pairs.length; p += 2) {
            if (s.startsWith(pairs[p], i)) { out += pairs[p + 1]; i += pairs[p].length; hit = true; break; }
          }
          if (!hit) out += s[i++];
        }
        return out;
      },
    }),
    'regexp.MustCompile': (s) => s,
  };
  for (const alias of ['b64', 'base64']) {
    for (const v of ['StdEncoding', 'RawStdEncoding', 'URLEncoding', 'RawURLEncoding']) builtins[`${alias}.${v}.EncodeToString`] = b64(v);
  }
  return builtins;
}

export function gitleaksCases(gitDir) {
  const files = listFiles(gitDir, 'cmd/generate/config');
  const contents = readFiles(gitDir, files.filter((f) => f.path.endsWith('.go') && !f.path.endsWith('_test.go')));
  const utils = new Package(baseBuiltins());
  for (const name of ['patterns.go', 'generate.go']) utils.add(parseFile(contents.get(`cmd/generate/config/utils/${name}`)));

  let random = seededRandom('');
  const recorded = [];
  let current = null;
  const builtins = {
    ...baseBuiltins(),
    'secrets.NewSecret': (re) => {
      if (typeof re !== 'string') throw new Error('opaque NewSecret pattern');
      return sampleRegex(re, random);
    },
    'utils.Validate': (rule, tps, fps) => { recorded.push({ fn: current, rule, tps: tps ?? [], fps: fps ?? [] }); return rule; },
    'utils.ValidateWithPaths': (rule, tps, fps) => { recorded.push({ fn: current, rule, tps: tps ?? new Map(), fps: fps ?? new Map(), withPaths: true }); return rule; },
  };
  for (const [name, fn] of utils.funcs) if (!builtins[`utils.${name}`]) builtins[`utils.${name}`] = (...args) => utils.call(fn, args);

  const rules = new Package(builtins);
  const ruleFiles = [...contents.keys()].filter((p) => /^cmd\/generate\/config\/rules\/[^/]+\.go$/.test(p)).sort();
  const skipped = [];
  const fileOf = new Map();
  for (const path of ruleFiles) {
    try {
      const decls = parseFile(contents.get(path));
      rules.add(decls);
      for (const f of decls.funcs) fileOf.set(f.name, path);
    } catch (err) {
      skipped.push({ file: path, reason: `parse: ${err.message}` });
    }
  }
  const cases = [];
  const rulesSeen = [];
  for (const [name, fn] of [...rules.funcs].sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^[A-Z]/.test(name) || fn.params.length) continue;
    random = seededRandom(`gitleaks:${name}`);
    current = name;
    const before = recorded.length;
    try {
      rules.call(fn, []);
    } catch (err) {
      skipped.push({ file: fileOf.get(name), func: name, reason: err.message });
      recorded.length = before;
      continue;
    }
    for (const rec of recorded.slice(before).filter((r) => r.fn === name)) {
      const ruleId = rec.rule?.RuleID;
      if (typeof ruleId !== 'string') { skipped.push({ file: fileOf.get(name), func: name, reason: 'no RuleID' }); continue; }
      const regex = typeof rec.rule.Regex === 'string' ? rec.rule.Regex : null;
      rulesSeen.push({ rule: ruleId, regex, entropy: typeof rec.rule.Entropy === 'number' ? rec.rule.Entropy : 0, file: fileOf.get(name) });
      const emit = (kind, text, filename) => {
        if (typeof text !== 'string') { skipped.push({ file: fileOf.get(name), func: name, rule: ruleId, reason: `${kind} not static text` }); return; }
        cases.push({ source: 'gitleaks', rule: ruleId, kind, text, ...(filename ? { filename } : {}), origin: fileOf.get(name) });
      };
      if (rec.withPaths) {
        for (const [p, t] of rec.tps) emit('tp', t, p);
        for (const [p, t] of rec.fps) emit('fp', t, p);
      } else {
        if (!Array.isArray(rec.tps) || !Array.isArray(rec.fps)) { skipped.push({ file: fileOf.get(name), func: name, rule: ruleId, reason: 'cases not a list' }); continue; }
        rec.tps.forEach((t) => emit('tp', t));
        rec.fps.forEach((t) => emit('fp', t));
      }
    }
  }
  const stopWords = rules.global('DefaultStopWords');
  return { cases, skipped, rules: rulesSeen, ruleFiles: ruleFiles.length, stopWords: Array.isArray(stopWords) ? stopWords : [] };
}
