// True and false samples of src/scanners/secrets/rules/telegram.ts, built when the tests run.
import { B64URL, DIGITS, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

export const SAMPLES: RuleSamples = {
  'telegram-bot-token': {
    match: [`TELEGRAM_BOT_TOKEN=${digits(10, 'tg-1')}:AA${fake(B64URL, 33, 'tg-2')}`, `fetch("https://api.telegram.org/bot${digits(9, 'tg-6')}:AA${fake(B64URL, 33, 'tg-7')}/getMe")`],
    noMatch: [`TELEGRAM_BOT_TOKEN=123456:ABC-${fake(B64URL, 30, 'tg-3')}`, `robot${digits(10, 'tg-4')}:AA${fake(B64URL, 33, 'tg-5')}`],
  },
};
