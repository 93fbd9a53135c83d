// True and false samples of src/scanners/secrets/rules/password-hashes.ts, built when the tests run.
import { ALNUM, fake } from '../fake.js';
import type { RuleSamples } from './samples.js';

/** The crypt(3) alphabet: `./0-9A-Za-z`. */
const CRYPT = './' + ALNUM;

const h = (n: number, seed: string): string => fake(CRYPT, n, seed);

export const SAMPLES: RuleSamples = {
  'password-hash-md5-crypt': {
  match: [`root:$1$${h(8, 'md5c-1')}$${h(22, 'md5c-2')}:19000:0:99999:7:::`],
  noMatch: ['s.replace(/(\\w+)-(\\w+)/, "$1$2")', `$1$${h(8, 'md5c-3')}$${h(12, 'md5c-4')}`, '$1$xxxxxxxx$xxxxxxxxxxxxxxxxxxxxxx'],
},
  'password-hash-bcrypt': {
  match: [`admin:$2y$10$${h(53, 'bcrypt-1')}`, `INSERT INTO users (email, password_hash) VALUES ('ops@corp.internal', '$2b$12$${h(53, 'bcrypt-2')}');`],
  noMatch: ['"$2a$10$"', `const prefix = '$2a$10$${h(20, 'bcrypt-3')}';`, `$2a$10$${'x'.repeat(53)}`, 'line.replace(re, "$1$2a$3")'],
},
  'password-hash-sha256-crypt': {
  match: [`deploy:$5$${h(16, 'sha256c-1')}$${h(43, 'sha256c-2')}:19500:0:99999:7:::`, `$5$rounds=80000$${h(16, 'sha256c-3')}$${h(43, 'sha256c-4')}`],
  noMatch: [`$5$${h(16, 'sha256c-5')}$${h(30, 'sha256c-6')}`, '"$5$1"'],
},
  'password-hash-sha512-crypt': {
  match: [`root:$6$${h(16, 'sha512c-1')}$${h(86, 'sha512c-2')}:19600:0:99999:7:::`, `password: "$6$rounds=656000$${h(16, 'sha512c-3')}$${h(86, 'sha512c-4')}"`],
  noMatch: [`$6$${h(16, 'sha512c-5')}$${h(43, 'sha512c-6')}`, `$6$${h(8, 'sha512c-7')}$${'x'.repeat(86)}`, 'perl -pe "s/(a)(b)/$6$7/"'],
},
  'password-hash-cisco-type8': {
  match: [`username admin privilege 15 secret 8 $8$${h(14, 'cisco8-1')}$${h(43, 'cisco8-2')}`],
  noMatch: [`secret 8 $8$${h(14, 'cisco8-3')}$${h(20, 'cisco8-4')}`, 'echo "$8$9"'],
},
};
