// Docker Hub secret rules (ci-cd family). Samples: __tests__/scanners/secrets/rules/docker.samples.ts.
import { isPlaceholderOrReference } from '../placeholders.js';
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

function decodesToUserPassword(b64: string): boolean {
  const decoded = Buffer.from(b64, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // Printable, and line breaks: a GCR `_json_key:` password is a service-account JSON.
  if (colon <= 0 || colon === decoded.length - 1 || !/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return false;
  // The base64 hides a placeholder pair from the value checks (`my_username:my_password`); a
  // password over several lines is a key document, not a typed value.
  const password = decoded.slice(colon + 1);
  return /[\r\n]/.test(password) || !isPlaceholderOrReference(password);
}

export const DOCKER_RULES: SecretRule[] = [
  prefixedToken('dockerhub-pat', 'Docker Hub personal access token', 'high', { family: 'ci-cd', prefix: 'dckr_pat_', body: run('A-Za-z0-9_-', 27), minEntropy: 3.5 }),
  defineRule({
    // One-off: a config.json `auth` field (base64 of `user:password`) in a file with `auths`, also
    // where the config.json is held escaped in a string (GitLab runner `DOCKER_AUTH_CONFIG`, a
    // Secret's `config.json: "{\"auths\": ...}"`), so the quotes may carry backslashes.
    id: 'docker-config-auth',
    family: 'ci-cd',
    description: 'Registry credentials in a Docker config.json',
    severity: 'high',
    keywords: ['auths'],
    pattern: /"auth\\{0,3}"[ \t]{0,3}:[ \t]{0,3}\\{0,3}"([A-Za-z0-9+/]{8,8000}={0,2})\\{0,3}"/,
    validate: decodesToUserPassword,
    inContext: (ctx) => ctx.memoized('docker-config-auths', () => /"auths\\{0,3}"\s*:/.test(ctx.text)),
    specificity: 2,
  }),
];
