// JSON Web Tokens.
import { B64URL, base64url, fake, fakeJwt } from './fake.js';
import { hits } from './helpers.js';

describe('JWTs', () => {
  it('a bearer token in an HTTP test file', () => {
    const text = `### get orders\nGET https://api.acme.io/orders\nAuthorization: Bearer ${fakeJwt('jwt-t-1')}\n`;
    expect(hits(text, 'requests/orders.http')).toEqual([['jwt', 3]]);
  });

  it('an unsigned (alg none) token still counts; its header decodes to JSON with alg', () => {
    const token = `${base64url('{"alg":"none","typ":"JWT"}')}.${base64url('{"sub":"admin","admin":true}')}.`;
    expect(hits(`token = "${token}"`, 'tests/auth_test.py')).toEqual([['jwt', 1]]);
  });

  it('base64url strings that merely start like a JWT are quiet', () => {
    const text = `const blob = "eyJ${fake(B64URL, 40, 'jwt-t-2')}.${fake(B64URL, 40, 'jwt-t-3')}.${fake(B64URL, 20, 'jwt-t-4')}";`;
    expect(hits(text, 'src/blob.ts')).toEqual([]);
  });

  it('a JSON header before a payload that is not JSON is a look-alike', () => {
    const header = base64url('{"alg":"HS256","typ":"JWT"}');
    expect(hits(`const blob = "${header}.${fake(B64URL, 120, 'jwt-t-6')}.${fake(B64URL, 43, 'jwt-t-7')}"`, 'src/client.py')).toEqual([]);
    expect(hits(`const blob = "${fakeJwt('jwt-t-8')}"`, 'src/client.py')).toEqual([['jwt', 1]]);
  });

  it('public anonymous keys (role anon) are quiet', () => {
    const anon = fakeJwt('jwt-t-5', { iss: 'supabase', role: 'anon', iat: 1700000000 });
    expect(hits(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`, '.env.local')).toEqual([]);
  });
});
