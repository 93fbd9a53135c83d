import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { scanTree } from '../../src/engine/scan-tree.js';
import { scanSecrets } from '../../src/scanners/secrets/index.js';
import { listFiles } from '../../src/workspace/list-files.js';
import { classifyContext } from '../../src/workspace/context.js';
import { resolveInside } from '../../src/workspace/paths.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const OPTIONS = { secrets: {}, requireDigest: false, maxFileBytes: 64 * 1024 };

describe('reading files around the scratch buffer and the size cap', () => {
  it('files just under, at and over the first read, and at the cap, are read whole or skipped as too large', async () => {
    const { readWorkspaceFile } = await import('../../src/workspace/read-file.js');
    const line = 'abcdefghij'.repeat(9) + '\n';
    const body = (n: number) => (n < 8 ? 'x'.repeat(n) : line.repeat(Math.ceil(n / line.length)).slice(0, n - 6) + 'END\n\n\n');
    const sizes = [0, 1, 65_535, 65_536, 65_537, 131_072, 300_001];
    const root = makeTree(Object.fromEntries(sizes.map((n) => [`f${n}.txt`, body(n)])));
    for (const n of sizes) {
      const read = readWorkspaceFile(root, `f${n}.txt`, 1 << 20);
      expect(read.ok && [read.bytes, read.text.length, read.text === body(n)]).toEqual([n, n, true]);
    }
    expect(readWorkspaceFile(root, 'f65536.txt', 65_536)).toMatchObject({ ok: true, bytes: 65_536 });
    expect(readWorkspaceFile(root, 'f65537.txt', 65_536)).toEqual({ ok: false, reason: 'too-large' });
    expect(readWorkspaceFile(root, 'f1.txt', 0)).toEqual({ ok: false, reason: 'too-large' });
    expect(readWorkspaceFile(root, 'f300001.txt', 1000)).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('large and strange files are skipped with a counted reason, never a crash', () => {
  it('binary, symlinks, FIFOs and source maps are skipped; lockfiles and other .map files are scanned; oversized text is scanned in chunks', () => {
    const root = makeTree({
      'bin/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      'big/data.txt': 'x'.repeat(65 * 1024),
      'package-lock.json': '{"integrity":"sha512-abc"}',
      'web/app.js.map': '{"sources":[]}',
      'nginx/upstreams.map': 'default backend;\n',
      'src/ok.py': 'print("hello")\n',
      'src/minified.js': `var a=${'"x",'.repeat(200_000)}0;\n`,
    });
    symlinkSync('/etc/passwd', path.join(root, 'src/escape'));
    symlinkSync('ok.py', path.join(root, 'src/inside-link'));
    execFileSync('mkfifo', [path.join(root, 'src/pipe')]);
    const files = listFiles(root).files;
    const { stats } = scanTree(root, files, OPTIONS);
    expect(stats.skipped).toEqual({ binary: 1, symlink: 2, 'not-a-file': 1, generated: 1 });
    expect(stats.filesScanned).toBe(5);
    expect(stats.chunked).toBe(2);
    // A PNG is binary media, not a hiding place: counted, not named.
    expect(stats.unscanned).toBeUndefined();
  });

  it('a lockfile is no hiding place: a token in it is found, its integrity hashes are not', () => {
    // Built at run time so no key-shaped literal is committed.
    const token = `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'.split('').reverse().join('')}`;
    const root = makeTree({
      'yarn.lock': `"left-pad@^1.3.0":\n  version "1.3.0"\n  resolved "https://registry.example.com/left-pad-1.3.0.tgz"\n  integrity sha512-XI5MPzVNApjAyhQzphX8BkmKsKUxD4LdyK24iZeQBFg6kLH3VZIgQeDWM+M9vsB6b2eFUMp0dYzM8nawm1MJYBuTGw==\n`,
      'package-lock.json': `{"packages":{"":{"name":"x"}},"stripe":"${token}"}\n`,
    });
    const { facts, stats } = scanTree(root, listFiles(root).files, OPTIONS);
    expect(stats.filesScanned).toBe(2);
    expect(facts.findings.filter((f) => f.category === 'secret').map((f) => f.path)).toEqual(['package-lock.json']);
  });

  it('a huge single-line file under the cap is scanned without blowing up', () => {
    const root = makeTree({ 'dist/bundle.min.js': `${'a=1;'.repeat(15_000)}\n` });
    const { stats } = scanTree(root, ['dist/bundle.min.js'], OPTIONS);
    expect(stats.filesScanned).toBe(1);
  });
});

describe('non-ASCII files read as bytes for speed report exactly what a UTF-8 read reports', () => {
  // Built at run time so the tree holds no literal token.
  const token = `ghp_${'Ab3dE'.repeat(7)}Z`;
  const cases: Record<string, string> = {
    // Multi-byte characters before the secret on its line move the column.
    'src/app.js': `// café ☕ configuration\nconst naïve = "ü"; const GITHUB_TOKEN = "${token}";\nconsole.log(SECRET_PÄSSWORD);\n`,
    // A non-ASCII password value: its preview and fingerprint are of the characters, not bytes.
    'src/settings.py': `# Größe\nDB_PASSWORD = "Sëcrét-Päss-9f8Q2z!xK"\nprint(f"connecting {DB_PASSWORD}")  # readiness-gate:allow démo only\n`,
  };

  it('same findings (columns, previews, fingerprints, allow reasons) as scanning the decoded text', () => {
    const root = makeTree(cases);
    const viaTree = scanTree(root, Object.keys(cases), OPTIONS).facts.findings;
    const direct = Object.entries(cases).flatMap(([path, text]) => scanSecrets({ path, text, context: classifyContext(path) }));
    expect(viaTree.length).toBeGreaterThanOrEqual(4);
    expect(viaTree).toEqual(direct);
    const assigned = viaTree.find((f) => f.path === 'src/app.js' && f.line === 2);
    expect(assigned?.column).toBe(`const naïve = "ü"; const GITHUB_TOKEN = "`.length + 1);
    expect(viaTree.find((f) => f.path === 'src/settings.py' && f.line === 2)?.redacted).toBe('…[16-31 chars]');
    expect(viaTree.some((f) => f.suppression?.reason === 'démo only')).toBe(true);
  });
});

describe('files read with their bytes, which the keyword pass copies instead of encoding the text again', () => {
  const token = `ghp_${'Ab3dE'.repeat(7)}Z`;
  // Long enough for the WebAssembly walk; non-ASCII characters before the secrets move every offset.
  const lead = `# Größe des Caches: ☕ 🔑 ${'ü'.repeat(300)}\n`;
  const yaml = `${lead}env:\n  - name: GITHUB_TOKEN\n    value: "${token}"\npassword: "Sëcrét-Päss-9f8Q2z!xK"\n`;

  it('gives the exact bytes for ASCII and valid UTF-8, none when the bytes are not the text', async () => {
    const { readWorkspaceFile } = await import('../../src/workspace/read-file.js');
    const root = makeTree({ 'a.yaml': 'key: value\n', 'u.yaml': yaml });
    const invalid = path.join(root, 'bad.yaml');
    const { writeFileSync } = await import('node:fs');
    // A stray continuation byte decodes to U+FFFD: the bytes no longer encode the text.
    writeFileSync(invalid, Buffer.concat([Buffer.from('password: "a'), Buffer.from([0x80]), Buffer.from('b"\n')]));
    for (const name of ['a.yaml', 'u.yaml']) {
      const read = readWorkspaceFile(root, name, 1 << 20);
      expect(read.ok && Buffer.from(read.fileBytes!).equals(Buffer.from(read.text, 'utf8'))).toBe(true);
    }
    const bad = readWorkspaceFile(root, 'bad.yaml', 1 << 20);
    expect(bad.ok && bad.fileBytes).toBeUndefined();
    // Raw bytes asked for (no format reader claims the file): the text is the bytes, one per character.
    const raw = readWorkspaceFile(root, 'u.yaml', 1 << 20, { bytes: true });
    expect(raw.ok && raw.byteString && Buffer.from(raw.fileBytes!).equals(Buffer.from(raw.text, 'latin1'))).toBe(true);
  });

  it('finds in the tree scan exactly what a scan of the decoded text finds', () => {
    const files = { 'deploy/values.yaml': yaml, 'notes/readme.txt': yaml, 'src/config.ts': `// ${lead}export const GITHUB_TOKEN = "${token}";\n` };
    const root = makeTree(files);
    const viaTree = scanTree(root, Object.keys(files), OPTIONS).facts.findings.filter((f) => f.category === 'secret');
    const direct = Object.entries(files).flatMap(([path, text]) => scanSecrets({ path, text, context: classifyContext(path) }));
    expect(viaTree.length).toBeGreaterThanOrEqual(3);
    expect(viaTree).toEqual(direct);
  });
});

describe('workspace paths', () => {
  it('lists files with a walk that honours .gitignore outside git', () => {
    const root = makeTree({ '.gitignore': 'ignored/\n*.log\n', 'a.txt': '', 'ignored/b.txt': '', 'c.log': '', 'd/e.txt': '' });
    expect(listFiles(root)).toEqual({ files: ['.gitignore', 'a.txt', 'd/e.txt'], via: 'walk' });
    expect(listFiles(root, ['d/**']).files).toEqual(['.gitignore', 'a.txt']);
  });

  it('resolveInside refuses escapes and accepts inside paths', () => {
    const root = makeTree({ 'svc/x.md': '' });
    expect(resolveInside(root, 'svc', 'x.md')).toEqual({ ok: true, path: 'svc/x.md' });
    expect(resolveInside(root, 'svc', '../svc/./x.md')).toEqual({ ok: true, path: 'svc/x.md' });
    expect(resolveInside(root, 'svc', '../../x')).toMatchObject({ ok: false });
    expect(resolveInside(root, '', 'C:\\Windows')).toMatchObject({ ok: false });
    expect(resolveInside(root, '', 'a\0b')).toMatchObject({ ok: false });
  });

  it('classifies file context', () => {
    expect(classifyContext('src/app.py')).toBe('source');
    expect(classifyContext('tests/fixtures/key.pem')).toBe('test');
    expect(classifyContext('pkg/handler_test.go')).toBe('test');
    expect(classifyContext('web/app.spec.ts')).toBe('test');
    expect(classifyContext('examples/demo/.env')).toBe('example');
    expect(classifyContext('docs/setup.md')).toBe('docs');
    expect(classifyContext('README.md')).toBe('docs');
  });
});
