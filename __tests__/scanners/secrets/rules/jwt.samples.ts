// True and false samples of src/scanners/secrets/rules/jwt.ts, built when the tests run.
import { base64url, fakeJwt } from '../fake.js';
import type { RuleSamples } from './samples.js';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

export const SAMPLES: RuleSamples = {
  'jwt-base64': {
    match: [
      `token: ${b64(fakeJwt('jwt-b64-1'))}`,
      // A Kubernetes Secret's data field, the JWT followed by a newline before it was encoded.
      `data:\n  id-token: ${b64(`${fakeJwt('jwt-b64-2', { sub: 'svc-deploy', iat: 1700000000 })}\n`)}`,
      // A header without a string alg still counts once both segments are JSON objects.
      `SERVICE_TOKEN=${b64(`${base64url('{"typ":"JWT","kid":"k1"}')}.${base64url('{"sub":"svc-ci","iat":1700000000}')}.${base64url('sig-bytes-0123456789')}`)}`,
    ],
    noMatch: [
      `data: ${b64(`${base64url('{"not":"a jwt"}')}.${base64url('plain text, not a payload')}.sig`)}`,
      // A public Supabase anon key is not a secret, encoded or not.
      `anon: ${b64(fakeJwt('jwt-b64-3', { role: 'anon', iss: 'supabase', iat: 1700000000 }))}`,
      // Inside a longer base64 run: not a value of its own.
      `blob: QUFB${b64(fakeJwt('jwt-b64-4'))}`,
    ],
  },
  'jwt': {
    match: [
      `Authorization: Bearer ${fakeJwt('jwt-1')}`,
      // Unsigned or cut off after the payload.
      `token = "${fakeJwt('jwt-4').split('.').slice(0, 2).join('.')}"`, `const token = '${fakeJwt('jwt-2', { sub: 'svc-billing', role: 'service_role', iat: 1700000000 })}';`],
    noMatch: [
      `const anon = '${fakeJwt('jwt-3', { role: 'anon', iss: 'supabase', iat: 1700000000 })}';`,
      `${base64url('{"not":"a jwt"}')}.${base64url('{"sub":"1234567890"}')}.${base64url('signature')}`,
      `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url('not json')}`,
      'eyJAAAA.eyJBBB',
    ],
  },
};
