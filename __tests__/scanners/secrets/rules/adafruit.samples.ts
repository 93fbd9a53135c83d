// True and false samples of src/scanners/secrets/rules/adafruit.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
  'adafruit-io-key': {
    match: [`#define IO_KEY "aio_${fake(ALNUM, 28, 'aio-1')}"`, `ADAFRUIT_IO_KEY=aio_${fake(ALNUM, 28, 'aio-2')}`],
    noMatch: ['ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx', `aio_${fake(ALNUM, 24, 'aio-3')}`, `aio_${fake(ALNUM, 32, 'aio-4')}`, `radio_${fake(ALNUM, 28, 'aio-5')}`],
    files: [
      {
        name: 'an Arduino sketch with its Adafruit IO key',
        path: 'firmware/config.h',
        text: `#include "AdafruitIO_WiFi.h"\n#define IO_USERNAME "maker"\n#define IO_KEY "aio_${fake(ALNUM, 28, 's-aio-1')}"\nAdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);\n`,
        findings: [['adafruit-io-key', 3]],
      },
    ],
  },
};
