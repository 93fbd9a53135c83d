// Secret logging: a print or log call that interpolates or concatenates a secret-named variable, or a
// variable this file assigned a detected secret to. `print(f"key={AGENT_API_KEY}")` is one.
import { identifierWords, isSecretObjectName, isStrongSecretName, lastDottedPart } from './names.js';
import { insideTemplateAction, lineBounds } from './lines.js';
import { skipBlanks } from './char-class.js';

/** Print and log calls across languages. Linear: alternatives of literals, no nested repetition. */
export const LOG_CALL =
  /\b(?:print|println|printf|puts|echo|console\.(?:log|info|warn|error|debug|trace)|(?:logger|logging|log|LOG|LOGGER|Log|Logger|_logger|_log|slog|logrus|zap|winston|log4j|syslog)\.(?:debug|info|warn|warning|error|critical|fatal|trace|log|exception|notice|verbose|Debug|Info|Warn|Warning|Error|Fatal|Trace|Print|Printf|Println|Debugf|Infof|Warnf|Warningf|Errorf|Fatalf|Tracef|Debugw|Infow|Warnw|Errorw|Fatalw|d|i|w|e|v)|fmt\.(?:Print|Println|Printf|Fprint|Fprintf|Fprintln)|System\.(?:out|err)\.print(?:ln|f)?|Console\.Write(?:Line)?|Write-(?:Host|Output|Verbose|Debug|Information|Warning)|error_log|var_dump|print_r|NSLog|Debug\.Log)\b/;

export const LOG_KEYWORDS = ['print', 'puts', 'echo', 'log', 'console.', 'write-', 'var_dump', 'fmt.'];

/** Every LOG_CALL match starts with one of these (ASCII case-insensitively). */
export const LOG_ANCHORS = [
  'print', 'puts', 'echo', 'console.', 'log', '_log', 'slog', 'syslog', 'zap.', 'winston.', 'fmt.', 'system.', 'write-',
  'error_log', 'var_dump', 'nslog', 'debug.log',
];

/**
 * Every secret-like name contains one of these (ASCII case-insensitively): each strong secret word,
 * strong suffix and strong word pair of `names.ts` does (`personal access` through `personal`).
 */
export const SECRET_NAME_WORDS = ['pass', 'pwd', 'secret', 'token', 'key', 'credential', 'creds', 'personal'];

/** Calls that only reveal a property of the value, not the value. */
const SAFE_WRAPPERS = new Set([
  'len', 'length', 'size', 'count', 'mask', 'redact', 'redacted', 'hash', 'sha256', 'sha1', 'md5', 'hashlib', 'bool',
  'type', 'typeof', 'isinstance', 'isset', 'empty', 'is_null', 'strlen', 'bool', 'Boolean', 'hmac', 'fingerprint',
  'obfuscate', 'sanitize', 'censor', 'hide', 'anonymize', 'truncate_secret', 'mask_secret', 'TypeOf',
]);

const NOT_NAMES = new Set([
  'f', 'r', 'b', 'u', 'rf', 'fr', 'True', 'False', 'None', 'true', 'false', 'null', 'nil', 'undefined', 'and', 'or',
  'not', 'in', 'is', 'new', 'this', 'self', 'if', 'else', 'end', 'sep', 'file', 'flush', 'end', 'os', 'sys',
]);

const ENV_ACCESS = /^(?:os\.)?(?:getenv|environ(?:\.get)?|ENV(?:\.fetch)?|System\.getenv|Environment\.GetEnvironmentVariable|env)$/;

export interface LoggedSecret {
  /** Variable (or environment variable) name as written. */
  name: string;
  /** Offset of the reference in the file. */
  offset: number;
  /** The file assigned a detected secret to this name (else: the name alone is secret-like). */
  tainted: boolean;
}

interface Reference {
  name: string;
  offset: number;
}

/**
 * A call without parentheses (`echo "$TOKEN"`, `puts token`) counts only at the start of a statement
 * and with an argument that starts like one (a quote, `$`, or a name), so prose such as
 * "print out the token" is not a call.
 */
