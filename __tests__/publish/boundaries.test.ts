// Only the entry points and src/publish talk to GitHub: nothing else imports @actions/*.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

it('@actions/* is imported only by src/index.ts, src/cli and src/publish', () => {
  const importers = files('src').filter((f) => /^\s*import[^;]*from '@actions\//m.test(readFileSync(f, 'utf8')));
  expect(importers.length).toBeGreaterThan(0);
  for (const f of importers) expect(f).toMatch(/^src\/(index\.ts|cli|publish\/)/);
});
