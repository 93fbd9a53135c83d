// Where a file sits decides how loud its findings are: fixtures and docs may rank lower by policy.
import type { FileContext } from '../scanners/types.js';

const TEST = /(^|\/)(__tests__|tests?|spec|specs|fixtures?|testdata|__fixtures__|__mocks__)\/|(^|\/)[^/]*([._-](test|spec))\.[a-z0-9]+$|_test\.go$/i;
const EXAMPLE = /(^|\/)(examples?|samples?|demo)\//i;
const DOCS = /(^|\/)(docs?|documentation)\/|\.(md|mdx|rst|adoc)$/i;

export function classifyContext(relPath: string): FileContext {
  if (TEST.test(relPath)) return 'test';
  if (EXAMPLE.test(relPath)) return 'example';
  if (DOCS.test(relPath)) return 'docs';
  return 'source';
}
