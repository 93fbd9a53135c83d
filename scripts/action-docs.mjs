// Writes the inputs and outputs tables in README.md from action.yml, between the
// <!-- action-inputs --> / <!-- action-outputs --> markers. `--check` exits 1 when README.md
// is stale (CI runs it through __tests__/publish/readme.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const inputs = [
  '| input | default | description |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`),
].join('\n');
const outputs = ['| output | description |', '| --- | --- |', ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)].join('\n');

const replace = (text, marker, table) => {
  const re = new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md has no <!-- ${marker}:start --> ... <!-- ${marker}:end --> block`);
  return text.replace(re, (_, start, end) => `${start}\n${table}\n${end}`);
};

const readme = readFileSync('README.md', 'utf8');
const updated = replace(replace(readme, 'action-inputs', inputs), 'action-outputs', outputs);
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    process.stderr.write('README.md inputs/outputs tables are stale: run `node scripts/action-docs.mjs`\n');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
}
