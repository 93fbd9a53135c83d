// Checks that scanning stays linear on hostile input: for each family of adversarial text it
// scans a 1 MB and a 2 MB file (in-process, one thread) and compares the times. A ratio far
// above 2 means some rule, reader or filter does work per match that grows with the file.
//
//   npm run bench:adversarial            # prints the table; exits 1 if a ratio exceeds 3.5
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const project = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const root = path.join(tmpdir(), 'readiness-gate-adversarial');
const KEYWORDS = ['password', 'token', 'secret', 'api_key', 'auth', 'azure', 'facebook', 'curl', 'ghp_', 'xoxb-', 'AKIA', 'sk-', 'BEGIN PRIVATE KEY', '://', 'variable', 'Default'];
const families = {
  'unclosed quotes after secret names': KEYWORDS.map((k) => `${k} = "abc\n${k}: 'x\n`).join(''),
  'unclosed XML elements': KEYWORDS.map((k) => `<${k.replace(/\W/g, '')}>\n`).join(''),
  'unclosed triple-quoted log calls': 'print("""  token\n',
  'log calls with secret names': 'console.log(password, token, \n',
  'curl -u with unclosed quotes': 'curl -u "x:abc\n',
  'Terraform variable headers without a body': ['main.tf', 'variable "db_password" {\n'],
  'CloudFormation defaults without braces': ['template.json', '{"Parameters": {"DbPassword": {"Type": "String", "Default": "Zq8s9x!kP2mW", \n'],
  'Kubernetes Secret data without an end': ['secret.yaml', 'apiVersion: v1\nkind: Secret\ndata:\n  password: ' + 'QUJD'.repeat(10) + '\n'],
  'Dockerfile ARG expansions': ['Dockerfile', 'ARG A=${B:-${C:-"x\nFROM ${A}${A}:${A}\n'],
  'compose services with unclosed images': ['docker-compose.yml', 'services:\n  a:\n    image: "nginx\n'],
  'long base64 runs near Azure': `azure ${'A'.repeat(86)}== `,
  'Facebook app ids before pipes': 'facebook 1234567890123456|',
  'credentialed-URL prefixes': 'https://user:' + 'p'.repeat(20) + ' ',
  'one very long line': 'key=' + 'a'.repeat(200) + ' ',
  'unclosed {{ in bare values': 'password={{Zq8s9x!kP2mW\nsecret: {{ .Values.x\n',
  'command lines without a password': `mysql ${'-x '.repeat(60)}\npsexec ${'-u a '.repeat(40)}\n -Password \n`,
  'credential constructors without a password': 'new NetworkCredential("a", \nnew DirectoryEntry("LDAP://x", "u", \n',
};
rmSync(root, { recursive: true, force: true });
const policy = 'apiVersion: readiness-gate/v1\nkind: Policy\nlimits:\n  max_file_bytes: 4000000\n';
let worst = 0;
console.log('family'.padEnd(46), '1 MB', '  2 MB', '  ratio');
for (const [name, spec] of Object.entries(families)) {
  const [file, unit] = Array.isArray(spec) ? spec : ['input.py', spec];
  const times = [];
  for (const mb of [1, 2]) {
    const dir = path.join(root, `${name.replace(/\W+/g, '-')}-${mb}`);
    mkdirSync(path.join(dir, '.github'), { recursive: true });
    writeFileSync(path.join(dir, '.github/readiness-policy.yml'), policy);
    writeFileSync(path.join(dir, file), unit.repeat(Math.ceil((mb * 1e6) / unit.length)));
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, [path.join(project, 'dist/cli/index.js'), 'check', dir, '--format', 'json'], { env: { ...process.env, READINESS_GATE_THREADS: '1' }, maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  // Process start-up (~0.15 s) is in both times; it flatters no ratio above 2.
  const ratio = times[1] / times[0];
  worst = Math.max(worst, ratio);
  console.log(name.padEnd(46), times[0].toFixed(2), ' ', times[1].toFixed(2), ' ', ratio.toFixed(2));
}
rmSync(root, { recursive: true, force: true });
console.log(`worst ratio ${worst.toFixed(2)} (linear is about 2 or less)`);
process.exit(worst > 3.5 ? 1 : 0);
