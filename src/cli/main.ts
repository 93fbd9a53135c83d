
// The `readiness-gate` command. Exit 0 ready, 1 not ready, 2 could not run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { OutputFailure, writeReportFile } from '../util/write-report-file.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildBaseline, DEFAULT_BASELINE_PATH, writeBaseline } from '../engine/baseline.js';
import { runCheck } from '../engine/run-check.js';
import { ConfigurationFailure } from '../config/failure.js';
import { formatConfigError } from '../errors.js';
import { manifestJsonSchema } from '../manifest/json-schema.js';
import { FORMATS, render, type Format } from '../render/index.js';
import { FINGERPRINT_KEY_ENV } from '../scanners/fingerprint.js';
import { FAIL_ON, gateFails, type FailOn } from '../scorecard/fail-on.js';
import { VERSION } from '../version.js';

const USAGE = `Usage:
  readiness-gate check [DIR] [--format text|json|markdown|sarif] [--policy FILE] [--output FILE]
                       [--base REF] [--no-compare-base] [--fail-on not-ready|new-findings|never]
                       [--fingerprint-key-file FILE] [--scanned-path PATH]
  readiness-gate baseline [DIR] [--policy FILE] [--output FILE] [--fingerprint-key-file FILE]
  readiness-gate schema
  readiness-gate --version | --help

check     decide whether the workloads in DIR (default: .) are ready to promote
baseline  write the fingerprints of current secret findings to ${DEFAULT_BASELINE_PATH}
schema    print the JSON Schema of readiness.yaml

--base REF                  judge by the policy, baseline and API catalog of git commit REF (the
                            pull request's base); exceptions the PR adds are listed, not counted;
                            the report also shows what the PR changes against REF's scorecard
--no-compare-base           with --base: take the rules from REF but skip the base-to-head delta
--fail-on WHEN              exit 1 when the gate is not-ready (default), only on new-findings (what
                            the changes against --base introduce: new blocking findings, controls
                            they make block, new exceptions; as not-ready without a delta), or never
--fingerprint-key-file FILE the per-repository key for fingerprints (or set ${FINGERPRINT_KEY_ENV});
                            without one, fingerprints are left out of JSON and SARIF
--scanned-path PATH         where DIR sits in its repository (e.g. services/api), so SARIF and the
                            other reports give repository-root-relative paths

Exit status: 0 ready, 1 not ready, 2 could not run.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        policy: { type: 'string', short: 'p' },
        output: { type: 'string', short: 'o' },
        base: { type: 'string' },
        'no-compare-base': { type: 'boolean' },
        'fail-on': { type: 'string' },
        'fingerprint-key-file': { type: 'string' },
        'scanned-path': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    process.stderr.write(`readiness-gate: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    (values.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const [command, ...rest] = positionals;
  try {
    if (rest.length > 1) throw new UsageError(`expected one directory, got ${rest.length}: ${rest.join(' ')}`);
    switch (command) {
      case 'check':
        return await check(rest[0] ?? '.', values);
      case 'baseline':
        return await baseline(rest[0] ?? '.', values);
      case 'schema':
        process.stdout.write(`${JSON.stringify(manifestJsonSchema(), null, 2)}\n`);
        return 0;
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof ConfigurationFailure) {
      process.stderr.write(`readiness-gate could not run: ${error.errors.length} configuration error${error.errors.length > 1 ? 's' : ''}\n`);
      for (const e of error.errors) process.stderr.write(`${formatConfigError(e)}\n`);
      return 2;
    }
    if (error instanceof OutputFailure) {
      process.stderr.write(`readiness-gate: ${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`readiness-gate: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`readiness-gate: internal error: ${(error as Error).message}\n${process.env.READINESS_GATE_DEBUG ? `${(error as Error).stack}\n` : 'Set READINESS_GATE_DEBUG=1 for the stack trace, and please report it.\n'}`);
    return 2;
  }
}

function resolveRoot(dir: string): string {
  const root = path.resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`'${dir}' is not a directory`);
  return root;
}

interface CommonFlags {
  policy?: string;
  output?: string;
  base?: string;
  'fingerprint-key-file'?: string;
  'scanned-path'?: string;
}

/** The key from --fingerprint-key-file, else the environment; never from an argument (ps shows those). */
function fingerprintKey(values: CommonFlags): string | undefined {
  const file = values['fingerprint-key-file'];
  if (file === undefined) return process.env[FINGERPRINT_KEY_ENV] || undefined;
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch {
    throw new UsageError(`cannot read the fingerprint key file '${file}'`);
  }
  if (key.length < 16) throw new UsageError('the fingerprint key must be at least 16 characters');
  return key;
}

async function check(dir: string, values: CommonFlags & { format?: string; 'no-compare-base'?: boolean; 'fail-on'?: string }): Promise<number> {
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format '${values.format}'; use one of ${FORMATS.join(', ')}`);
  const failOn = (values['fail-on'] ?? 'not-ready') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`unknown --fail-on '${values['fail-on']}'; use one of ${FAIL_ON.join(', ')}`);
  const report = await runCheck({ root: resolveRoot(dir), policyPath: values.policy, fingerprintKey: fingerprintKey(values), scannedPath: scannedPathOf(values['scanned-path']), ...(values.base ? { baseRef: values.base, compareBase: !values['no-compare-base'] } : {}) });
  const color = !values.output && format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const output = render(report, format, { color });
  if (values.output) {
    writeReportFile(values.output, output);
    process.stderr.write(`${report.verdict}\nWrote ${format} report to ${values.output}\n`);
  } else {
    process.stdout.write(output);
  }
  return gateFails(report, failOn) ? 1 : 0;
}

/** A repository-relative POSIX directory: no absolute path, no `..`, '' for the root. */
function scannedPathOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const posix = value.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (posix.startsWith('/') || /^[A-Za-z]:/.test(posix) || posix.split('/').includes('..')) {
    throw new UsageError(`--scanned-path '${value}' must be a directory relative to the repository root`);
  }
  return posix === '.' ? '' : posix;
}

async function baseline(dir: string, values: CommonFlags): Promise<number> {
  const root = resolveRoot(dir);
  const key = fingerprintKey(values);
  if (!key) process.stderr.write(`readiness-gate: no fingerprint key (${FINGERPRINT_KEY_ENV} or --fingerprint-key-file): the baseline's fingerprints use the built-in key, so anyone with the repository can test a guessed secret against them\n`);
  const report = await runCheck({ root, policyPath: values.policy, fingerprintKey: key });
  const data = buildBaseline(report.findings);
  const file = values.output ?? path.join(root, DEFAULT_BASELINE_PATH);
  writeBaseline(file, data);
  process.stdout.write(`Wrote ${data.findings.length} accepted finding${data.findings.length === 1 ? '' : 's'} to ${file}\n`);
  return 0;
}


