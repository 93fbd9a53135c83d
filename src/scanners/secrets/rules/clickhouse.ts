// ClickHouse Cloud secret rules (saas family). Samples: __tests__/scanners/secrets/rules/clickhouse.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const CLICKHOUSE_RULES: SecretRule[] = [
  prefixedToken('clickhouse-cloud-secret', 'ClickHouse Cloud API secret', 'high', { family: 'saas', prefix: '4b1d', body: run('A-Za-z0-9', 38), minEntropy: 3.5 }),
];
