import { parseAllDocuments, LineCounter } from 'yaml';
for (const f of process.argv.slice(2)) {
const text = (await import('node:fs')).readFileSync(f,'utf8');
const docs = parseAllDocuments(text, { lineCounter: new LineCounter(), uniqueKeys: true, schema: 'core', merge: false, prettyErrors: false, strict: true });
console.log(f, docs.map(d => [d.errors.map(e=>e.message.slice(0,80)), d.warnings.map(e=>e.message.slice(0,80))]));
}
