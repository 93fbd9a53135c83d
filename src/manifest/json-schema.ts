// The manifest schema as JSON Schema, for editors (yaml-language-server) to validate and complete.
import { z } from 'zod';
import { manifestSchema } from './schema.js';

export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://readiness-gate.dev/schema/readiness.schema.json',
    title: 'readiness-gate workload manifest',
  };
}
