// Telegram secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/telegram.samples.ts.
import { defineRule, leadBefore, type ExtractedSecret, type SecretRule } from '../rule.js';

/** `<bot id>:AA<33>`; the Bot API's URLs glue it to `bot` (`/bot123456789:AA.../getMe`). */
function telegramToken(text: string, suffixStart: number): ExtractedSecret | undefined {
  if (/[A-Za-z0-9_:-]/.test(text[suffixStart + 36] ?? '')) return undefined;
  const found = leadBefore(text, suffixStart, suffixStart + 36, { min: 8, max: 10, chars: /[0-9]/ }, /[0-9_:-]/);
  if (!found || found.start === 0 || !/[A-Za-z]/.test(text[found.start - 1] as string)) return found;
  const lead = text.slice(Math.max(0, found.start - 4), found.start);
  return /(?:^|[^A-Za-z0-9_])bot$/i.test(lead) ? found : undefined;
}

export const TELEGRAM_RULES: SecretRule[] = [
  defineRule({
    // One-off: found from `:AA`; the bot id before it is read in code, also where a Bot API URL
    // glues `bot` to it.
    id: 'telegram-bot-token',
    family: 'messaging',
    description: 'Telegram bot token',
    severity: 'high',
    keywords: [':aa'],
    // The pattern starts with the keyword: tried at its occurrences only.
    anchored: true,
    pattern: /:AA[A-Za-z0-9_-]{33}/,
    extract: (m, ctx) => telegramToken(ctx.text, m.index),
    minEntropy: 3.5,
  }),
];
