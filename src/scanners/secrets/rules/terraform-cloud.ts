// Terraform Cloud secret rules (saas family). Samples: __tests__/scanners/secrets/rules/terraform-cloud.samples.ts.
import { defineRule, leadBefore, type SecretRule } from '../rule.js';

export const TERRAFORM_CLOUD_RULES: SecretRule[] = [
  defineRule({
    id: 'terraform-cloud-token',
    family: 'saas',
    description: 'Terraform Cloud / Enterprise API token',
    severity: 'critical',
    keywords: ['atlasv1'],
    pattern: /\.atlasv1\.[A-Za-z0-9_=-]{60,70}/,
    extract: (m, ctx) =>
      leadBefore(ctx.text, m.index, m.index + (m[0] as string).length, { min: 14, max: 14, chars: /[A-Za-z0-9]/ }, /[A-Za-z0-9_-]/),
    minEntropy: 3.5,
  }),
];
