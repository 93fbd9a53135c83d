// Credentials on an HTTP client's command line, in a header or in its credentials file:
// `curl -u user:password`, `curl --user key:` (an API key as the user name),
// `Authorization: Api-Token <token>`, `.netrc` entries.
// One-offs by nature: each rule reads one syntax (a .netrc entry, a curl option, a header), so
// each is a `defineRule` of its own rather than a builder's.
import { isPlaceholderOrReference } from '../placeholders.js';
import { lineBounds } from '../lines.js';
import { defineRule, type ExtractContext, type ExtractedSecret, type SecretRule } from '../rule.js';

/** How many `\`-continued lines back the `curl` of a `-u` may be. */
const MAX_CONTINUED_LINES = 6;

/** Whether the command that `-u` at `at` belongs to is a curl call (same line or `\`-continued lines above). */
function inCurlCommand(text: string, at: number): boolean {
  let [start] = lineBounds(text, at);
  let segment = text.slice(start, at + 1); // `at` is the blank before -u: `curl -u` is one segment
  for (let i = 0; ; i++) {
    if (/(?:^|[\s;|&(`"'$])curl(?:\.exe)?[ \t]/.test(segment)) return true;
    if (i >= MAX_CONTINUED_LINES || start === 0) return false;
    const [prevStart, prevEnd] = lineBounds(text, start - 1);
    if (!/\\[ \t]*$/.test(text.slice(prevStart, prevEnd))) return false;
    segment = text.slice(prevStart, prevEnd);
    start = prevStart;
  }
}

interface ShellWord {
  /** The word with quotes removed. */
  value: string;
  /** Offset in the text of each character of `value`. */
  at: number[];
}

/** One shell word starting at `pos`: unquoted, '...' and "..." parts glued together, up to whitespace. */
function shellWord(text: string, pos: number, end: number): ShellWord | undefined {
  let value = '';
  const at: number[] = [];
  let i = pos;
  while (i < end) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t') break;
    if (c === '"' || c === "'") {
      // Searched within the word's window only: an unclosed quote must not cost a search to the end of the file.
      const inWindow = text.slice(i + 1, end).indexOf(c);
      if (inWindow === -1) return undefined;
      const close = i + 1 + inWindow;
      for (let j = i + 1; j < close; j++) {
        value += text[j];
        at.push(j);
      }
      i = close + 1;
      continue;
    }
    value += c;
    at.push(i);
    i++;
  }
  return value.length > 0 ? { value, at } : undefined;
}

/** `user:password` (report the password) or `apikey:` (report the key used as the user name). */
function curlCredential(m: RegExpExecArray, ctx: ExtractContext): ExtractedSecret | undefined {
  const { text } = ctx;
  const [, lineEnd] = lineBounds(text, m.index);
  if (!inCurlCommand(text, m.index)) return undefined;
  const word = shellWord(text, m.index + m[0].length, Math.min(lineEnd, m.index + m[0].length + 600));
  if (!word || isPlaceholderOrReference(word.value)) return undefined;
  const colon = word.value.indexOf(':');
  if (colon === -1) return undefined; // curl prompts for the password
  const user = word.value.slice(0, colon);
  const password = word.value.slice(colon + 1);
  if (/\s/.test(password)) return undefined; // prose or a template with spaces
  if (password.length > 0) {
    if (password.length < 4) return undefined;
    return { secret: password, start: word.at[colon + 1] as number, message: 'Password in a curl -u/--user credential' };
  }
  // `-u sk_live_...:` — the API key is the user name and the password is empty (Stripe, Mailgun...).
  const classes = (/[a-z]/.test(user) ? 1 : 0) + (/[A-Z]/.test(user) ? 1 : 0) + (/[0-9]/.test(user) ? 1 : 0);
  if (user.length < 8 || /\s/.test(user) || classes < 2) return undefined;
  return { secret: user, start: word.at[0] as number, message: 'API key as the user name of a curl -u/--user credential' };
}

/** Authorization schemes the generic rule does not read (it knows Bearer, Basic, Token and Bot). */
const OTHER_SCHEMES = 'Api-?Token|Api-?Key|SSWS|GenieKey|Klaviyo-API-Key|DeepL-Auth-Key|Splunk|Key';

/** A `.netrc` password that is a template slot rather than a value: printf `%s`, `{{ x }}`, `<%= x %>`. */
const NETRC_SLOT = /^(?:%[-+ #0-9.]*[a-z]|\{\{|\{%|<%|\$\{)/i;

export const HTTP_AUTH_RULES: SecretRule[] = [
  defineRule({
    // `machine <host> login <user> password <secret>` (curl, git, pip, ftp read it), on one line or
    // one token pair per line; the engine drops placeholders and $VARIABLE references.
    id: 'netrc-credentials',
    family: 'connection-string',
    description: 'Password in a .netrc entry',
    severity: 'high',
    keywords: ['machine'],
    anchored: true,
    pattern: /machine[ \t]{1,10}[^\s]{1,255}\s{1,40}login[ \t]{1,10}[^\s]{1,255}\s{1,40}password[ \t]{1,10}([^\s"'`]{1,255})/,
    boundary: '^\\s"\'`',
    validate: (secret) => !NETRC_SLOT.test(secret) && /[A-Za-z0-9]/.test(secret),
    inContext: (ctx) => ctx.matchStart === 0 || !/[A-Za-z0-9_]/.test(ctx.text[ctx.matchStart - 1] as string),
    specificity: 2,
  }),
  defineRule({
    id: 'curl-user-credentials',
    family: 'connection-string',
    description: 'Credentials in a curl -u/--user option',
    severity: 'high',
    keywords: ['curl'],
    // Tried only where `-u` / `--user` occurs (one blank before it, or the start of a continued
    // line), not at every blank of the file.
    anchored: true,
    anchors: ['-u', '--user'],
    anchorBack: 1,
    pattern: /(?:^|[ \t])(?:-u|--user)(?:=|[ \t]{1,5})/m,
    extract: curlCredential,
    specificity: 2,
  }),
  defineRule({
    id: 'http-authorization-api-token',
    family: 'connection-string',
    description: 'Token in an Authorization header',
    severity: 'high',
    keywords: ['authorization'],
    anchored: true,
    pattern: new RegExp(`authorization["']?[ \\t]{0,5}[:=][ \\t]{0,5}["']?(?:${OTHER_SCHEMES})[ \\t]{1,5}([A-Za-z0-9._~+/=:-]{16,400})`, 'i'),
    boundary: 'A-Za-z0-9._~+/=:-',
    minEntropy: 3,
    specificity: 2,
  }),
];
