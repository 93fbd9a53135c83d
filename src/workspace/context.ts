// Where a file sits decides how loud its findings are: fixtures, examples and docs rank lower by policy.

/** Where a file sits: application source, or test, example or documentation material. */
export type FileContext = 'source' | 'test' | 'example' | 'docs';

/**
 * Test code and fixtures: test folders (`test`, `tests`, `e2e`, `integration-tests`, `systemtest`, `acceptance-tests`, `testing`, `test-values` and other `test-*` folders, `testdata` and Go's
 * ignored `_testdata`, fixtures, mocks and fakes, test snapshots: `__snapshots__/`, `*.snap`), `*_test.*` / `*.spec.*` (also `*.spec.db.ts`) / `*_testing.*` / `test_*.py` / `tests.py` / `conftest.py` files, and a Helm
 * chart's `ci/` values (chart-testing's install scenarios).
 */
const TEST =
  /(^|\/)(__tests__|tests?|tests?[-_][a-z][\w-]*|test(?:resources|utils|helpers)|spec|specs|e2e|testing|(?:e2e|integration|system|acceptance)[-_]?tests?|fixtures?|_?testdata|test[-_]?data|__fixtures__|__mocks__|__snapshots__|mocks?|fakes?)\/|\.snap$|(^|\/)[^/]*([._-](test|spec|tests|testing))(\.[a-z0-9]+)+$|_test\.[a-z0-9]+$|(^|\/)(test_[^/]*\.py|tests\.py|conftest\.py)$|(^|\/)charts?\/[^/]+\/ci\/[^/]+\.ya?ml$|(^|\/)ci\/[^/]*values[^/]*\.ya?ml$/i;

/**
 * Examples: a folder whose name is, or is made of words including, example(s), sample(s), demo(s),
 * quick-start(s), tutorial(s) or getting-started (`official-documentation-samples/`, `demo-app/`);
 * also an example configuration file (isExampleFile).
 */
const EXAMPLE = /(^|\/)(?:[^/]*[-_.])?(examples?|samples?|demos?|quick-?starts?|quickstarts?|tutorials?|getting-?started)(?:[-_.][^/]*)?\//i;

/**
 * Documentation: doc folders (also design, proposal, enhancement and RFC folders), markdown and other prose formats, and a Helm chart's NOTES.txt; also
 * their templates (helm-docs' `README.md.gotmpl`, `README.md.tmpl`, `index.md.j2`).
 */
const DOCS = /(^|\/)(docs?|documentation|design|proposals?|enhancements|rfcs?)\/|\.(md|mdx|markdown|rst|adoc|asciidoc)(\.(gotmpl|tmpl|tpl|j2|jinja2?))?$|(^|\/)NOTES\.txt$/i;

/**
 * An example configuration file: `example-config.json`, `values.sample.yaml`, `.env.example`,
 * `config.yml.sample`. Only data and configuration formats: `sample.go` is code that samples.
 */
const EXAMPLE_FILE = /(?:^|\/)(?:[^/]*[-_.])?(?:examples?|samples?)(?:[-_.][^/]*)?$/i;
const CONFIG_EXTENSION = /\.(?:json|ya?ml|toml|ini|env|conf|cfg|properties|xml|txt|example|sample)$/i;

function isExampleFile(relPath: string): boolean {
  const name = relPath.slice(relPath.lastIndexOf('/') + 1);
  return EXAMPLE_FILE.test(name) && (CONFIG_EXTENSION.test(name) || /^\.env[-_.]/i.test(name));
}

export function classifyContext(relPath: string): FileContext {
  if (TEST.test(relPath)) return 'test';
  if (EXAMPLE.test(relPath) || isExampleFile(relPath)) return 'example';
  if (DOCS.test(relPath)) return 'docs';
  return 'source';
}
