// src/ reads one way: workspace -> scanners (facts) -> controls -> scorecard -> renderers, with the
// manifest and policy read beside the facts and the engine and entry points on top. A module may
// import its own folder or a layer below it, never one above: an arrow back (a scanner that knows
// the policy, a control that renders) fails here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Bottom to top. A top-level file (src/errors.ts) or folder (src/scanners) is one layer. */
const LAYERS: string[][] = [
  ['util', 'version', 'errors'],
  ['yaml'],
  ['workspace'],
  ['scanners'],
  ['config'],
  ['manifest'],
  ['policy'],
  ['controls'],
  ['scorecard'],
  ['report'],
  ['render'],
  ['engine'],
  ['publish'],
  ['action'],
  ['cli'],
  ['index'],
];

const rankOf = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** `scanners` for src/scanners/secrets/scan.ts, `errors` for src/errors.ts. */
function unitOf(file: string): string {
  return path.relative('src', file).split(path.sep)[0]!.replace(/\.(ts|js)$/, '');
}

/** Relative module specifiers of every import and re-export, type-only ones included. */
function importsOf(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/gm)) specs.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g)) specs.push(m[1]!);
  return specs;
}

const edges = files('src').flatMap((file) =>
  importsOf(readFileSync(file, 'utf8')).map((spec) => ({ file, from: unitOf(file), to: unitOf(path.join(path.dirname(file), spec)) })),
);

it('every folder and top-level module of src/ has a layer', () => {
  const units = new Set(files('src').map(unitOf));
  expect([...units].filter((u) => !rankOf.has(u))).toEqual([]);
});

it('the import scan sees the cross-layer imports (controls read facts, renderers read the scorecard)', () => {
  expect(edges.some((e) => e.from === 'controls' && e.to === 'scanners')).toBe(true);
  expect(edges.some((e) => e.from === 'render' && e.to === 'scorecard')).toBe(true);
});

it('no module imports a layer above its own', () => {
  const back = edges
    .filter((e) => e.from !== e.to && rankOf.get(e.to)! >= rankOf.get(e.from)!)
    .map((e) => `${e.file} imports ${e.to} (${e.from} is below it)`);
  expect(back).toEqual([]);
});
