// Marks the cases whose source label is not what this gate is asked: negatives that are real
// secrets of another kind (`other-secret`: another rule of the same scanner reports them) and
// positives of rules that detect identifiers rather than secrets (`identifier`). Raw figures use
// the source labels; adjusted figures leave the marked cases out.

const SECRET_WORDS = /secret|key|token|password|passwd|\bpass\b|credential|private|\bauth(entication|orization)?\b|signature|webhook|cookie|session|\bpat\b|dsn|connection|jwt|hash|sensitive|service account/i;
// names of identifiers even though they contain a secret word
const IDENTIFIER_NAMES = /\b(key ids?|access ids?|public keys?|client ids?|app(lication)? ids?)\b/i;
const IDENTIFIER_WORDS = /\b(ips?|ids?|identifier|user ?names?|users?|logins?|urls?|uris?|endpoints?|domains?|hosts?(names?)?|regions?|accounts?( ids?)?|org(anization)?s?|tenants?|projects?|buckets?|e-?mails?|arns?|subdomains?|instances?|workspaces?|zones?|clusters?|sids?)\b/i;

export function identifierRule(name) {
  const words = name.replace(/[._-]+/g, ' ');
  if (IDENTIFIER_NAMES.test(words) && !/secret|password|token|private/i.test(words)) return true;
  return IDENTIFIER_WORDS.test(words) && !SECRET_WORDS.test(words);
}

export function entropy(s) {
  const counts = new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) { const p = n / s.length; h -= p * Math.log2(p); }
  return h;
}

