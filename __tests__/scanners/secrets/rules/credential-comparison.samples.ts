// True and false samples of src/scanners/secrets/rules/credential-comparison.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

const chosen = (seed: string): string => `${fake(ALNUM, 10, seed)}@!`;

export const SAMPLES: RuleSamples = {
  'secret-comparison': {
    match: [
      `if (db_pass !== "${chosen('cmp-1')}") {`,
      `if ("${chosen('cmp-2')}" === private_key) {`,
      `if username == "admin" and password == "${chosen('cmp-3')}":`,
      `if (password === "${chosen('cmp-9')}" || password === legacy) {`,
      `if (creds.Secret != "${fake(ALNUM, 24, 'cmp-4')}") {`,
      `if (apiToken.equals("${chosen('cmp-5')}")) {`,
      `if password == request.form["password"] or request.form["password"] == '${chosen('cmp-6')}':`,
    ],
    noMatch: [
      'if (token.value === "function") {',
      'if (password === "") {',
      'if (password == null || password == "password") {',
      `if (e.key === "${chosen('cmp-7')}") {`,
      'if (secretType == "kubernetes.io/tls") {',
      `if (password == confirmPassword) {`,
      `if (password == "${chosen('cmp-8')}" + suffix) {`,
      'if (token === process.env.API_TOKEN) {',
      'elif creds == "s3AccessKeyIDName":',
    ],
  },
};
