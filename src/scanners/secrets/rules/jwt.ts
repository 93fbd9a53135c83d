// JSON Web Tokens: three base64url segments whose header decodes to JSON with an `alg`, and the
// same tokens base64-encoded once more. Samples: __tests__/scanners/secrets/rules/jwt.samples.ts.
// One-offs by nature: the tokens are decoded in code, so each is a `defineRule` of its own.
import { defineRule, type SecretRule } from '../rule.js';

function decodeJson(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Header is a JSON object with a string `alg` and the payload a JSON object (the claims): a
 * JSON header before random base64 is a look-alike, not a token anyone issued. Supabase-style
 * anonymous keys (role anon) are public by design. A token without its signature part
 * (`header.payload`, as unsigned or cut-off tokens are pasted) counts too.
 */
export function isJwt(token: string): boolean {
  const parts = token.split('.');
  const h = decodeJson(parts[0] ?? '');
  if (typeof h !== 'object' || h === null || typeof (h as { alg?: unknown }).alg !== 'string') return false;
  const p = decodeJson(parts[1] ?? '');
  const payloadIsObject = typeof p === 'object' && p !== null && !Array.isArray(p);
  if (payloadIsObject && (p as { role?: unknown }).role === 'anon') return false;
  return payloadIsObject;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JWT that was base64-encoded once more (Kubernetes data fields, env files, CI variables). */
function decodesToJwt(encoded: string): boolean {
  const alphabet = encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64';
  const decoded = Buffer.from(encoded, alphabet).toString('utf8').trim();
  if (!/^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*)?=*$/.test(decoded)) return false;
  const token = decoded.replace(/=+$/, '');
  if (isJwt(token)) return true;
  // isJwt wants a string `alg`; once re-encoded, a JSON-object header and payload are evidence
  // enough. A Supabase anon key stays public however it is encoded.
  const [h, p] = token.split('.').map((part) => decodeJson(part));
  return isObject(h) && isObject(p) && p.role !== 'anon';
}

export const JWT_RULES: SecretRule[] = [
  defineRule({
    id: 'jwt-base64',
    family: 'jwt',
    description: 'Base64-encoded JSON Web Token',
    severity: 'medium',
    keywords: ['zxlk'],
    anchored: true,
    // "ZXlK" is base64 of "eyJ", the start of every JWT header; the value is decoded in code.
    pattern: /ZXlK[A-Za-z0-9+/_-]{40,8000}={0,2}/,
    extract(m, ctx) {
      const start = m.index;
      // Inside a longer base64 run the value is not aligned on a token of its own.
      if (start > 0 && /[A-Za-z0-9+/_-]/.test(ctx.text[start - 1] as string)) return undefined;
      const token = m[0] as string;
      return decodesToJwt(token) ? { secret: token, start } : undefined;
    },
    specificity: 2,
  }),
  defineRule({
    id: 'jwt',
    family: 'jwt',
    description: 'JSON Web Token',
    severity: 'medium',
    keywords: ['eyj'],
    anchored: true,
    // The pattern finds a JSON header segment; the payload and signature are read in code.
    pattern: /eyJ[A-Za-z0-9_-]{8,400}\./,
    extract(m, ctx) {
      const start = m.index;
      if (start > 0 && /[A-Za-z0-9_-]/.test(ctx.text[start - 1] as string)) return undefined;
      const rest = /[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*)?/y;
      rest.lastIndex = start + (m[0] as string).length;
      const tail = rest.exec(ctx.text);
      if (!tail) return undefined;
      const token = ctx.text.slice(start, rest.lastIndex);
      ctx.skipTo(rest.lastIndex);
      return isJwt(token) ? { secret: token, start } : undefined;
    },
    specificity: 2,
  }),
];
