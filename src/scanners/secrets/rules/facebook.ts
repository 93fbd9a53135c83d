// Facebook secret rules (messaging family). Samples: __tests__/scanners/secrets/rules/facebook.samples.ts.
import { shannonEntropy } from '../entropy.js';
import { lineBounds } from '../lines.js';
import { asciiClass } from '../char-class.js';
import { defineRule, leadBefore, TOKEN_CHARS, WORD_CHARS, type SecretRule } from '../rule.js';
import { keywordAssigned, prefixedToken, run } from './build.js';

/** Words that, before a `<app id>|<secret>` pair on its line, say it is a Facebook app access token. */
const FACEBOOK_NEARBY = /facebook|access_token|\bfb[_.-]|graph\./i;

const isTokenChar = asciiClass(TOKEN_CHARS);

/**
 * The pattern's precheck at a `|` or `%7C`: the first and the 27th character after it are token
 * characters, as they are wherever the pattern matches. Minified code is full of `||`.
 */
function tokenAfterPipe(text: string, at: number): boolean {
  const after = text.charCodeAt(at) === 124 ? at + 1 : at + 3;
  return isTokenChar(text.charCodeAt(after)) && isTokenChar(text.charCodeAt(after + 26));
}

export const FACEBOOK_RULES: SecretRule[] = [
  prefixedToken('facebook-access-token', 'Facebook / Meta access token', 'high', { family: 'messaging', prefix: ['EAAM', 'EAAC'], body: run('A-Za-z0-9', 100, 500), boundary: WORD_CHARS, minEntropy: 4 }),
  defineRule({
    // One-off (a pair read in code): an app access token is the app id and its secret (or a
    // signature) joined by `|` (`%7C` in URLs).
    id: 'facebook-app-access-token',
    family: 'messaging',
    description: 'Facebook / Meta app access token',
    severity: 'high',
    keywords: ['facebook', 'access_token', 'fb_', 'graph.'],
    // Found from its `|` (or `%7C`) and the app id read backwards: a search from every digit run
    // of a file costs far more.
    anchored: true,
    anchors: ['|', '%7c'],
    precheck: tokenAfterPipe,
    pattern: /(?:\||%7[Cc])[A-Za-z0-9_-]{27,40}/,
    extract: (m, ctx) => {
      const end = m.index + (m[0] as string).length;
      if (end < ctx.text.length && /[A-Za-z0-9_-]/.test(ctx.text[end] as string)) return undefined;
      const id = leadBefore(ctx.text, m.index, m.index, { min: 15, max: 16, chars: /[0-9]/ }, /[A-Za-z0-9_-]/);
      return id && { secret: ctx.text.slice(id.start, end), start: id.start };
    },
    validate: (s) => shannonEntropy(s.slice(s.search(/[|%]/) + 1)) >= 3.5,
    inContext: (ctx) => FACEBOOK_NEARBY.test(ctx.text.slice(Math.max(lineBounds(ctx.text, ctx.secretStart)[0], ctx.secretStart - 200), ctx.secretStart)),
  }),
  keywordAssigned('facebook-app-secret', 'Facebook / Meta app secret', 'high', { family: 'messaging', keywords: ['facebook', 'fb_app', 'meta_app'], name: 'facebook[\\w.-]{0,20}secret|fb_app_secret|meta_app_secret', value: run('a-f0-9', 32) }),
];
