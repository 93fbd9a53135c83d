// Words and symbols shared by the renderers, so every format says the same thing.
import type { ControlStatus } from '../controls/types.js';
import type { Level } from '../scorecard/scorecard.js';

export const STATUS_SYMBOL: Record<ControlStatus, string> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  waived: '⏸️',
  not_applicable: '➖',
};

export const STATUS_WORD: Record<ControlStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  warn: 'warn',
  waived: 'waived',
  not_applicable: 'n/a',
};

export const LEVEL_TEXT: Record<Level, string> = {
  prototype: 'prototype: does not yet meet the experiment bar',
  experiment: 'experiment: fine to try, not to depend on',
  beta: 'beta: safe for early users',
  production: 'production: meets the full bar',
};
