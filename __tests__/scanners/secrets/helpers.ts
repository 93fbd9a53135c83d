// Shared helpers for the secret scanner tests.
import { scanSecrets, type SecretScanOptions } from '../../../src/scanners/secrets/index.js';
import type { FileContext, Finding } from '../../../src/scanners/types.js';

export function scan(text: string, path = 'config/app.txt', options?: SecretScanOptions, context: FileContext = 'source'): Finding[] {
  return scanSecrets({ path, text, context }, options);
}

export function ruleIds(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId);
}

export function secretFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.category === 'secret');
}

/** `[ruleId, line]` pairs of the secret findings, for compact expectations. */
export function hits(text: string, path: string): [string, number][] {
  return secretFindings(scan(text, path)).map((f) => [f.ruleId.replace(/^secrets\//, ''), f.line]);
}
