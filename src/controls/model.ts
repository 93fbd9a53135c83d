import type { Workload } from '../manifest/load.js';
import { isPlaceholder } from './claims.js';

/** A workload serves a model unless its manifest says it does not (`model: none`, `n/a`, `-`). */
export function servesModel(workload: Workload): boolean {
  const model = workload.manifest.model;
  return model === undefined || !isPlaceholder(model);
}
