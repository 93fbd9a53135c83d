// Anthropic API secret rules (ai family). Samples: __tests__/scanners/secrets/rules/anthropic.samples.ts.
import { defineRule, TOKEN_CHARS, type SecretRule } from '../rule.js';

export const ANTHROPIC_RULES: SecretRule[] = [
  defineRule({
    id: 'anthropic-api-key',
    family: 'ai',
    description: 'Anthropic API key',
    severity: 'critical',
    keywords: ['sk-ant-api03-'],
    pattern: /(sk-ant-api03-[A-Za-z0-9_-]{93}AA)/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
  defineRule({
    id: 'anthropic-admin-key',
    family: 'ai',
    description: 'Anthropic admin API key',
    severity: 'critical',
    keywords: ['sk-ant-admin01-'],
    pattern: /(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
  defineRule({
    // Claude Code's long-lived OAuth token (`claude setup-token`, CLAUDE_CODE_OAUTH_TOKEN).
    id: 'anthropic-oauth-token',
    family: 'ai',
    description: 'Anthropic (Claude Code) OAuth token',
    severity: 'critical',
    keywords: ['sk-ant-oat01-'],
    pattern: /(sk-ant-oat01-[A-Za-z0-9_-]{95})/,
    boundary: TOKEN_CHARS,
    minEntropy: 4,
  }),
];
