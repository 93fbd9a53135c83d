// Password hashes: crypt(3) formats and Cisco type 8 secrets in the files they are committed in.
import { ALNUM, fake } from './fake.js';
import { hits, scan } from './helpers.js';

const h = (n: number, seed: string): string => fake('./' + ALNUM, n, seed);

describe('password hashes', () => {
  it('a copy of /etc/shadow: sha512-crypt and md5-crypt entries, locked accounts are quiet', () => {
    const text = [
      `root:$6$${h(16, 'ph-1')}$${h(86, 'ph-2')}:19600:0:99999:7:::`,
      'daemon:*:19600:0:99999:7:::',
      'nobody:!:19600:0:99999:7:::',
      `legacy:$1$${h(8, 'ph-3')}$${h(22, 'ph-4')}:17000:0:99999:7:::`,
    ].join('\n');
    expect(hits(text, 'ansible/files/shadow')).toEqual([
      ['password-hash-sha512-crypt', 1],
      ['password-hash-md5-crypt', 4],
    ]);
    expect(scan(text, 'ansible/files/shadow').map((f) => f.severity)).toEqual(['medium', 'medium']);
  });

  it('test fixtures hash their users\' passwords by design: not reported there', () => {
    const fixture = `[{"email": "a@b.c", "password_hash": "$2b$12$${h(53, 'ph-fx')}"}]`;
    expect(hits(fixture, 'tests/fixtures/users.json')).toEqual([]);
    expect(hits(fixture, 'db/seeds/users.json')).toEqual([['password-hash-bcrypt', 1]]);
  });

  it('an htpasswd file and a SQL seed with bcrypt hashes', () => {
    expect(hits(`admin:$2y$10$${h(53, 'ph-5')}\nviewer:$2y$10$${h(53, 'ph-6')}\n`, 'nginx/.htpasswd')).toEqual([
      ['password-hash-bcrypt', 1],
      ['password-hash-bcrypt', 2],
    ]);
    const sql = `INSERT INTO users (email, password_hash, role)\nVALUES ('ops@corp.internal', '$2b$12$${h(53, 'ph-7')}', 'admin');\n`;
    expect(hits(sql, 'db/seeds/001_users.sql')).toEqual([['password-hash-bcrypt', 2]]);
  });

  it('a Cisco IOS config with a type 8 secret and a cloud-init user with a sha256-crypt hash', () => {
    const ios = `hostname edge-1\n!\nusername netops privilege 15 secret 8 $8$${h(14, 'ph-8')}$${h(43, 'ph-9')}\n!\n`;
    expect(hits(ios, 'network/edge-1.cfg')).toEqual([['password-hash-cisco-type8', 3]]);
    const cloudInit = `#cloud-config\nusers:\n  - name: deploy\n    passwd: "$5$rounds=80000$${h(16, 'ph-10')}$${h(43, 'ph-11')}"\n`;
    expect(hits(cloudInit, 'cloud-init/user-data.yaml')).toEqual([['password-hash-sha256-crypt', 4]]);
  });

  it('regex replacement strings and prefixes in code are not hashes', () => {
    const text = [
      'const swapped = name.replace(/(\\w+) (\\w+)/, "$2 $1");',
      'const joined = s.replace(re, "$1$2");',
      "const BCRYPT_PREFIX = '$2a$10$';",
      "if (hash.startsWith('$6$')) algorithm = 'sha512';",
      `const truncated = '$2a$10$${h(30, 'ph-12')}';`,
    ].join('\n');
    expect(hits(text, 'src/auth/hash.ts')).toEqual([]);
  });
});
