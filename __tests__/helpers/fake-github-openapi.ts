// Holds every request the action makes to GitHub's own OpenAPI description (@octokit/openapi):
// the route must exist for the method, path and query parameters must be declared and of the
// declared type, and the JSON body must match the request body schema (plus: no unknown
// top-level fields, so a misspelt field fails here instead of being silently ignored).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}
interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Json }> };
}
interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  literalLength: number;
  operation: Operation;
}

export interface MatchedRequest {
  operationId: string;
  template: string;
  params: Record<string, string>;
}

// The formats GitHub's request bodies use; Ajv knows none by default.
const FORMATS = {
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
  uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
  email: /^[^@\s]+@[^@\s]+$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  uuid: /^[0-9a-f-]{36}$/i,
};

let cached: OpenApi | undefined;

/** Loads the description once per test file (13 MB of JSON). */
export function openApi(): OpenApi {
  cached ??= new OpenApi(JSON.parse(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json')), 'generated/api.github.com.json'), 'utf8')));
  return cached;
}

export class OpenApi {
  private readonly routes: Route[] = [];
  private readonly ajv = new Ajv({ strict: false, allErrors: true, formats: FORMATS });
  private readonly bodies = new Map<string, ValidateFunction>();

  constructor(private readonly doc: { paths: Record<string, Record<string, Operation>>; components: Json }) {
    for (const [template, methods] of Object.entries(doc.paths)) {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
        this.routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, literalLength: template.replace(/\{[^}]+\}/g, '').length, operation });
      }
    }
  }

  /** Returns the matched operation, or throws with what GitHub would reject. */
  validate(method: string, url: URL, body: unknown): MatchedRequest {
    const candidates = this.routes.filter((r) => r.method === method && r.pattern.test(url.pathname)).sort((a, b) => b.literalLength - a.literalLength);
    const route = candidates[0];
    if (!route) throw new Error(`no such route in GitHub's OpenAPI description: ${method} ${url.pathname}`);
    const values = route.pattern.exec(url.pathname)!.slice(1).map(decodeURIComponent);
    const params = Object.fromEntries(route.names.map((n, i) => [n, values[i]!]));
    const declared = (route.operation.parameters ?? []).map((p) => this.resolve<Parameter>(p));
    const problems: string[] = [];
    for (const p of declared.filter((p) => p.in === 'path')) this.checkValue(`path parameter ${p.name}`, params[p.name], p, problems);
    const query = [...url.searchParams.keys()];
    for (const name of query) {
      const p = declared.find((d) => d.in === 'query' && d.name === name);
      if (!p) problems.push(`unknown query parameter '${name}'`);
      else this.checkValue(`query parameter ${name}`, url.searchParams.get(name)!, p, problems);
    }
    for (const p of declared.filter((d) => d.in === 'query' && d.required)) if (!url.searchParams.has(p.name)) problems.push(`missing query parameter '${p.name}'`);
    this.checkBody(route, body, problems);
    if (problems.length) throw new Error(`${method} ${url.pathname} (${route.operation.operationId}) does not match GitHub's OpenAPI description: ${problems.join('; ')}`);
    return { operationId: route.operation.operationId, template: route.template, params };
  }

  private checkValue(what: string, value: string | undefined, p: Parameter, problems: string[]): void {
    if (value === undefined) {
      if (p.required) problems.push(`missing ${what}`);
      return;
    }
    const schema = this.deref(p.schema ?? {}) as Json;
    if ((schema.type === 'integer' && !/^-?\d+$/.test(value)) || (schema.type === 'boolean' && !/^(true|false)$/.test(value))) problems.push(`${what} must be ${schema.type}, got '${value}'`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${what} must be one of ${schema.enum.join(', ')}, got '${value}'`);
  }

  private checkBody(route: Route, body: unknown, problems: string[]): void {
    const rb = route.operation.requestBody;
    const schema = rb?.content?.['application/json']?.schema;
    if (body === undefined) {
      if (rb?.required) problems.push('missing request body');
      return;
    }
    if (!schema) {
      problems.push('this operation takes no request body');
      return;
    }
    const key = `${route.method} ${route.template}`;
    let validate = this.bodies.get(key);
    if (!validate) {
      validate = this.ajv.compile(this.deref(schema) as Json);
      this.bodies.set(key, validate);
    }
    if (!validate(body)) problems.push(...(validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message}`));
    const props = (this.deref(schema) as Json).properties as Json | undefined;
    if (props && body && typeof body === 'object') for (const k of Object.keys(body)) if (!(k in props)) problems.push(`unknown body field '${k}'`);
  }

  private resolve<T>(node: T | { $ref: string }): T {
    if (node && typeof node === 'object' && '$ref' in node) {
      const parts = (node.$ref as string).replace(/^#\//, '').split('/');
      let at: unknown = this.doc;
      for (const p of parts) at = (at as Json)[p];
      return this.resolve(at as T);
    }
    return node as T;
  }

  /** Inlines $refs (request bodies are small trees; a cycle keeps its $ref unresolved as `{}`). */
  private deref(node: unknown, seen: string[] = []): unknown {
    if (Array.isArray(node)) return node.map((n) => this.deref(n, seen));
    if (!node || typeof node !== 'object') return node;
    const obj = node as Json;
    if (typeof obj.$ref === 'string') return seen.includes(obj.$ref) ? {} : this.deref(this.resolve(obj), [...seen, obj.$ref]);
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, k === 'example' || k === 'examples' ? v : this.deref(v, seen)]));
  }
}
