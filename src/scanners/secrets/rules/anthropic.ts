// Anthropic secret rules (ai family). Samples: __tests__/scanners/secrets/rules/anthropic.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';
import { prefixedToken, run } from './build.js';

export const ANTHROPIC_RULES: SecretRule[] = [
  prefixedToken('anthropic-api-key', 'Anthropic API key', 'critical', { family: 'ai', prefix: 'sk-ant-api03-', body: '[A-Za-z0-9_-]{93}AA', minEntropy: 4 }),
  prefixedToken('anthropic-admin-key', 'Anthropic admin API key', 'critical', { family: 'ai', prefix: 'sk-ant-admin01-', body: '[A-Za-z0-9_-]{93}AA', minEntropy: 4 }),
  // Claude Code's long-lived OAuth token (`claude setup-token`, CLAUDE_CODE_OAUTH_TOKEN).
  prefixedToken('anthropic-oauth-token', 'Anthropic (Claude Code) OAuth token', 'critical', { family: 'ai', prefix: 'sk-ant-oat01-', body: run('A-Za-z0-9_-', 95), minEntropy: 4 }),
];
