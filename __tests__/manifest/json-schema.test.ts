import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { manifestJsonSchema } from '../../src/manifest/json-schema.js';

// Editors validate with the JSON Schema, the engine with zod: they must agree on real manifests.
describe('the exported JSON Schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(manifestJsonSchema());

  it.each(['weekend-prototype', 'partial', 'production-ready'])('accepts examples/%s/readiness.yaml', (example) => {
    const manifest = parse(readFileSync(`examples/${example}/readiness.yaml`, 'utf8'));
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('rejects a misspelt key and a bad enum value, as the engine does', () => {
    const manifest = parse(readFileSync('examples/partial/readiness.yaml', 'utf8'));
    expect(validate({ ...manifest, telemtry: {} })).toBe(false);
    expect(validate({ ...manifest, tier: 'prod' })).toBe(false);
  });

  it('matches the committed schema/readiness.schema.json', () => {
    expect(JSON.parse(readFileSync('schema/readiness.schema.json', 'utf8'))).toEqual(manifestJsonSchema());
  });
});
