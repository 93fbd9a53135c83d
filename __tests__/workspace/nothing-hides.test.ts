// Nothing hides from the scan: a stray NUL, UTF-16/32 text and files over the size cap are all
// scanned; what still cannot be scanned is named, and blocks at production tier.
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scanInChunks } from '../../src/engine/scan-chunks.js';
import { scanTree } from '../../src/engine/scan-tree.js';
import { runCheck } from '../../src/engine/run-check.js';
import { scanSecrets } from '../../src/scanners/secrets/index.js';
import { readWorkspaceFile } from '../../src/workspace/read-file.js';
import { sniffEncoding } from '../../src/workspace/text-encoding.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

// Built at run time so the repository holds no literal token.
const TOKEN = `ghp_${'Qm7xK'.repeat(7)}Z`;
const LINE = `GITHUB_TOKEN = "${TOKEN}"\n`;
const OPTIONS = { secrets: {}, requireDigest: false, maxFileBytes: 64 * 1024 };

function encode(text: string, encoding: 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be', bom: boolean): Buffer {
  const points = Array.from(text).map((c) => c.codePointAt(0)!);
  const unit = encoding.startsWith('utf16') ? 2 : 4;
  const units = unit === 2 ? Array.from(Buffer.from(text, 'utf16le').reduce<number[]>((acc, _b, i, all) => (i % 2 ? acc : [...acc, all[i]! | (all[i + 1]! << 8)]), [])) : points;
  const out = Buffer.alloc((units.length + (bom ? 1 : 0)) * unit);
  let at = 0;
  const put = (v: number) => {
    if (unit === 2) encoding === 'utf16le' ? out.writeUInt16LE(v, at) : out.writeUInt16BE(v, at);
    else encoding === 'utf32le' ? out.writeUInt32LE(v, at) : out.writeUInt32BE(v, at);
    at += unit;
  };
  if (bom) put(0xfeff);
  units.forEach(put);
  return out;
}

