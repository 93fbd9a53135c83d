// The base commit's files through the contents API (GET /repos/{o}/{r}/contents/{path}?ref=SHA,
// raw media type, once GET git/commits/SHA says the commit exists), for when the checkout's git objects lack the base and fetching it failed.
// Each read is capped while the body streams in (a larger file is `too-large` and never held in
// memory whole); 404 means the file is absent at that commit; a directory listing is not a
// file; binary content is refused as the git reader refuses it.
import type { RemoteFiles } from '../engine/remote-base.js';
import type { SourceRead } from '../workspace/file-source.js';
import { decodeWide, sniffEncoding } from '../workspace/text-encoding.js';
import type { GitHubClient } from './client.js';

class TooLarge extends Error {}

export function contentsApiFiles(client: GitHubClient, t: { owner: string; repo: string; ref: string; prefix: string }): RemoteFiles {
  return {
    label: 'the contents API',
    async hasCommit() {
      try {
        await client.rest.git.getCommit({ owner: t.owner, repo: t.repo, commit_sha: t.ref });
        return { ok: true };
      } catch (error) {
        const status = (error as { status?: number }).status;
        return { ok: false, reason: status === 404 ? `the contents API has no commit ${t.ref.slice(0, 12)}` : `the contents API could not be asked (${status ? `GitHub answered ${status}` : 'no answer'})` };
      }
    },
    async read(relPath: string, maxBytes: number): Promise<SourceRead> {
      if (relPath.split('/').some((part) => part === '..' || part === '') || relPath.includes('\0')) return { ok: false, reason: 'outside' };
      try {
        const response = await client.rest.repos.getContent({ owner: t.owner, repo: t.repo, path: `${t.prefix}${relPath}`, ref: t.ref, mediaType: { format: 'raw' }, request: { fetch: cappedFetch(maxBytes) } });
        const data = response.data as unknown;
        // Raw content comes back as bytes (cappedFetch labels it so); JSON here is a directory listing.
        if (!(data instanceof ArrayBuffer)) return { ok: false, reason: 'not-a-file' };
        const bytes = Buffer.from(data);
        const sniffed = sniffEncoding(bytes);
        if (sniffed.kind === 'binary') return { ok: false, reason: 'binary' };
        return { ok: true, text: sniffed.encoding === 'utf8' ? bytes.toString('utf8') : decodeWide(bytes.subarray(sniffed.bom), sniffed.encoding) };
      } catch (error) {
        if (error instanceof TooLarge || (error as { cause?: unknown }).cause instanceof TooLarge) return { ok: false, reason: 'too-large' };
        if ((error as { status?: number }).status === 404) return { ok: false, reason: 'missing' };
        return { ok: false, reason: 'unreadable' };
      }
    },
  };
}

/** fetch, with the body read up to `maxBytes` and handed on as bytes (a listing stays JSON). */
function cappedFetch(maxBytes: number): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || (/json/i.test(type) && !/vnd\.github/i.test(type))) return response;
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw new TooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const next = await reader?.read();
      if (!next || next.done) break;
      size += next.value.byteLength;
      if (size > maxBytes) {
        await reader?.cancel();
        throw new TooLarge();
      }
      chunks.push(next.value);
    }
    const headers = new Headers(response.headers);
    headers.set('content-type', 'application/octet-stream');
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(Buffer.concat(chunks), { status: response.status, statusText: response.statusText, headers });
  };
}
