// The control catalogue, in the order reports list it.
import type { ControlId } from '../manifest/schema.js';
import { apiSurfaceControl } from './api-surface.js';
import { containerHardeningControl } from './container-hardening.js';
import { costGuardrailsControl } from './cost-guardrails.js';
import { dataContractsControl } from './data-contracts.js';
import { deploymentBoundaryControl } from './deployment-boundary.js';
import { identityControl } from './identity.js';
import { imagePinningControl } from './image-pinning.js';
import { leastPrivilegeControl } from './least-privilege.js';
import { monitoringControl } from './monitoring.js';
import { ownershipControl } from './ownership.js';
import { releaseControl } from './release.js';
import { secretlessControl } from './secretless.js';
import { telemetryControl } from './telemetry.js';
import type { Control } from './types.js';

export const CONTROLS: readonly Control[] = [
  identityControl,
  secretlessControl,
  leastPrivilegeControl,
  telemetryControl,
  apiSurfaceControl,
  imagePinningControl,
  ownershipControl,
  costGuardrailsControl,
  dataContractsControl,
  deploymentBoundaryControl,
  monitoringControl,
  releaseControl,
  containerHardeningControl,
];

export function controlById(id: ControlId): Control {
  const control = CONTROLS.find((c) => c.id === id);
  if (!control) throw new Error(`unknown control ${id}`);
  return control;
}
