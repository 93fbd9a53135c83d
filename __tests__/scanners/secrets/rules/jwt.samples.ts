// True and false samples of src/scanners/secrets/rules/jwt.ts, built when the tests run.
import { base64url, fakeJwt } from '../fake.js';
import type { RuleSamples } from './samples.js';

export const SAMPLES: RuleSamples = {
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
