// Inline allow comments: `readiness-gate:allow <reason>` on the finding's line or the line above.
import { ALNUM, fake } from './fake.js';
import { scan } from './helpers.js';

const value = fake(ALNUM, 20, 'allow');

describe('inline allow comments', () => {
  const syntaxes: [string, string, string][] = [
    ['hash', 'a.py', `API_TOKEN = "${value}"  # readiness-gate:allow rotated test credential`],
    ['slashes', 'a.ts', `const apiToken = "${value}"; // readiness-gate:allow rotated test credential`],
    ['block', 'a.c', `char *api_token = "${value}"; /* readiness-gate:allow rotated test credential */`],
    ['html', 'a.xml', `<token>${value}</token> <!-- readiness-gate:allow rotated test credential -->`],
    ['sql', 'a.sql', `SET password = '${value}'; -- readiness-gate:allow rotated test credential`],
    ['ini', 'a.ini', `; readiness-gate:allow rotated test credential\npassword = ${value}`],
  ];
  it.each(syntaxes)('%s comment on the same line', (_name, path, text) => {
    const [f] = scan(text, path);
    expect(f?.suppression).toEqual({ kind: 'inline', reason: 'rotated test credential' });
  });

  it('applies from the line directly above', () => {
    const [f] = scan(`# readiness-gate:allow fixture for the login test\nPASSWORD="${value}"`, '.env');
    expect(f?.suppression).toEqual({ kind: 'inline', reason: 'fixture for the login test' });
    expect(f?.line).toBe(2);
  });

  it('does not apply from two lines above', () => {
    const [f] = scan(`# readiness-gate:allow fixture\n\nPASSWORD="${value}"`, '.env');
    expect(f?.suppression).toBeUndefined();
  });

  it('requires a reason: without one the finding is not suppressed and the message says so', () => {
    const [f] = scan(`PASSWORD="${value}" # readiness-gate:allow`, '.env');
    expect(f?.suppression).toBeUndefined();
    expect(f?.message).toMatch(/needs a reason/);
    const [g] = scan(`PASSWORD="${value}" // readiness-gate:allow   */`, 'a.ts');
    expect(g?.suppression).toBeUndefined();
  });

  it('keeps suppressed findings in the output', () => {
    const findings = scan(`PASSWORD="${value}" # readiness-gate:allow demo`, '.env');
    expect(findings).toHaveLength(1);
  });

  it('applies to secret-logging findings too', () => {
    const [f] = scan('print(api_key)  # readiness-gate:allow local debugging helper', 'a.py');
    expect(f).toMatchObject({ category: 'secret-logging', suppression: { kind: 'inline', reason: 'local debugging helper' } });
  });

  it('ignores the marker outside a comment', () => {
    const [f] = scan(`PASSWORD = "${value}" ; note = "readiness-gate:allow nope"`, 'a.py');
    expect(f).toBeDefined();
    expect(f?.suppression).toBeUndefined();
  });
});