describe('text with NUL bytes or in a wide encoding is decoded and scanned', () => {
  const text = `# settings ☕ café\n${LINE}debug = true\n`;
  const expected = scanSecrets({ path: 'cfg/app.env', text, context: 'source' });

  it('the plain UTF-8 file has the finding (the baseline for the cases below)', () => {
    expect(expected.map((f) => [f.line, f.column])).toEqual([[2, 17]]);
  });

  it.each([
    ['utf16le', true],
    ['utf16le', false],
    ['utf16be', true],
    ['utf16be', false],
    ['utf32le', true],
    ['utf32le', false],
    ['utf32be', true],
    ['utf32be', false],
  ] as const)('%s (BOM: %s) gives the same finding at the same place', (encoding, bom) => {
    const root = makeTree({ 'cfg/app.env': encode(text, encoding, bom) });
    expect(sniffEncoding(encode(text, encoding, bom))).toMatchObject({ kind: 'text', encoding });
    const { facts, stats } = scanTree(root, ['cfg/app.env'], OPTIONS);
    expect(stats.filesScanned).toBe(1);
    expect(facts.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual(expected.map((f) => [f.ruleId, f.line, f.column]));
  });

  it('one NUL byte does not make a text file binary', () => {
    const root = makeTree({ 'cfg/app.env': `# header\0\n${LINE}` });
    const { facts, stats } = scanTree(root, ['cfg/app.env'], OPTIONS);
    expect(stats.skipped).toEqual({});
    expect(facts.findings.map((f) => f.line)).toEqual([2]);
  });

  it('NUL padding in front of the text does not hide it', () => {
    const root = makeTree({ 'cfg/app.env': Buffer.concat([Buffer.alloc(20_000), Buffer.from(`\n${LINE}`)]) });
    const { facts } = scanTree(root, ['cfg/app.env'], OPTIONS);
    expect(facts.findings.map((f) => f.line)).toEqual([2]);
  });

  it('real binary content is still binary', () => {
    const noise = Buffer.alloc(8192);
    let x = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = x = (x * 1103515245 + 12345) & 0xff;
    expect(sniffEncoding(noise).kind).toBe('binary');
    expect(readWorkspaceFile(makeTree({ 'a.bin': noise }), 'a.bin', 1 << 20)).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('text over the size cap is scanned in bounded chunks', () => {
  it('finds every secret, boundary or not, once, at its true line and column', () => {
    const filler = (n: number) => `# ${'padding '.repeat(8)}${n}\n`;
    const lines: string[] = [];
    const planted: number[] = [];
    for (let i = 1; i <= 6000; i++) {
      if (i % 517 === 0) {
        lines.push(`  ${LINE}`);
        planted.push(i);
      } else lines.push(filler(i));
    }
    const text = lines.join('');
    const utf8 = Buffer.from(text);
    // Every chunk size and overlap puts some secret across a boundary somewhere.
    for (const [chunkBytes, overlapBytes] of [[4096, 512], [5000, 1024], [65_536, 4096], [1024, 256]] as const) {
      const found = scanInChunks('big.env', utf8, 'source', {}, { chunkBytes, overlapBytes });
      expect(found.map((f) => f.line)).toEqual(planted);
      expect(new Set(found.map((f) => f.column))).toEqual(new Set([19]));
    }
  });

  it('secrets inside lines longer than half a chunk are found once, at their true column', () => {
    // Lines of about 1.3 KB with chunks of 1 KiB: every boundary falls inside a line.
    const text = Array.from({ length: 12 }, (_, i) => `${'word '.repeat(100 + i * 7)}GITHUB_TOKEN = "${TOKEN}" ${'more '.repeat(130)}\n`).join('');
    const whole = scanSecrets({ path: 'a.txt', text, context: 'source' });
    const chunked = scanInChunks('a.txt', Buffer.from(text), 'source', {}, { chunkBytes: 1024, overlapBytes: 256 });
    expect(whole.length).toBe(12);
    expect(chunked.map((f) => [f.ruleId, f.line, f.column])).toEqual(whole.map((f) => [f.ruleId, f.line, f.column]));
  });

  it('the tree scan counts the file as scanned in chunks', () => {
    const root = makeTree({ 'svc/dump.sql': `${'-- row\n'.repeat(20_000)}${LINE}` });
    const { facts, stats } = scanTree(root, ['svc/dump.sql'], OPTIONS);
    expect(stats).toMatchObject({ filesScanned: 1, chunked: 1, skipped: {} });
    expect(facts.findings.map((f) => f.line)).toEqual([20_001]);
  });
});

describe('files that still cannot be scanned are named, and block at production tier', () => {
  const manifest = (tier: string) => `apiVersion: readiness-gate/v1\nname: svc\ntier: ${tier}\npaths: [svc]\n`;
  const binaryYaml = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x00, 0x0e, 0x0f, 0x10]);

  it('names a binary file named like text, a keystore and an unreadable file; media is only counted', () => {
    const root = makeTree({ 'svc/config.yaml': binaryYaml, 'svc/keys.p12': binaryYaml, 'svc/logo.png': binaryYaml, 'svc/secret.env': LINE });
    chmodSync(path.join(root, 'svc/secret.env'), 0o000);
    const { stats } = scanTree(root, ['svc/config.yaml', 'svc/keys.p12', 'svc/logo.png', 'svc/secret.env'], OPTIONS);
    const unreadableAsRoot = process.getuid?.() === 0;
    expect(stats.unscanned).toEqual([
      { path: 'svc/config.yaml', reason: 'binary', textLike: true },
      { path: 'svc/keys.p12', reason: 'binary', textLike: false },
      ...(unreadableAsRoot ? [] : [{ path: 'svc/secret.env', reason: 'unreadable', textLike: true }]),
    ]);
  });

  it('a production workload with an unscanned text-like file is blocked; the policy can relax it to a warning', async () => {
    const files = { 'readiness.yaml': manifest('production'), 'svc/config.yaml': binaryYaml };
    const blocked = await runCheck({ root: makeTree(files), now: new Date('2026-11-23') });
    const secretless = blocked.workloads[0]!.controls.find((c) => c.id === 'secretless')!;
    expect(secretless).toMatchObject({ status: 'fail', blocking: true });
    expect(secretless.evidence).toEqual([{ path: 'svc/config.yaml', detail: 'not scanned for secrets (binary content)' }]);
    expect(blocked.stats.unscanned).toEqual([{ path: 'svc/config.yaml', reason: 'binary', textLike: true }]);

    const relaxedRoot = makeTree({ ...files, '.github/readiness-policy.yml': 'apiVersion: readiness-gate/v1\nfindings:\n  unscanned: warn\n' });
    const relaxed = await runCheck({ root: relaxedRoot, now: new Date('2026-11-23') });
    expect(relaxed.workloads[0]!.controls.find((c) => c.id === 'secretless')).toMatchObject({ status: 'warn', blocking: false });
  });

  it('below production tier it is a named warning', async () => {
    const report = await runCheck({ root: makeTree({ 'readiness.yaml': manifest('beta'), 'svc/config.yaml': binaryYaml }), now: new Date('2026-11-23') });
    const secretless = report.workloads[0]!.controls.find((c) => c.id === 'secretless')!;
    expect(secretless.status).toBe('warn');
    expect(secretless.message).toContain('could not be scanned');
  });

  it('an unowned unscanned file is named in the repository warnings', async () => {
    const root = makeTree({ 'readiness.yaml': manifest('beta'), 'other/config.yaml': binaryYaml });
    writeFileSync(path.join(root, 'other/x.txt'), 'ok\n');
    const report = await runCheck({ root, now: new Date('2026-11-23') });
    expect(report.repository.warnings).toContain('1 file no workload owns could not be scanned for secrets: other/config.yaml.');
  });
});
