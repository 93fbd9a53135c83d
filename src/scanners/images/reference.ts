// Image references as Docker's reference grammar (distribution/reference) defines them:
//   [registry[:port]/]path[:tag][@algorithm:hex]
// Parsing is purely textual: nothing here talks to a registry.
import type { ImageStatus } from '../types.js';

export interface ParsedImageReference {
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
  status: ImageStatus;
  /** False when the text is not a well-formed reference (uppercase path, bad tag, bad digest...). */
  valid: boolean;
  /** Why the reference is unresolved or invalid, for messages. */
  reason?: 'placeholder' | 'invalid' | 'empty';
}

/** `${VAR}`, `$VAR`, `$(params.x)` (Tekton, Kubernetes env), `{{ .Values.x }}` (Helm, Go templates). */
const PLACEHOLDER = /\$\{|\$\(|\$[A-Za-z_]|\{\{|\{%|%\{/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128})$/;
const HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;

export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** Strips matching surrounding quotes and whitespace. */
export function unquote(text: string): string {
  let value = text.trim();
  while (value.length >= 2) {
    const first = value[0];
    const last = value[value.length - 1];
    if ((first === '"' || first === "'") && first === last) value = value.slice(1, -1).trim();
    else break;
  }
  return value;
}

export function parseImageReference(ref: string): ParsedImageReference {
  const text = unquote(ref);
  if (text === '') return { repository: '', status: 'unresolved', valid: false, reason: 'empty' };
  // Real references are short (the path is at most 255 characters); refuse work on huge input.
  if (text.length > 1024) return { repository: text.slice(0, 64), status: 'unresolved', valid: false, reason: 'invalid' };
  const placeholder = hasPlaceholder(text) || /^ko:\/\//.test(text);

  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const repository = rest;
  const result: ParsedImageReference = { repository, status: 'tagged', valid: true };
  if (registry !== undefined) result.registry = registry;
  if (tag !== undefined) result.tag = tag;
  if (digest !== undefined) result.digest = digest;

  if (placeholder) {
    result.status = 'unresolved';
    result.valid = false;
    result.reason = 'placeholder';
    return result;
  }
  const valid =
    repository.length > 0 &&
    repository.length <= 255 &&
    repository.split('/').every((part) => PATH_COMPONENT.test(part)) &&
    (registry === undefined || validRegistry(registry)) &&
    (tag === undefined || TAG.test(tag)) &&
    (digest === undefined || DIGEST.test(digest));
  if (!valid) {
    result.status = 'unresolved';
    result.valid = false;
    result.reason = 'invalid';
    return result;
  }
  if (digest !== undefined) result.status = 'digest';
  else if (tag === undefined) result.status = 'untagged';
  else if (tag === 'latest') result.status = 'latest';
  else result.status = 'tagged';
  return result;
}

function validRegistry(registry: string): boolean {
  if (/^\[[0-9a-fA-F:.]+\](?::\d{1,5})?$/.test(registry)) return true; // IPv6 literal
  const match = /^([^:]+)(?::(\d{1,5}))?$/.exec(registry);
  if (!match) return false;
  return match[1]!.split('.').every((part) => HOST_COMPONENT.test(part));
}

export function imageStatus(ref: string): ImageStatus {
  return parseImageReference(ref).status;
}

const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico|tiff?|avif|heic|pdf|qcow2|img|iso|raw|vmdk|vhdx?)$/i;

/**
 * Whether a string value under an `image`-like key plausibly names a container image.
 * Used where the surrounding format does not guarantee it (generic CRDs, Helm values):
 * URLs, file paths of pictures, prose and booleans are rejected; placeholders are kept.
 */
export function looksLikeImage(value: string): boolean {
  const text = unquote(value);
  if (text === '' || text.length > 512) return false;
  if (hasPlaceholder(text)) return true;
  if (/\s/.test(text)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return /^(?:docker|ko):\/\//.test(text);
  if (IMAGE_FILE.test(text.split(/[?#]/)[0]!)) return false;
  if (text.startsWith('/') || text.startsWith('./') || text.startsWith('../') || text.startsWith('~')) return false;
  if (/^(?:true|false|yes|no|on|off|null|none|~)$/i.test(text)) return false;
  if (text.startsWith('data:')) return false;
  // Must at least start like a reference (a path component or a registry host).
  return /^[A-Za-z0-9]/.test(text);
}
