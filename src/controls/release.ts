import type { Control, Evidence } from './types.js';
import { manifestEvidence, manifestRelative, pass } from './types.js';

export const releaseControl: Control = {
  id: 'release',
  title: 'Versioned release and rollback',
  risk: 'Without versioned artifacts, a rollback plan and a change log, a bad release cannot be undone or explained.',
  evaluate(ctx) {
    const r = ctx.workload.manifest.release;
    const problems: string[] = [];
    const evidence: Evidence[] = [];
    const needsModel = ctx.policy.monitoringLayers.includes('model');
    if (!r?.image_version) problems.push('image_version');
    if (needsModel && !r?.model_version) problems.push('model_version');
    if (!r?.rollback_plan) problems.push('rollback_plan');
    if (!r?.changelog) problems.push('changelog');
    if (problems.length) evidence.push(manifestEvidence(ctx, r ? ['release'] : ['name'], `release is missing ${problems.join(', ')}`));
    for (const key of ['rollback_plan', 'changelog'] as const) {
      const rel = r?.[key];
      if (rel && !ctx.repo.exists(manifestRelative(ctx, rel))) {
        problems.push(`${key} file ${rel} does not exist`);
        evidence.push(manifestEvidence(ctx, ['release', key], `'${rel}' is not in the repository`));
      }
    }
    if (r?.image_version && /^(latest|main|master|dev)$/i.test(r.image_version)) {
      problems.push(`image_version '${r.image_version}' is not a version`);
      evidence.push(manifestEvidence(ctx, ['release', 'image_version'], `'${r.image_version}' is a moving name`));
    }
    if (problems.length) {
      return {
        status: 'fail',
        message: `Promotion blocked: release of workload '${ctx.workload.name}' is not reversible: ${problems.join('; ')}.`,
        evidence,
        remediation: ['Version the image and the model (semantic version or git SHA) and record them under release.', 'Commit a rollback plan and a CHANGELOG and point release.rollback_plan and release.changelog at them.'],
      };
    }
    return pass(`Image ${r!.image_version}${r!.model_version ? `, model ${r!.model_version}` : ''}; rollback plan and change log present.`);
  },
};
