// The compose shape of a YAML document: its services, with or without the compose file name.
// Shared by the image scanner (service images) and the deployables (one per service).
import type { Node } from 'yaml';
import { asMap, entries, get, type AstContext } from '../../yaml/ast.js';

const COMPOSE_TOP_LEVEL = new Set(['version', 'services', 'volumes', 'networks', 'configs', 'secrets', 'name', 'include', 'models']);

export function isComposeShaped(ctx: AstContext, root: Node | undefined): boolean {
  const top = entries(ctx, root);
  if (top.length === 0) return false;
  if (!top.every((item) => COMPOSE_TOP_LEVEL.has(item.key) || item.key.startsWith('x-'))) return false;
  const services = entries(ctx, get(ctx, root, 'services'));
  if (services.length === 0) return false;
  return services.some((service) => {
    const map = asMap(ctx, service.value);
    return map !== undefined && (get(ctx, map, 'image') !== undefined || get(ctx, map, 'build') !== undefined);
  });
}

export function composeServices(ctx: AstContext, root: Node | undefined, byPath: boolean): { name: string; keyNode: Node; node: Node }[] {
  const servicesNode = get(ctx, root, 'services');
  let list = entries(ctx, servicesNode);
  if (!servicesNode && byPath) {
    // Compose file format v1: services at the top level.
    list = entries(ctx, root).filter((item) => {
      const map = asMap(ctx, item.value);
      return map !== undefined && (get(ctx, map, 'image') !== undefined || get(ctx, map, 'build') !== undefined);
    });
  }
  const out: { name: string; keyNode: Node; node: Node }[] = [];
  for (const item of list) {
    if (item.key.startsWith('x-')) continue;
    const node = asMap(ctx, item.value);
    if (node) out.push({ name: item.key, keyNode: item.keyNode, node });
  }
  return out;
}
