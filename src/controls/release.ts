import { isClaimed } from './claims.js';
import { servesModel } from './model.js';
import { checkFile, fileDetail } from './referenced-file.js';
import type { Control, Evidence, Gap } from './types.js';
import { manifestEvidence, outcomeOf, pass } from './types.js';

const MOVING_NAME = /^(latest|main|master|dev|develop|head|stable|current|edge|nightly|snapshot)$/i;

const FIELD_FIX = {
  image_version: 'Version the image (semantic version or git SHA) and record it under release.image_version.',
  model_version: 'Version the model (semantic version, date or registry version) and record it under release.model_version.',
  rollback_plan: 'Commit a rollback plan and point release.rollback_plan at it.',
  changelog: 'Commit a change log and point release.changelog at it.',
} as const;
const LABEL = { rollback_plan: 'rollback plan', changelog: 'change log' } as const;

export const releaseControl: Control = {
  id: 'release',
  title: 'Versioned release and rollback',
  risk: 'Without versioned artifacts, a rollback plan and a change log, a bad release cannot be undone or explained.',
  evaluate(ctx) {
    const r = ctx.workload.manifest.release;
    const needsModel = ctx.policy.monitoringLayers.includes('model') && servesModel(ctx.workload);
    const fields = (['image_version', 'model_version', 'rollback_plan', 'changelog'] as const).filter((key) => key !== 'model_version' || needsModel);
    const missing = fields.filter((key) => !isClaimed(r?.[key]));
    const gaps: Gap[] = [];
    const evidence: Evidence = manifestEvidence(ctx, r ? ['release'] : ['name'], `release is missing ${missing.join(', ')}`);
    for (const key of missing) gaps.push({ problem: key, evidence, fix: FIELD_FIX[key] });
    for (const key of ['rollback_plan', 'changelog'] as const) {
      if (missing.includes(key)) continue;
      const rel = r![key]!;
      const check = checkFile(ctx, rel);
      if (!check.problem) continue;
      gaps.push({
        problem: `${key} file ${check.checked} ${check.problem}`,
        evidence: manifestEvidence(ctx, ['release', key], fileDetail(LABEL[key], rel, check)),
        fix: `Commit the ${LABEL[key]} as a regular file at ${check.checked}, or point release.${key} (relative to the manifest) at the one you have.`,
      });
    }
    const image = r?.image_version;
    if (!missing.includes('image_version') && MOVING_NAME.test(image!)) {
      gaps.push({
        problem: `image_version '${image}' is not a version`,
        evidence: manifestEvidence(ctx, ['release', 'image_version'], `'${image}' is a moving name`),
        fix: `Replace '${image}' with an immutable version (semantic version or git SHA) of the image you deploy.`,
      });
    }
    if (gaps.length) {
      return outcomeOf('fail', `release of workload '${ctx.workload.name}' is not reversible: ${gaps.map((g) => g.problem).join('; ')}.`, gaps);
    }
    const model = isClaimed(r!.model_version) ? `, model ${r!.model_version}` : '';
    return pass(`Image ${r!.image_version}${model}; rollback plan and change log present.`);
  },
};
