// Mapbox secret rules (saas family). Samples: __tests__/scanners/secrets/rules/mapbox.samples.ts.
import { type SecretRule } from '../rule.js';
import { prefixedToken } from './build.js';

export const MAPBOX_RULES: SecretRule[] = [
  prefixedToken('mapbox-secret-token', 'Mapbox secret access token', 'high', { family: 'saas', prefix: 'sk.eyJ1Ijoi', body: '[A-Za-z0-9_-]{20,300}\\.[A-Za-z0-9_-]{22}', minEntropy: 3.5 }),
];
