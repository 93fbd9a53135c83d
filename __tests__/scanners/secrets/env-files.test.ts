// .env files: random values are credentials whatever their variable is called.
import { ALNUM, B64, fake, HEX } from './fake.js';
import { hits } from './helpers.js';

describe('.env files', () => {
  const seal = fake(B64, 44, 'envf-1');
  const dotenv = [
    '# local development',
    'NODE_ENV=development',
    'PORT=3000',
    `GOOGLE_CLIENT_ID=${fake(ALNUM, 24, 'envf-2')}`,
    'S3_BUCKET=acme-uploads-dev',
    `GIT_COMMIT_SHA=${fake(HEX, 40, 'envf-3')}`,
    'LOG_FORMAT=JsonLayoutWithTimestamps',
    `COOKIE_SEAL=${seal}   # rotate monthly`,
    `export WEBHOOK_SIGNING="${fake(ALNUM, 32, 'envf-4')}"\r`,
    `JWT_SECRET=${fake(ALNUM, 40, 'envf-5')}`,
  ].join('\n');

  it('reports random values under any name, leaves ids, hashes and words alone', () => {
    expect(hits(dotenv, 'services/api/.env.local')).toEqual([
      ['env-file-random-value', 8],
      ['env-file-random-value', 9],
      ['generic-secret-assignment', 10],
    ]);
  });

  it('only in dotenv files', () => {
    expect(hits(`COOKIE_SEAL=${seal}`, 'docs/settings.txt')).toEqual([]);
    expect(hits(`COOKIE_SEAL=${seal}`, 'deploy/prod.env')).toEqual([['env-file-random-value', 1]]);
    expect(hits(`COOKIE_SEAL=${seal}`, '.envrc')).toEqual([]);
  });
});
