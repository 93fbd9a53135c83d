// The version a data contract carries: in its file name (orders.v2.json, orders-1.4.0.avsc) or in
// a version field of the file (version, schemaVersion, $id ending in a version). Facts only.
import type { ContractVersion } from '../types.js';

const VERSIONED_NAME = /(?:^|[^a-z])(v\d+(?:[._-]\d+)*)(?:[^a-z]|$)|(\d+\.\d+\.\d+)/i;
const VERSION_FIELD = /(?:^|[{,])\s*["']?(?:version|schemaVersion|schema_version|\$id)["']?\s*[:=]\s*["']?([^\s"',]*\d[^\s"',]*)/im;

export function contractVersion(path: string, text: string | undefined): ContractVersion | undefined {
  const name = path.split('/').pop() ?? '';
  const byName = VERSIONED_NAME.exec(name);
  if (byName) return { value: (byName[1] ?? byName[2])!, from: 'name', line: 1 };
  if (text === undefined) return undefined;
  const field = VERSION_FIELD.exec(text);
  if (!field) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < field.index + field[0].search(/[\w"'$]/); i = text.indexOf('\n', i + 1)) line++;
  return { value: field[1]!, from: 'field', line };
}
