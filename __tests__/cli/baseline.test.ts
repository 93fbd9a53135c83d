import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCheck } from '../../src/engine/run-check.js';
import { buildBaseline, writeBaseline, DEFAULT_BASELINE_PATH } from '../../src/engine/baseline.js';
import { cleanupTrees, makeTree } from '../helpers/tmp-tree.js';

afterAll(cleanupTrees);

const SOURCE = 'import os\n\nDB_PASSWORD = "Zx9-correct-horse-battery-staple"\n';

describe('baseline', () => {
  it('accepts pre-existing findings, survives edits above them, and still reports them', async () => {
    const root = makeTree({ 'app/settings.py': SOURCE });
    const before = await runCheck({ root });
    const secrets = before.findings.filter((f) => f.category === 'secret');
    expect(secrets).toHaveLength(1);
    writeBaseline(path.join(root, DEFAULT_BASELINE_PATH), buildBaseline(before.findings));
    expect(readFileSync(path.join(root, DEFAULT_BASELINE_PATH), 'utf8')).not.toContain('correct-horse');

    // Lines added above the finding: same fingerprint, still accepted.
    writeFileSync(path.join(root, 'app/settings.py'), `# header\n# more\n${SOURCE}`);
    const after = await runCheck({ root });
    const finding = after.findings.find((f) => f.category === 'secret')!;
    expect(finding.line).toBe(secrets[0]!.line + 2);
    expect(finding.fingerprint).toBe(secrets[0]!.fingerprint);
    expect(finding.suppression).toEqual({ kind: 'baseline', reason: 'accepted in baseline' });

    // A new secret is not covered by the baseline.
    writeFileSync(path.join(root, 'app/settings.py'), `${SOURCE}API_TOKEN = "Qw7-another-unrelated-long-value"\n`);
    const added = await runCheck({ root });
    expect(added.findings.filter((f) => f.category === 'secret' && !f.suppression)).toHaveLength(1);
  });

  it('a corrupt baseline is a configuration error, not a silent pass', async () => {
    const root = makeTree({ 'app/settings.py': SOURCE, [DEFAULT_BASELINE_PATH]: '{"version": 2}' });
    await expect(runCheck({ root })).rejects.toThrow(/baseline does not match the expected format/);
  });
});
