// The small pieces every renderer shares: JSON, locations, labels, markdown escaping.
import { escapeMarkdown, inlineCode } from '../../src/render/escape.js';
import { location, repositoryPath } from '../../src/render/format-location.js';
import { FORMATS, render } from '../../src/render/index.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { renderText } from '../../src/render/text.js';
import { FINDING_HELP, LEVEL_TEXT, SECURITY_SEVERITY, STATUS_SYMBOL, STATUS_WORD } from '../../src/render/labels.js';
import { report } from './fixture.js';

describe('JSON', () => {
  it('is the report itself, indented by two spaces, with a final newline', () => {
    const r = report();
    const text = renderJson(r);
    expect(JSON.parse(text)).toEqual(r);
    expect(text).toBe(`${JSON.stringify(r, null, 2)}\n`);
  });
});

describe('render', () => {
  it('dispatches each format to its renderer and passes the colour option to text', () => {
    const r = report();
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'sarif']);
    expect(render(r, 'json')).toBe(renderJson(r));
    expect(render(r, 'sarif')).toBe(renderSarif(r));
    expect(render(r, 'markdown')).toBe(renderMarkdown(r));
    expect(render(r, 'text')).toBe(renderText(r, { color: false }));
    expect(render(r, 'text', { color: true })).toBe(renderText(r, { color: true }));
  });
});

describe('locations', () => {
  it('path:line, the path alone without a line, nothing without a path', () => {
    expect(location('a/b.ts', 3)).toBe('a/b.ts:3');
    expect(location('a/b.ts')).toBe('a/b.ts');
    expect(location('a/b.ts', 0)).toBe('a/b.ts');
    expect(location(undefined, 3)).toBe('');
    expect(location('', 3)).toBe('');
  });

  it.each([
    ['', 'app.py', 'app.py'],
    ['.', 'app.py', 'app.py'],
    ['./', 'app.py', 'app.py'],
    ['services/api', 'app.py', 'services/api/app.py'],
    ['services/api/', 'k8s/d.yaml', 'services/api/k8s/d.yaml'],
    ['./services/api//', 'app.py', 'services/api/app.py'],
    ['././svc', 'app.py', 'svc/app.py'],
    ['services\\api', 'app.py', 'services/api/app.py'],
    ['svc', '', 'svc/'],
  ])('repositoryPath(%j, %j) is %j', (dir, path, expected) => {
    expect(repositoryPath(dir, path)).toBe(expected);
  });
});

describe('labels', () => {
  it('every status has its own word and symbol', () => {
    expect(STATUS_WORD).toEqual({ pass: 'pass', fail: 'FAIL', warn: 'warn', waived: 'waived', not_applicable: 'n/a' });
    expect(new Set(Object.values(STATUS_SYMBOL)).size).toBe(5);
    expect(STATUS_SYMBOL.pass).toBe('✅');
    expect(STATUS_SYMBOL.fail).toBe('❌');
  });

  it('each level says its name and what it means', () => {
    for (const [level, text] of Object.entries(LEVEL_TEXT)) expect(text).toMatch(new RegExp(`^${level}: \\w+`));
    expect(LEVEL_TEXT.production).toBe('production: meets the full bar');
  });

  it('every finding category has a risk and a fix; severities follow code scanning\'s scale', () => {
    for (const help of Object.values(FINDING_HELP)) {
      expect(help.risk).toMatch(/^[A-Z].*\.$/);
      expect(help.fix).toMatch(/^[A-Z].*\.$/);
    }
    expect(Object.keys(FINDING_HELP).sort()).toEqual(['hardening', 'image', 'secret', 'secret-logging']);
    expect(SECURITY_SEVERITY.critical).toBeGreaterThan(9);
    expect(SECURITY_SEVERITY.high).toBeGreaterThanOrEqual(7);
    expect(SECURITY_SEVERITY.high).toBeLessThan(9);
    expect(SECURITY_SEVERITY.medium).toBeGreaterThanOrEqual(4);
    expect(SECURITY_SEVERITY.medium).toBeLessThan(7);
    expect(SECURITY_SEVERITY.low).toBeGreaterThan(0);
    expect(SECURITY_SEVERITY.low).toBeLessThan(4);
  });
});

describe('markdown escaping, exactly', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a\nb\r\nc\rd', 'a b c d'],
    ['<b>&', '&lt;b&gt;&amp;'],
    ['*_`{}[]()#+-.!|~\\', '\\*\\_\\`\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\~\\\\'],
    ['@team', '@\u200Bteam'],
    ['https://x', 'https:\u200B//x'],
  ])('escapeMarkdown(%j)', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['abc', '`abc`'],
    ['', '`  `'],
    ['a`b', '``a`b``'],
    ['`a', '`` `a ``'],
    ['a`', '`` a` ``'],
    ['a``b', '```a``b```'],
    ['a|b\nc', '`a\\|b c`'],
    ['a\r\nb\rc', '`a b c`'],
  ])('inlineCode(%j)', (input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });
});
