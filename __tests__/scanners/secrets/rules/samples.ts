// The samples of every built-in rule: each src/scanners/secrets/rules/<name>.ts has its
// <name>.samples.ts here (and generic.ts its ../generic.samples.ts). Built when a test loads them,
// never imported by src/, so no sample and no fake credential ships in dist/.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RuleSample {
  /** Snippets in which the rule must report a secret. */
  match: string[];
  /** Snippets in which the rule must stay quiet (placeholders, wrong length, look-alikes). */
  noMatch: string[];
  /** File path to scan the snippets as, for rules limited by `paths` (default `config/app.txt`). */
  path?: string;
  /** Whole files (a config, a script, a manifest) and every secret finding they give. */
  files?: FileSample[];
}

/**
 * A realistic file scanned with all rules: `findings` lists every secret finding, as `[rule id,
 * line]` in report order, so a second rule reporting the same value, a wrong line or a lost
 * finding fails. Empty for a file that must stay quiet.
 */
export interface FileSample {
  /** What the file is, for the test name: `an AWS credentials file`. */
  name: string;
  path: string;
  text: string;
  findings: [string, number][];
}

/** One samples module: rule id -> its samples. */
export type RuleSamples = Record<string, RuleSample>;

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SAMPLES_DIR = HERE;
export const SAMPLE_SUFFIX = '.samples.ts';

/** Names of the samples modules here (`aws` for aws.samples.ts). */
export function sampleModuleNames(): string[] {
  return readdirSync(HERE)
    .filter((f) => f.endsWith(SAMPLE_SUFFIX))
    .map((f) => f.slice(0, -SAMPLE_SUFFIX.length))
    .sort();
}

export interface LoadedSample extends RuleSample {
  ruleId: string;
  /** The samples module it came from (`aws`, or `generic` for ../generic.samples.ts). */
  module: string;
}

/** Every rule's samples, by rule id; throws when two modules give samples for the same id. */
export async function loadAllSamples(): Promise<Map<string, LoadedSample>> {
  const modules: [string, string][] = sampleModuleNames().map((name) => [name, `./${name}${SAMPLE_SUFFIX.replace(/\.ts$/, '.js')}`]);
  modules.push(['generic', '../generic.samples.js']);
  const all = new Map<string, LoadedSample>();
  for (const [name, specifier] of modules) {
    const { SAMPLES } = (await import(specifier)) as { SAMPLES: RuleSamples };
    for (const [ruleId, sample] of Object.entries(SAMPLES)) {
      const seen = all.get(ruleId);
      if (seen) throw new Error(`samples for ${ruleId} in both ${seen.module} and ${name}`);
      all.set(ruleId, { ...sample, ruleId, module: name });
    }
  }
  return all;
}
