import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inertLines, log, MAX_PER_LEVEL, sanitize, writeAnnotations } from '../../src/publish/job-log.js';
import { OutputFailure, writeReportFile } from '../../src/publish/outputs.js';
import { SUMMARY_LIMIT_BYTES, writeSummary } from '../../src/publish/summary.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'rg-pub-'));

function captureStdout(fn: () => void): string {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

describe('workflow-command annotations', () => {
  it('keeps the first 10 of each level and counts the rest', () => {
    const many = (level: 'error' | 'warning' | 'notice', n: number) => Array.from({ length: n }, (_, i) => ({ level, title: `${level} ${i}`, message: 'm', path: 'a.txt', line: i + 1 }));
    let omitted;
    const out = captureStdout(() => (omitted = writeAnnotations([...many('error', 12), ...many('warning', 3), ...many('notice', 11)])));
    expect(out.match(/^::error /gm)).toHaveLength(MAX_PER_LEVEL);
    expect(out.match(/^::warning /gm)).toHaveLength(3);
    expect(out.match(/^::notice /gm)).toHaveLength(10);
    expect(omitted).toEqual({ error: 2, warning: 0, notice: 1 });
    expect(out).toContain('::error title=error 0,file=a.txt,line=1::m');
    expect(out).not.toContain('error 10');
  });

  it('cannot forge a line or carry terminal escapes', () => {
    const out = captureStdout(() => writeAnnotations([{ level: 'warning', title: 'x\u001b[31m', message: 'a\n::error::forged\r\u0007b', path: 'p,q:r' }]));
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).not.toMatch(/^::error::forged/m);
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(sanitize('ok\u001b[0m\u009b1m\u0000!')).toBe('ok!');
  });

  it('a log line from untrusted text never starts a workflow command, on any of its lines', () => {
    expect(inertLines('verdict\n::add-mask::x\n  ::error file=a::forged\nok :: fine')).toBe('verdict\n: :add-mask::x\n  : :error file=a::forged\nok :: fine');
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      log.info('Not ready.\r\n::warning::forged\n::stop-commands::t');
    } finally {
      spy.mockRestore();
    }
    const lines = written.join('').split(/\r?\n/);
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(lines).toContain('Not ready.');
  });
});

describe('job summary', () => {
  it('stays within 1 MiB with a note saying where the rest is', async () => {
    const file = path.join(tmp, 'summary.md');
    writeFileSync(file, '');
    process.env.GITHUB_STEP_SUMMARY = file;
    const line = `| ${'é'.repeat(60)} |\n`;
    await writeSummary(line.repeat(20_000), 'see report.md.');
    const text = readFileSync(file, 'utf8');
    expect(statSync(file).size).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(text).toMatch(/\*\*Truncated\*\*: the job summary is limited to 1 MiB; see report.md.\n$/);
    expect(text).not.toContain('\uFFFD');
    await writeSummary('short\n', 'x');
    expect(readFileSync(file, 'utf8')).toBe('short\n');
    delete process.env.GITHUB_STEP_SUMMARY;
  });
});

describe('report files', () => {
  it('creates parent folders', () => {
    const file = path.join(tmp, 'a/b/c/report.sarif');
    writeReportFile(file, '{}');
    expect(readFileSync(file, 'utf8')).toBe('{}');
  });

  it('an unwritable file is "cannot write FILE: reason"', () => {
    writeFileSync(path.join(tmp, 'plain'), '');
    const file = path.join(tmp, 'plain/x.sarif');
    expect(() => writeReportFile(file, '{}')).toThrow(OutputFailure);
    expect(() => writeReportFile(file, '{}')).toThrow(new RegExp(`^cannot write ${file.replace(/[/.]/g, '\\$&')}: [a-z ]+ \\((ENOTDIR|EEXIST)\\)$`));
  });
});
