// Builds labelled secret-detection cases from other scanners' own test suites, read from bare
// mirrors of their repositories, and writes one JSONL per source for scripts/corpus-secrets.mjs.
// The cases are other projects' test data under their own licences: this script holds only the
// extraction code, and the output belongs outside this repository.
//
//   node scripts/build-secret-cases.mjs OUTDIR [--mirrors DIR]
//
// Mirrors (default /work/.mirror, laid out as OWNER+NAME/repo, git dirs read at HEAD):
//   gitleaks/gitleaks             cmd/generate/config/rules/*.go, each rule's tps/fps, evaluated
//                                 by a Go-subset interpreter (sample formats, NewSecret expanded)
//   praetorian-inc/noseyparker    rules' examples / negative_examples
//   mongodb/kingfisher            rules' examples / negative_examples
//   secretlint/secretlint         secretlint-rule-*/test/snapshots (input, output.json)
//   trufflesecurity/trufflehog    pkg/detectors/**/*_test.go Test*_Pattern tables
//   Yelp/detect-secrets           tests/plugins/*_test.py parametrize tables (needs python3)
//
// Each line: {"source","rule","kind":"tp"|"fp","text","filename"?,"origin","adjust"?,"adjustReason"?}
// where adjust is "other-secret" (a negative another rule of the same scanner reports: a real
// secret of another kind), "identifier" (a positive of a rule for identifiers, not secrets) or
// "option-dependent" (the verdict follows a rule option of the source's test) or "generic-secret"
// (a negative that gitleaks' generic-api-key rule reports: a secret-shaped value assigned to a
// secret-like name, negative only for the source rule's own format). OUTDIR also gets
// summary.json: per source the mirror commit, counts, and what could not be evaluated and why.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { genericJudge, identifierRule, markCases, markGenericSecrets } from './secret-cases/adjust.mjs';
import { gitleaksCases } from './secret-cases/gitleaks.mjs';
import { headCommit } from './secret-cases/mirror.mjs';
import { detectSecretsCases, kingfisherCases, noseyparkerCases, secretlintCases, trufflehogCases } from './secret-cases/sources.mjs';

const args = process.argv.slice(2);
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--mirrors');
const mirrors = args.includes('--mirrors') ? args[args.indexOf('--mirrors') + 1] : '/work/.mirror';
if (!out) {
  console.error('usage: node scripts/build-secret-cases.mjs OUTDIR [--mirrors DIR]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const mirror = (repo) => path.join(mirrors, repo.replace('/', '+'), 'repo');
const generic = (id, name = '') => /generic/i.test(`${id} ${name}`);

const sources = [
  {
    name: 'gitleaks', repo: 'gitleaks/gitleaks',
    build: (dir) => {
      const r = gitleaksCases(dir);
      judge = genericJudge(r);
      const rules = r.rules.map((x) => ({ ...x, generic: generic(x.rule), identifier: identifierRule(x.rule) }));
      return { ...r, rules, note: `${r.ruleFiles} rule files, ${new Set(r.rules.map((x) => x.file)).size} with evaluated cases` };
    },
  },
  {
    name: 'noseyparker', repo: 'praetorian-inc/noseyparker',
    build: (dir) => {
      const r = noseyparkerCases(dir);
      // Nosey Parker labels its rules: `identifier` without `secret` is not a credential
      const rules = r.rules.map((x) => ({ ...x, generic: generic(x.rule, x.name), identifier: x.categories.includes('identifier') && !x.categories.includes('secret') }));
      return { ...r, rules };
    },
  },
  {
    name: 'kingfisher', repo: 'mongodb/kingfisher',
    build: (dir) => {
      const r = kingfisherCases(dir);
      const rules = r.rules.map((x) => ({ ...x, generic: generic(x.rule, x.name), identifier: identifierRule(x.name) }));
      return { ...r, rules };
    },
  },
  {
    name: 'secretlint', repo: 'secretlint/secretlint',
    build: (dir) => {
      const r = secretlintCases(dir);
      for (const c of r.cases) {
        if (c.options || c.rule === 'pattern') { c.adjust = 'option-dependent'; c.adjustReason = 'the verdict follows a rule option of the test (.secretlintrc.json)'; }
        else if (c.kind === 'tp' && identifierRule(path.basename(c.origin).replace(/^ng\./, ''))) { c.adjust = 'identifier'; c.adjustReason = 'the test case is named for an identifier'; }
      }
      return { ...r, rules: [] };
    },
  },
  { name: 'trufflehog', repo: 'trufflesecurity/trufflehog', build: (dir) => ({ ...trufflehogCases(dir), rules: [] }) },
  {
    name: 'detect-secrets', repo: 'Yelp/detect-secrets',
    build: (dir) => {
      const r = detectSecretsCases(dir);
      // ip_public reports public IP addresses: identifiers, not secrets
      return { ...r, rules: [{ rule: 'ip_public', identifier: true }] };
    },
  },
];

let judge = null; // set by the gitleaks source, which runs first
const summary = {};
for (const s of sources) {
  const dir = mirror(s.repo);
  const r = s.build(dir);
  const seen = new Set();
  const cases = r.cases.filter((c) => {
    const key = JSON.stringify([c.rule, c.kind, c.text, c.filename ?? '']);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  markCases(cases, r.rules);
  if (judge) markGenericSecrets(cases, judge, s.name === 'gitleaks' ? 'generic-api-key' : null);
  writeFileSync(path.join(out, `${s.name}.jsonl`), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const count = (kind, adjust) => cases.filter((c) => c.kind === kind && (adjust === undefined || c.adjust === adjust)).length;
  const skippedBy = {};
  for (const k of r.skipped) skippedBy[k.reason.replace(/ near token \d+| at \d+.*/g, '').slice(0, 60)] = (skippedBy[k.reason.replace(/ near token \d+| at \d+.*/g, '').slice(0, 60)] ?? 0) + 1;
  summary[s.name] = {
    repo: s.repo,
    commit: headCommit(dir),
    ...(r.note ? { note: r.note } : {}),
    rules: new Set(cases.map((c) => c.rule)).size,
    tp: count('tp'), fp: count('fp'),
    identifierPositives: count('tp', 'identifier'),
    otherSecretNegatives: count('fp', 'other-secret'),
    genericSecretNegatives: count('fp', 'generic-secret'),
    optionDependent: cases.filter((c) => c.adjust === 'option-dependent').length,
    duplicatesDropped: r.cases.length - cases.length,
    skipped: r.skipped.length,
    skippedBy,
    skippedDetail: r.skipped,
  };
  console.log(`${s.name}: ${cases.length} cases (${summary[s.name].tp} tp, ${summary[s.name].fp} fp) from ${summary[s.name].rules} rules; skipped ${r.skipped.length}`);
}
writeFileSync(path.join(out, 'summary.json'), JSON.stringify(summary, null, 1));
console.log(`wrote ${out}/*.jsonl and ${out}/summary.json`);