function statementStart(text: string, lineStart: number, at: number, argAt: number): boolean {
  const before = text.slice(lineStart, at);
  if (!/^(?:\s*|.*(?:&&|\|\||;|\bthen|\bdo|run:|-)\s*)$/.test(before)) return false;
  const c = text[argAt] as string;
  return c === '"' || c === "'" || c === '$' || /[A-Za-z_]/.test(c);
}

/** End of the call's argument list: the matching parenthesis (string-aware), else the end of the line. */
function argumentsEnd(text: string, open: number, limit: number): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < limit; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      else if (c === '\n' && quote !== '`') quote = '';
      continue;
    }
    if ((c === '"' || c === "'") && text.startsWith(c + c + c, i)) {
      // A Python triple-quoted string: skip to its end, newlines and all.
      const inWindow = text.slice(i + 3, limit).indexOf(c + c + c);
      if (inWindow === -1) return limit;
      i = i + 3 + inWindow + 2;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return limit;
}

const INTERPOLATIONS = [
  /\$\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}/g, // ${name} (JS, shell, Kotlin, Groovy)
  /#\{\s*([A-Za-z_@][\w]*(?:\.[A-Za-z_][\w]*)*)\s*\}/g, // #{name} (Ruby)
  /(?<![{$#])\{\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)\s*(?:![rsa])?\s*(?::[^{}]{0,40})?\}(?!\})/g, // {name} (f-strings, C#)
];
/** `$name` inside a string (shell, PHP, Kotlin, Groovy, Dart, Perl); elsewhere it is text. */
const DOLLAR_INTERPOLATION = /\$([A-Za-z_][\w]*)/g;
const WITH_DOLLAR = [...INTERPOLATIONS, DOLLAR_INTERPOLATION];

/** How a file's language writes strings and calls, as far as finding a logged variable goes. */
export interface LogSyntax {
  /** `"... $NAME ..."` expands the variable (not in JS, Go, Java, Python, C#, Rust, C or Swift strings, where it is text). */
  dollarInterpolation: boolean;
  /** `echo x`, `print x`, `puts x` without parentheses are calls (not in JS, Go, Java, C#, Rust, C or Swift: there such text sits in a string or a comment). */
  barewordCalls: boolean;
}

const SHELL_LIKE: LogSyntax = { dollarInterpolation: true, barewordCalls: true };
/** Languages whose strings never expand `$name` and whose calls always take parentheses. */
const PARENTHESISED = new Set(['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'go', 'java', 'cs', 'rs', 'c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'swift']);

export function logSyntaxOf(path: string): LogSyntax {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (PARENTHESISED.has(ext)) return { dollarInterpolation: false, barewordCalls: false };
  // Python 3 strings do not expand `$name`; Python 2's `print x` is still a statement.
  if (ext === 'py' || ext === 'pyi') return { dollarInterpolation: false, barewordCalls: true };
  return SHELL_LIKE;
}

/** Variables referenced by an argument list: identifiers outside strings and interpolations inside. */
function references(text: string, start: number, end: number, syntax: LogSyntax): Reference[] {
  const refs: Reference[] = [];
  let i = start;
  while (i < end) {
    const c = text[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      const triple = c !== '`' && text.startsWith(c + c + c, i);
      let j = i + (triple ? 3 : 1);
      if (triple) {
        const inWindow = text.slice(j, end).indexOf(c + c + c);
        j = inWindow === -1 ? end : j + inWindow + 2;
      } else while (j < end && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      const body = text.slice(i + 1, Math.min(j, end));
      for (const re of syntax.dollarInterpolation ? WITH_DOLLAR : INTERPOLATIONS) {
        re.lastIndex = 0;
        for (let m = re.exec(body); m; m = re.exec(body)) {
          const name = m[1] as string;
          if (/^\d/.test(name)) continue;
          // `\$VAR` is written as the text `$VAR` (for a script the line generates), not expanded.
          if (m.index > 0 && body[m.index - 1] === '\\') continue;
          refs.push({ name, offset: i + 1 + m.index + (m[0] as string).indexOf(name) });
        }
      }
      i = j + 1;
      continue;
    }
    if (c === '$' && text[i - 1] === '\\') {
      i++; // `\$VAR`: the text `$VAR`, not its value
      continue;
    }
    if (c === '$' && /[A-Za-z_{]/.test(text[i + 1] ?? '')) {
      const m = /^\$\{?([A-Za-z_][\w]*)\}?/.exec(text.slice(i, Math.min(end, i + 200)));
      // `$token->attr(...)` (Perl, PHP): a method or property of the value, not the value.
      if (m && text.startsWith('->', i + (m[0] as string).length)) {
        i += (m[0] as string).length;
        continue;
      }
      if (m) {
        refs.push({ name: m[1] as string, offset: i + (m[0] as string).indexOf(m[1] as string) });
        i += (m[0] as string).length;
        continue;
      }
    }
    if (/[A-Za-z_]/.test(c) && (i === start || !/[\w$.]/.test(text[i - 1] as string))) {
      const m = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(text.slice(i, Math.min(end, i + 300)));
      const chain = (m as RegExpExecArray)[0] as string;
      const k = skipBlanks(text, i + chain.length, end);
      const next = text[k];
      if (next === '(' || next === '[') {
        if (ENV_ACCESS.test(chain)) {
          // os.getenv("API_KEY"), os.environ["API_KEY"]: the environment variable is the secret.
          const arg = /^[([]\s*["']([A-Za-z_][\w]*)["']/.exec(text.slice(k, Math.min(end, k + 200)));
          if (arg) refs.push({ name: arg[1] as string, offset: k + (arg[0] as string).indexOf(arg[1] as string) });
          i = argumentsEnd(text, k, end) + 1;
          continue;
        }
        const callee = lastDottedPart(chain);
        if (next === '(' && SAFE_WRAPPERS.has(callee)) {
          i = argumentsEnd(text, k, end) + 1;
          continue;
        }
        if (next === '(') {
          i = k + 1; // look inside the call's arguments, not at the callee
          continue;
        }
      }
      const rest = text.slice(k, Math.min(end, k + 8));
      const before = text.slice(Math.max(start, i - 6), i);
      // Compared, tested or used as an object key: the value itself is not printed.
      const compared = /^(?:[=!]==?|[<>]=?|is\b|\?\?|\|\||&&|:(?!:))/.test(rest) || /(?:[=!]==?|[<>]=?|!)\s*$/.test(before);
      if (!compared && !NOT_NAMES.has(chain)) refs.push({ name: chain, offset: i });
      i += chain.length;
      continue;
    }
    i++;
  }
  return refs;
}

const MESSAGE_PREFIXES = new Set(['log', 'err', 'msg']);

/** A name that reads like a secret in a log line (not `tokens`, `token_count`, `password.length`). */
function secretLike(name: string): boolean {
  const last = lastDottedPart(name);
  if (!isStrongSecretName(last)) return false;
  const words = identifierWords(last);
  if (words.some((w) => w === 'tokens' || w === 'secrets' || w === 'passwords')) return false;
  // A message or error constant about a secret (`logErrorPatchSecret`, `errInvalidToken`, `msgNoPassword`).
  if (words.length > 1 && MESSAGE_PREFIXES.has(words[0] as string)) return false;
  return !storageLookupKey(words) && !isSecretObjectName(last) && !entityToken(name);
}

/** Commerce records whose `token` is their public identifier (Saleor's and Shopify's checkouts, carts and orders). */
const TOKEN_ID_OWNERS = new Set(['checkout', 'cart', 'basket', 'order', 'transaction', 'item', 'invoice']);

/**
 * `checkout_info.checkout.token`, `transaction_item.token`: the token of a checkout, cart, order or
 * transaction record is the record's id (a UUID in its URLs), not a credential. Only a bare `token`
 * under such an owner: `order.access_token` or `checkout.payment_secret` still count.
 */
function entityToken(chain: string): boolean {
  const segments = chain.split('.');
  if (segments.length < 2 || segments[segments.length - 1] !== 'token') return false;
  const ownerWords = identifierWords(segments[segments.length - 2] as string);
  return TOKEN_ID_OWNERS.has(ownerWords[ownerWords.length - 1] as string);
}

/**
 * `storageKey` in a log line names where an object is stored (kserve logs its model cache's
 * `storageKey` at every step); Azure's credential is the storage *account* key. Only the bare pair
 * is set aside: `storageAccountKey`, `azureStorageKey` or any other secret word still count.
 */
function storageLookupKey(words: readonly string[]): boolean {
  const at = words.indexOf('storage');
  if (at < 0 || words[at + 1] !== 'key') return false;
  if (words.includes('account') || words.includes('azure')) return false;
  const rest = [...words.slice(0, at), ...words.slice(at + 2)];
  return rest.length === 0 || !isStrongSecretName(rest.join('_'));
}

const LOG_CALL_GLOBAL = new RegExp(LOG_CALL.source, 'g');
const LOG_CALL_STICKY = new RegExp(LOG_CALL.source, 'y');

/**
 * The first LOG_CALL match at or after `re.lastIndex`: a global search, or with `starts` (every
 * offset a match can start at, ascending) the sticky pattern tried at those offsets only. Either way
 * `re.lastIndex` ends up after the match.
 */
function nextCall(text: string, starts: readonly number[] | undefined, cursor: { re: RegExp; k: number }): RegExpExecArray | null {
  const re = cursor.re;
  if (starts === undefined) return re.exec(text);
  const from = re.lastIndex;
  let k = cursor.k;
  while (k > 0 && (starts[k - 1] as number) >= from) k--;
  for (; k < starts.length; k++) {
    const p = starts[k] as number;
    if (p < from) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m !== null) {
      cursor.k = k + 1;
      return m;
    }
  }
  cursor.k = k;
  re.lastIndex = 0;
  return null;
}

/**
 * An ACME HTTP-01 solver: its token and key authorization are served to anyone who asks for
 * `/.well-known/acme-challenge/<token>`, so logging them leaks nothing (cert-manager, lego, certbot).
 */
const ACME_CHALLENGE = /acme-challenge|\bhttp-?01(?!\d)/i;

/** Code about lexing, where a token is a piece of source text. */
const LEXER = /tokeni[sz](?:e|er|ing)\b|\blexer\b|\btok_name\b|\bTokenType\b/;

/**
 * A secret-like name that here means something else: `pwd` / `$PWD` is the working directory,
 * in a tokenizer a token is a lexeme, and in an ACME HTTP-01 solver a token or key is the public
 * challenge.
 */
function otherMeaning(name: string, isLexer: () => boolean, isAcmeSolver: () => boolean): boolean {
  const last = lastDottedPart(name);
  if (/^pwd$/i.test(last)) return true;
  // `pwdPackage`, `PWD_DIR`: the working directory's package or folder.
  const words = identifierWords(last);
  if (words.includes('pwd') && words.some((w) => w === 'package' || w === 'dir' || w === 'folder' || w === 'path' || w === 'cwd' || w === 'work')) return true;
  if ((words.includes('token') || words.includes('key')) && isAcmeSolver()) return true;
  return words.includes('token') && isLexer();
}

/** Whether `at` falls inside a shell single-quoted string that starts at or after `from` on its line. */
function insideSingleQuotes(text: string, from: number, at: number): boolean {
  let quote = '';
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (quote === "'") {
      if (c === "'") quote = '';
    } else if (c === '\\') i++;
    else if (c === '"') quote = quote === '"' ? '' : '"';
    else if (c === "'" && quote === '') quote = "'";
  }
  return quote === "'";
}

const COBRA_IMPORT = /^\s*(?:import\s+)?(?:\w+\s+)?"github\.com\/spf13\/cobra"/m;

/** The first argument of `fmt.Fprint*` is a process stream or a logger: `os.Stderr`, `streams.ErrOut`, `logWriter`. */
function writesToStream(args: string): boolean {
  const target = /^\s*&?([\w.]+)\s*,/.exec(args)?.[1];
  if (target === undefined) return true;
  const last = lastDottedPart(target);
  return /^(?:stdout|stderr|out|errout|err|output)$/i.test(last) || /log/i.test(last);
}

const COMMENTED = /^[ \t]*(?:\/\/|\/\*|\*|#|--|<!--|;|rem[ \t])/i;
const CALLBACK = /\bfunction\b|=>|\blambda\b/;

/**
 * Secret-named or secret-holding variables written by print/log calls. `tainted` holds the names
 * this file assigned a detected secret to. `starts`, when given, holds every offset (ascending) at
 * which a log call can start (see LOG_ANCHORS), so the pattern is tried there only.
 */
/** Shell variables this file assigns a path to (`KEY_FILE=/run/secrets/key`, `TOKEN="$HOME/.token"`): printing them prints a path. */
const PATH_ASSIGNMENT = /(?:^|[\s;(])(?:export[ \t]+|local[ \t]+|readonly[ \t]+)?([A-Za-z_][\w]*)=["']?(?:\/|~\/|\.\.?\/|\$\{?HOME\b|\$\{?PWD\b)/gm;

/**
 * A shell variable called just `secret` given a Kubernetes object name (`secret=webhook-server-cert`,
 * `[ -z "$secret" ] && secret=kserve-webhook-server-cert`): scripts that create or patch a Secret keep
 * its name there, so printing it prints the name.
 */
const SECRET_NAME_ASSIGNMENT = /(?:^|[\s;(&|])(?:export[ \t]+|local[ \t]+|readonly[ \t]+)?(secret|SECRET)=["']?[a-z0-9]+(?:[.-][a-z0-9]+)+["']?(?=[ \t]*(?:$|[;#&|)]))/gm;

/**
 * A variable passed to an environment lookup holds a variable's name: `os.Getenv(TempoAccessPolicyToken)`,
 * `process.env[tokenVar]`, `os.environ.get(PASSWORD_ENV)`; printing it prints that name.
 */
const ENV_LOOKUP_KEY = /\b(?:Getenv|LookupEnv|getenv|environ\.get|System\.getenv|GetEnvironmentVariable)\(\s*([A-Za-z_][\w]*)\s*[,)]|\b(?:process\.env|os\.environ|ENV)\[\s*([A-Za-z_][\w]*)\s*\]/g;

function nameOrPathVariables(text: string): Set<string> {
  const names = new Set<string>();
  ENV_LOOKUP_KEY.lastIndex = 0;
  for (let m = ENV_LOOKUP_KEY.exec(text); m; m = ENV_LOOKUP_KEY.exec(text)) names.add((m[1] ?? m[2]) as string);
  for (const re of [PATH_ASSIGNMENT, SECRET_NAME_ASSIGNMENT]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) names.add(m[1] as string);
  }
  return names;
}

/**
 * The line sits in a brace group or subshell whose output goes to a file: `{ echo "k=$API_KEY"; ... } >> "$GITHUB_OUTPUT"`.
 * Looks at most 20 lines ahead for the closing `}` or `)` at the start of a line.
 */
function groupRedirected(text: string, lineEnd: number): boolean {
  let at = lineEnd;
  for (let k = 0; k < 20 && at < text.length; k++) {
    const next = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, next === -1 ? text.length : next);
    const close = /^[ \t]*[})][ \t]*(.*)$/.exec(line);
    if (close) return /^(?:>>?|\d>>?)[ \t]*\S/.test(close[1] as string);
    at = next === -1 ? text.length : next;
  }
  return false;
}

export function findSecretLogging(text: string, tainted: ReadonlySet<string>, starts?: readonly number[], syntax: LogSyntax = SHELL_LIKE): LoggedSecret[] {
  const out: LoggedSecret[] = [];
  let paths: Set<string> | undefined;
  const holdsNameOrPath = (name: string) => (paths ??= nameOrPathVariables(text)).has(name);
  const re = starts === undefined ? LOG_CALL_GLOBAL : LOG_CALL_STICKY;
  re.lastIndex = 0;
  const cursor = { re, k: 0 };
  // Asked at most once per file: a whole-file search per log call would make the scan quadratic.
  let lexer: boolean | undefined;
  let cobra: boolean | undefined;
  const isLexer = () => (lexer ??= LEXER.test(text));
  let acme: boolean | undefined;
  const isAcmeSolver = () => (acme ??= ACME_CHALLENGE.test(text));
  for (let m = nextCall(text, starts, cursor); m; m = nextCall(text, starts, cursor)) {
    const call = m[0] as string;
    const at = m.index;
    const [lineStart, lineEnd] = lineBounds(text, at);
    if (lineEnd - lineStart > 5000) {
      re.lastIndex = lineEnd;
      continue;
    }
    // A commented-out or documented call (`// console.log(token)`, ` * print(password)`) never runs.
    if (COMMENTED.test(text.slice(lineStart, at))) continue;
    // Inside a Go/Helm template action `print`/`printf` return a value (`{{ print (tpl $x .) }}`): nothing is logged.
    if (/^print/.test(call) && insideTemplateAction(text.slice(lineStart, at))) continue;
    // A cobra command's fmt output is what its user asked to see (`argocd account generate-token`
    // prints the token); its log calls still count.
    if (call.startsWith('fmt.') && (cobra ??= COBRA_IMPORT.test(text))) continue;
    const k = skipBlanks(text, at + call.length, lineEnd);
    // `fmt.Fprintf(h, ...)` into a hash, a buffer or an HTTP response is not a log line.
    if (call.startsWith('fmt.F') && text[k] === '(' && !writesToStream(text.slice(k + 1, Math.min(lineEnd, k + 200)))) continue;
    let argsStart: number;
    let argsEnd: number;
    if (text[k] === '(') {
      argsStart = k + 1;
      argsEnd = argumentsEnd(text, k, Math.min(text.length, k + 2000));
    } else if (syntax.barewordCalls && /^(?:print|puts|echo|printf|Write-)/.test(call) && k < lineEnd && k > at + call.length && statementStart(text, lineStart, at, k)) {
      argsStart = k;
      argsEnd = lineEnd;
    } else {
      continue;
    }
    if (call === 'echo' || call === 'printf') {
      if (groupRedirected(text, lineEnd)) continue;
      const line = text.slice(lineStart, lineEnd);
      // Masking a value, piping it to a command or redirecting it to a file is not logging it.
      if (/add-mask|::add-mask::/.test(line)) continue;
      const outside = line.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '""');
      if (/\||>/.test(outside.slice(outside.indexOf(call)))) continue;
    }
    // A callback passed to the call (a JSON.stringify replacer, a map function) is not printed.
    const callback = CALLBACK.exec(text.slice(argsStart, argsEnd));
    if (callback) argsEnd = argsStart + callback.index;
    // Code shown in HTML (`printf(&quot;...&quot;)`): its quoting is escaped, its words are prose.
    if (text.slice(argsStart, argsEnd).includes('&quot;')) continue;
    // A shell `echo word` prints the word itself; only `$VAR` is a variable there.
    const shellWords = (call === 'echo' || call === 'printf' || call.startsWith('Write-')) && argsEnd === lineEnd;
    // A test tally (`rc.Pass, rc.Fail, rc.Warn`): `pass` there counts passed checks.
    const tally = /\bfail(?:ed|s|ures?)?\b/i.test(text.slice(argsStart, argsEnd));
    for (const ref of references(text, argsStart, argsEnd, syntax)) {
      if (tally && /^pass(?:ed|es)?$/i.test(lastDottedPart(ref.name))) continue;
      // `fmt.Sprintf("%T", key)` prints the value's type.
      if (/Sprintf\(\s*"%T"\s*,\s*\*?$/.test(text.slice(Math.max(argsStart, ref.offset - 40), ref.offset))) continue;
      if (shellWords && text[ref.offset - 1] !== '$' && text[ref.offset - 1] !== '{') continue;
      // `echo 'Adding $ELASTIC_PASSWORD to the keystore'`: single quotes print the name, unexpanded.
      if (shellWords && insideSingleQuotes(text, argsStart, ref.offset)) continue;
      const isTainted = tainted.has(ref.name) || tainted.has(lastDottedPart(ref.name));
      if (isTainted) out.push({ name: ref.name, offset: ref.offset, tainted: true });
      else if (secretLike(ref.name) && !otherMeaning(ref.name, isLexer, isAcmeSolver) && !holdsNameOrPath(ref.name)) out.push({ name: ref.name, offset: ref.offset, tainted: false });
    }
    re.lastIndex = Math.max(re.lastIndex, argsEnd);
  }
  return out;
}
