// Docker Hub secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/docker.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

function decodesToUserPassword(b64: string): boolean {
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && colon < decoded.length - 1 && /^[\x20-\x7e]+$/.test(decoded);
}

export const DOCKER_RULES: SecretRule[] = [
  prefixedToken('dockerhub-pat', 'Docker Hub personal access token', 'high', { family: 'ci-cd', prefix: 'dckr_pat_', body: run('A-Za-z0-9_-', 27), minEntropy: 3.5 }),
  defineRule({
    // One-off: a config.json `auth` field (base64 of `user:password`) in a file with `auths`.
    id: 'docker-config-auth',
    family: 'ci-cd',
    description: 'Registry credentials in a Docker config.json',
    severity: 'high',
    keywords: ['"auth"'],
    anchored: true,
    pattern: /"auth"[ \t]{0,3}:[ \t]{0,3}"([A-Za-z0-9+/]{8,1000}={0,2})"/,
    validate: decodesToUserPassword,
    inContext: (ctx) => ctx.memoized('docker-config-auths', () => /"auths"\s*:/.test(ctx.text)),
    specificity: 2,
  }),
];
