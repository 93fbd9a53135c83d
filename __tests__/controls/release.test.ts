import { releaseControl } from '../../src/controls/release.js';
import type { PathKind } from '../../src/scanners/types.js';
import { FULL, FULL_BLOCK, edit, evaluate, file, without } from '../helpers/workload.js';

const FIX = {
  image_version: 'Version the image (semantic version or git SHA) and record it under release.image_version.',
  model_version: 'Version the model (semantic version, date or registry version) and record it under release.model_version.',
  rollback_plan: 'Commit a rollback plan and point release.rollback_plan at it.',
  changelog: 'Commit a change log and point release.changelog at it.',
};
const RELEASE = 'release: { image_version: 1.0.0, model_version: m1, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md }';
const withRelease = (body: string) => edit(FULL, RELEASE, `release: { ${body} }`);

describe('release', () => {
  it('passes with versions and both files', () => {
    expect(evaluate(releaseControl, FULL)).toEqual({ status: 'pass', message: 'Image 1.0.0, model m1; rollback plan and change log present.', evidence: [], remediation: [] });
  });

  it('no release section: every field missing, each with its fix', () => {
    expect(evaluate(releaseControl, without(FULL, 'release'))).toEqual({
      status: 'fail',
      message: "release of workload 'svc' is not reversible: image_version; model_version; rollback_plan; changelog.",
      evidence: [{ path: 'readiness.yaml', line: 2, detail: 'release is missing image_version, model_version, rollback_plan, changelog' }],
      remediation: Object.values(FIX),
    });
  });

  it.each([
    ['image_version', 'image_version: none, model_version: m1, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md'],
    ['model_version', 'image_version: 1.0.0, model_version: TBD, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md'],
    ['rollback_plan', 'image_version: 1.0.0, model_version: m1, rollback_plan: n/a, changelog: CHANGELOG.md'],
    ['changelog', 'image_version: 1.0.0, model_version: m1, rollback_plan: ROLLBACK.md'],
  ] as const)('a missing or placeholder %s gets its fix only', (key, body) => {
    expect(evaluate(releaseControl, withRelease(body))).toEqual({
      status: 'fail',
      message: `release of workload 'svc' is not reversible: ${key}.`,
      evidence: [{ path: 'readiness.yaml', line: 23, detail: `release is missing ${key}` }],
      remediation: [FIX[key]],
    });
  });

  it.each(['none', 'n/a'])('model: %s needs no model version', (value) => {
    const m = `${withRelease('image_version: 1.0.0, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md')}model: ${value}\n`;
    expect(evaluate(releaseControl, m).message).toBe('Image 1.0.0; rollback plan and change log present.');
  });

  it('no model layer in the policy needs no model version either', () => {
    const m = withRelease('image_version: 1.0.0, rollback_plan: ROLLBACK.md, changelog: CHANGELOG.md');
    expect(evaluate(releaseControl, m, { policy: { monitoringLayers: ['data', 'system'] } }).status).toBe('pass');
    expect(evaluate(releaseControl, m).status).toBe('fail');
  });

  it.each(['latest', 'main', 'MASTER', 'dev', 'stable', 'nightly'])('image_version %s is a moving name', (name) => {
    expect(evaluate(releaseControl, edit(FULL, 'image_version: 1.0.0', `image_version: ${name}`))).toEqual({
      status: 'fail',
      message: `release of workload 'svc' is not reversible: image_version '${name}' is not a version.`,
      evidence: [{ path: 'readiness.yaml', line: 23, detail: `'${name}' is a moving name` }],
      remediation: [`Replace '${name}' with an immutable version (semantic version or git SHA) of the image you deploy.`],
    });
  });

  it('a version that merely contains a moving word is a version', () => {
    expect(evaluate(releaseControl, edit(FULL, 'image_version: 1.0.0', 'image_version: main-4f2a9c1')).status).toBe('pass');
    expect(evaluate(releaseControl, edit(FULL, 'image_version: 1.0.0', 'image_version: 4f2a9c1-main')).status).toBe('pass');
  });

  it('without a model, the other fields are still required', () => {
    const m = `${withRelease('image_version: 1.0.0, rollback_plan: ROLLBACK.md')}model: none\n`;
    expect(evaluate(releaseControl, m).message).toBe("release of workload 'svc' is not reversible: changelog.");
  });

  it.each<[PathKind | 'absent', string]>([
    ['absent', 'does not exist in the repository'],
    ['directory', 'is a directory, not a file'],
    ['other', 'is not a regular file (a FIFO, socket or device)'],
    ['unreadable', 'is not readable'],
  ])('a rollback plan that is %s fails with the rollback file fix, naming the path checked', (kind, problem) => {
    const paths = [file('svc/CHANGELOG.md'), ...(kind === 'absent' ? [] : [{ path: 'svc/ROLLBACK.md', kind }])];
    expect(evaluate(releaseControl, FULL, { manifestPath: 'svc/readiness.yaml', facts: { paths } })).toEqual({
      status: 'fail',
      message: `release of workload 'svc' is not reversible: rollback_plan file svc/ROLLBACK.md ${problem}.`,
      evidence: [{ path: 'svc/readiness.yaml', line: 23, detail: `rollback plan 'ROLLBACK.md' ${problem} (checked svc/ROLLBACK.md; paths are relative to the manifest)` }],
      remediation: ['Commit the rollback plan as a regular file at svc/ROLLBACK.md, or point release.rollback_plan (relative to the manifest) at the one you have.'],
    });
  });

  it('a change log that is a directory fails with the change log fix', () => {
    const outcome = evaluate(releaseControl, FULL, { facts: { paths: [file('ROLLBACK.md'), { path: 'CHANGELOG.md', kind: 'directory' }] } });
    expect(outcome.message).toBe("release of workload 'svc' is not reversible: changelog file CHANGELOG.md is a directory, not a file.");
    expect(outcome.evidence).toEqual([{ path: 'readiness.yaml', line: 23, detail: "change log 'CHANGELOG.md' is a directory, not a file (checked CHANGELOG.md; paths are relative to the manifest)" }]);
    expect(outcome.remediation).toEqual(['Commit the change log as a regular file at CHANGELOG.md, or point release.changelog (relative to the manifest) at the one you have.']);
  });

  it('every problem at once, in order', () => {
    const m = withRelease('image_version: latest, rollback_plan: gone.md');
    const outcome = evaluate(releaseControl, m, { facts: { paths: [] } });
    expect(outcome.message).toBe("release of workload 'svc' is not reversible: model_version; changelog; rollback_plan file gone.md does not exist in the repository; image_version 'latest' is not a version.");
    expect(outcome.remediation).toEqual([
      FIX.model_version,
      FIX.changelog,
      'Commit the rollback plan as a regular file at gone.md, or point release.rollback_plan (relative to the manifest) at the one you have.',
      "Replace 'latest' with an immutable version (semantic version or git SHA) of the image you deploy.",
    ]);
    expect(outcome.evidence).toHaveLength(3);
  });
});

it('release names itself, its title and its risk', () => {
  expect([releaseControl.id, releaseControl.title, releaseControl.risk]).toEqual(["release", "Versioned release and rollback", "Without versioned artifacts, a rollback plan and a change log, a bad release cannot be undone or explained."]);
});

it('evidence points at release, the moving image version and each file line in a block-style manifest', () => {
  expect(evaluate(releaseControl, edit(FULL_BLOCK, '  model_version: m1\n', '')).evidence[0]!.line).toBe(49);
  expect(evaluate(releaseControl, edit(FULL_BLOCK, 'image_version: 1.0.0', 'image_version: latest')).evidence[0]!.line).toBe(50);
  expect(evaluate(releaseControl, FULL_BLOCK, { facts: { paths: [file('CHANGELOG.md')] } }).evidence[0]!.line).toBe(52);
  expect(evaluate(releaseControl, FULL_BLOCK, { facts: { paths: [file('ROLLBACK.md')] } }).evidence[0]!.line).toBe(53);
});