// RE2 / Rust regex syntax to a JavaScript RegExp, close enough to ask "would this rule match";
// null when it cannot be expressed.
export function toJsRegex(src) {
  if (typeof src !== 'string') return null;
  let flags = 'g';
  let s = src;
  let extended = false;
  // leading flag groups such as (?i), (?x), (?xi), (?s)
  for (let m; (m = /^\(\?([imsxU]+)\)/.exec(s));) {
    if (m[1].includes('x')) extended = true;
    if (m[1].includes('i')) flags += 'i';
    if (m[1].includes('s')) flags += 's';
    if (m[1].includes('m')) flags += 'm';
    s = s.slice(m[0].length).replace(/^\s+/, extended ? '' : '');
    if (extended) s = s.replace(/^\s+/, '');
  }
  if (extended) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') { out += c + (s[i + 1] ?? ''); i++; continue; }
      if (inClass) { if (c === ']') inClass = false; out += c; continue; }
      if (c === '[') { inClass = true; out += c; if (s[i + 1] === ']') { out += ']'; i++; } continue; }
      if (c === '#') { while (i < s.length && s[i] !== '\n') i++; continue; }
      if (/\s/.test(c)) continue;
      out += c;
    }
    s = out;
  }
  if (/\(\?[a-zA-Z]*i[a-zA-Z]*[:)]/.test(s) && !flags.includes('i')) flags += 'i';
  s = s
    .replace(/\(\?-?[imsxU]+(-[imsxU]+)?:/g, '(?:')
    .replace(/\(\?-?[imsxU]+(-[imsxU]+)?\)/g, '')
    .replace(/\(\?P</g, '(?<')
    .replace(/\\z/g, '$').replace(/\\Z/g, '$').replace(/\\A/g, '^')
    .replace(/\[:alnum:\]/g, 'a-zA-Z0-9').replace(/\[:alpha:\]/g, 'a-zA-Z').replace(/\[:digit:\]/g, '0-9')
    .replace(/\[:xdigit:\]/g, '0-9a-fA-F').replace(/\[:space:\]/g, '\\s').replace(/\[:upper:\]/g, 'A-Z')
    .replace(/\[:lower:\]/g, 'a-z').replace(/\[:word:\]/g, '\\w').replace(/\[:punct:\]/g, '!-\\/:-@\\[-`{-~');
  try {
    return new RegExp(s, [...new Set(flags)].join(''));
  } catch {
    return null;
  }
}

// A rule that matches a bare random token with no keyword or prefix around it is a generic
// detector in disguise (say, any 40 hex digits); its match does not make a negative a secret.
const PROBES = (() => {
  let x = 12345;
  const rand = (alphabet, n) => Array.from({ length: n }, () => { x = (x * 1103515245 + 12345) % 2147483648; return alphabet[x % alphabet.length]; }).join('');
  const hex = '0123456789abcdef';
  const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [rand(hex, 32), rand(hex, 40), rand(hex, 64), rand(alnum, 20), rand(alnum, 32), rand(alnum, 40), rand(alnum, 64), rand(alnum + '+/', 40), rand(alnum.slice(26), 20), rand('0123456789', 12)].map((p) => ` ${p} `);
})();
function keyless(rule) {
  return PROBES.some((p) => { rule.re.lastIndex = 0; return rule.re.test(p); });
}

// rules: [{rule, regex|pattern, entropy, identifier, generic}]
export function markCases(cases, rules) {
  const positives = new Map(); // text -> set of rules with it as a positive
  for (const c of cases) if (c.kind === 'tp') positives.set(c.text.trim(), new Set([...(positives.get(c.text.trim()) ?? []), c.rule]));
  const compiled = rules
    .filter((r) => !r.generic && !r.identifier)
    .map((r) => ({ ...r, re: toJsRegex(r.regex ?? r.pattern) }))
    .filter((r) => r.re && !keyless(r));
  const identifierRules = new Set(rules.filter((r) => r.identifier).map((r) => r.rule));
  for (const c of cases) {
    if (c.kind === 'tp' && identifierRules.has(c.rule)) {
      c.adjust = 'identifier';
      c.adjustReason = 'the source rule detects an identifier, not a secret';
      continue;
    }
    if (c.kind !== 'fp') continue;
    const same = [...(positives.get(c.text.trim()) ?? [])].filter((r) => r !== c.rule);
    if (same.length) {
      c.adjust = 'other-secret';
      c.adjustReason = `positive of ${same.sort()[0]} in the same source`;
      continue;
    }
    if (c.text.length > 20000) continue;
    for (const r of compiled) {
      if (r.rule === c.rule) continue;
      r.re.lastIndex = 0;
      let hit = null;
      for (const m of c.text.matchAll(r.re)) {
        const secret = m.slice(1).find((g) => g !== undefined) ?? m[0];
        if (secret.length >= 8 && entropy(secret) >= (r.entropy || 0)) { hit = r.rule; break; }
        if (m[0] === '') break;
      }
      if (hit) {
        c.adjust = 'other-secret';
        c.adjustReason = `matched by ${hit}'s pattern`;
        break;
      }
    }
  }
  return cases;
}

// gitleaks' generic-api-key rule as an outside judge of "a secret assigned to a secret-like
// name": its regex and entropy, and the parts of its allowlist that matter (a digit, no stop word).
export function genericJudge(gitleaks) {
  const rule = gitleaks.rules.find((r) => r.rule === 'generic-api-key');
  const re = rule && toJsRegex(rule.regex);
  if (!re) return null;
  const stopWords = gitleaks.stopWords.map((w) => w.toLowerCase());
  return (text) => {
    if (text.length > 20000) return false;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const secret = m.slice(1).find((g) => g !== undefined) ?? m[0];
      if (entropy(secret) < rule.entropy || !/[0-9]/.test(secret)) continue;
      const lower = secret.toLowerCase();
      if (stopWords.some((w) => lower.includes(w))) continue;
      return true;
    }
    return false;
  };
}

export function markGenericSecrets(cases, judge, ownGenericRule) {
  for (const c of cases) {
    if (c.kind !== 'fp' || c.adjust || c.rule === ownGenericRule || !judge(c.text)) continue;
    c.adjust = 'generic-secret';
    c.adjustReason = "gitleaks' generic-api-key rule reports it: a secret-shaped value assigned to a secret-like name";
  }
}
