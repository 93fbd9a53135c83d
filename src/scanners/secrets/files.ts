// What kind of file a path is, as far as the generic assignment rule cares.

const CODE_EXTENSIONS = new Set([
  'py', 'pyi', 'js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts', 'go', 'java', 'kt', 'kts', 'scala', 'groovy',
  'gradle', 'cs', 'fs', 'vb', 'rb', 'php', 'swift', 'rs', 'c', 'cc', 'cpp', 'cxx', 'h', 'hh', 'hpp', 'm', 'mm', 'dart',
  'lua', 'pl', 'pm', 'ex', 'exs', 'erl', 'clj', 'cljs', 'r', 'jl', 'vue', 'svelte', 'astro', 'tf', 'hcl', 'bicep',
  'ps1', 'psm1', 'sol', 'zig', 'nim', 'cr', 'elm', 'hs', 'ml', 'sql', 'graphql', 'gql', 'proto', 'prisma', 'thrift',
  'tcc', 'tpp', 'ipp', 'inl', 'hxx', 'cu', 'cuh', 'td', 'ino', 'vala', 'd', 'pas', 'f90', 'v', 'sv',
]);

/**
 * Paths whose name says nothing of their format (`.txt`, no extension), where pasted configuration
 * lands: format-bound rules (XML, Terraform, Gradle) read them too. A regex source, to add to theirs.
 */
export const UNTYPED_PATH = String.raw`\.txt$|(?:^|\/)[^./]+$`;

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/**
 * Source code: an unquoted right-hand side is an expression (a variable, a call), never a literal.
 * Everything else (YAML, .env, INI, properties, shell, Dockerfile, text) takes bare values literally.
 */
export function isCodeFile(path: string): boolean {
  const ext = extensionOf(path);
  // C++ standard headers have no extension (`include/c++/12/barrier`, or `c++/12/barrier` below /usr/include).
  return CODE_EXTENSIONS.has(ext) || (ext === '' && /(?:^|\/)(?:include|c\+\+)\//.test(path));
}

/**
 * C, C++, C# and Objective-C, where `'` quotes one character, so `'...'` of several is no string.
 * (Go, Java and Rust quote one character so too; they are not included yet, for want of a sample of
 * real code to check the change on.)
 */
const CHAR_QUOTE_EXTENSIONS = new Set(['c', 'h', 'cc', 'cpp', 'cxx', 'hh', 'hpp', 'hxx', 'cs', 'm', 'mm']);

export function singleQuoteIsCharacter(path: string): boolean {
  return CHAR_QUOTE_EXTENSIONS.has(extensionOf(path));
}

const LOCKFILE =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lockb?|deno\.lock|Cargo\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|composer\.lock|Gemfile\.lock|go\.sum|go\.work\.sum|gradle\.lockfile|packages\.lock\.json|mix\.lock|pubspec\.lock|Podfile\.lock|flake\.lock|Package\.resolved)$/;

const I18N =
  /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|languages|translations?)\/|\.(?:po|pot|xliff|xlf|resx|strings|arb)$|(?:^|\/)(?:messages|strings|translations?)(?:[._-][A-Za-z]{2}(?:[-_][A-Za-z]{2})?)?\.(?:json|properties|ya?ml)$|(?:^|\/)[a-z]{2}(?:[-_][A-Z]{2})?\.json$/;

const LOCALE_DIR =
  /(?:^|\/)(?:en|de|fr|es|it|pt|pt-br|ja|ko|zh|zh-cn|zh-tw|zh-hans|zh-hant|ru|pl|nl|sv|tr|cs|da|fi|nb|no|hu|uk|ar|he|hi|id|th|vi|ro|el|bg|ca|hr|sk|sl|lt|lv|et|ms|fa)(?:[-_][A-Za-z]{2,4})?\/[^/]+\.(?:json|properties|ya?ml|xml|strings)$/i;

/**
 * Generated output: source maps, minified bundles, snapshots, and generated code (protobuf and gRPC
 * stubs, Kubernetes deepcopy and client code), whose struct tags and constants name fields; and the
 * package manager's own bundle that Yarn Berry projects commit (`.yarn/releases/yarn-4.9.2.cjs`).
 */
const GENERATED =
  /(?:^|\/)\.yarn\/(?:releases|plugins)\/.+\.c?js$|\.(?:map|min\.js|min\.css|min\.mjs|snap)$|(?:^|\/)(?:dist|build)\/[^/]*\.(?:js|mjs|cjs)$|\.pb(?:\.gw)?\.go$|_pb2(?:_grpc)?\.pyi?$|\.pb\.(?:cc|h)$|_pb\.(?:js|d\.ts)$|(?:^|\/)zz_generated[\w.-]*\.go$|_generated\.go$|\.gen\.go$/;

/**
 * Vendored third-party code: Go's `vendor/` (also a jsonnet bundle's), `node_modules/`, Bower's
 * packages. Its constants and test recordings are another project's; a provider-shaped or
 * verified credential there is still found by the other rules.
 */
const VENDORED = /(?:^|\/)(?:vendor|node_modules|bower_components)\//;

export function isVendored(path: string): boolean {
  return VENDORED.test(path);
}

/**
 * Lockfiles, translation catalogues, generated bundles and vendored code: assignments there are
 * package metadata, UI labels, compiler output and other projects' code, so the generic rule and
 * the secret-logging check skip them.
 */
export function skipGenericFor(path: string): boolean {
  // Asked once per candidate assignment, so for the same file many times in a row.
  if (path !== lastPath) {
    lastPath = path;
    lastSkip = LOCKFILE.test(path) || I18N.test(path) || LOCALE_DIR.test(path) || GENERATED.test(path) || VENDORED.test(path);
  }
  return lastSkip;
}
let lastPath: string | undefined;
let lastSkip = false;
