// True and false samples of src/scanners/secrets/rules/twitch.ts, built when the tests run.
import { ALNUM, DIGITS, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const digits = (n: number, seed: string): string => String(1 + (Number.parseInt(fake(DIGITS, 6, seed), 10) % 9)) + fake(DIGITS, n - 1, seed + 'd');

/** Digits led by a 7, for the ids in the whole-file samples. */
const digits7 = (n: number, seed: string): string => `7${fake(DIGITS, n - 1, seed)}`;

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
    files: [
      {
        name: 'a restream script with a Twitch stream key in the RTMP ingest URL',
        path: 'restream/platforms.py',
        text: [
          'platforms = [',
          `    {"name": "twitch", "url": "rtmp://live.twitch.tv/app/live_${digits7(10, 'm-tw-1')}_${fake(ALNUM, 30, 'm-tw-2')}"},`,
          '    {"name": "local", "url": "rtmp://127.0.0.1/live/stream"},',
          ']',
        ].join('\n'),
        findings: [['twitch-stream-key', 2]],
      },
    ],
  },
};
