// True and false samples of src/scanners/secrets/rules/twitch.ts, built when the tests run.
import { ALNUM, DIGITS, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

export const SAMPLES: RuleSamples = {
  'twitch-stream-key': {
    match: [
      `ffmpeg -re -i show.mp4 -c copy -f flv rtmp://live.twitch.tv/app/live_${digits(9, 'twitch-1')}_${fake(ALNUM, 30, 'twitch-2')}`,
      `TWITCH_STREAM_KEY=live_${digits(10, 'twitch-3')}_${fake(ALNUM, 30, 'twitch-4')}`,
    ],
    noMatch: [
      'TWITCH_STREAM_KEY=live_xxxxxxxxxx_xxxxxxxxxxxxxx',
      `TWITCH_STREAM_KEY=live_${digits(9, 'twitch-5')}_${fake(ALNUM, 24, 'twitch-6')}`,
      `STRIPE_KEY=sk_live_${digits(9, 'twitch-7')}_${fake(ALNUM, 30, 'twitch-8')}`,
    ],
  },
};
