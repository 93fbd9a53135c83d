// Terraform Cloud secret rules (saas family). Samples: __tests__/scanners/secrets/rules/terraform-cloud.samples.ts.
import type { SecretRule } from '../rule.js';
import { suffixedToken } from './build.js';

export const TERRAFORM_CLOUD_RULES: SecretRule[] = [
  // `<14 alphanumerics>.atlasv1.<60-70>`: found from `.atlasv1.`, the lead read backwards.
  suffixedToken('terraform-cloud-token', 'Terraform Cloud / Enterprise API token', 'critical', { family: 'saas', keywords: ['atlasv1'], suffix: '\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}', lead: { alphabet: 'A-Za-z0-9', length: 14 }, minEntropy: 3.5 }),
];
