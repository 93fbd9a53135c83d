// A local GitHub REST API for the tests: just the routes the action uses, with GitHub's
// pagination (Link headers), permissions (403 with x-accepted-github-permissions) and faults
// (500s, rate limits with retry-after). Every request is first held to the OpenAPI description;
// a request GitHub would reject is recorded in `violations` and answered 422/404.
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openApi } from './fake-github-openapi.js';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string };
  annotations: Record<string, unknown>[];
  /** How many update requests carried annotations, and the largest batch. */
  annotationBatches: number[];
}

export interface FakeStatus {
  sha: string;
  state: string;
  context: string;
  description?: string;
  target_url?: string;
}

export interface FakeReview {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commit_id: string;
  author_association?: string;
}

export interface Fault {
  operationId: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many requests it answers before the route works again; 1 by default. */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  body?: unknown;
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/**
 * The permissions each route accepts, as GitHub names them in x-accepted-github-permissions. A test
 * denies a permission by its name (`contents`, `checks`, `members`...: every level) or by name and
 * level (`pull_requests=write`), or every write with `all`.
 */
const PERMISSION: Record<string, string> = {
  'issues/list-comments': 'issues=read; pull_requests=read',
  'issues/create-comment': 'issues=write; pull_requests=write',
  'issues/update-comment': 'issues=write; pull_requests=write',
  'issues/delete-comment': 'issues=write; pull_requests=write',
  'checks/create': 'checks=write',
  'checks/update': 'checks=write',
  'repos/create-commit-status': 'statuses=write',
  'pulls/list-files': 'pull_requests=read',
  'git/get-tree': 'contents=read',
  'git/get-blob': 'contents=read',
  'repos/list-pull-requests-associated-with-commit': 'contents=read',
  'pulls/list-reviews': 'pull_requests=read',
  'repos/get-content': 'contents=read',
  'git/get-commit': 'contents=read',
  // The default GITHUB_TOKEN has no organisation permissions: tests deny 'members' to be it.
  'teams/get-membership-for-user-in-org': 'members=read',
};

/** A pull request as commits/{sha}/pulls lists it (the fields the action reads). */
export interface FakeCommitPull {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  /** owner/name of the base repository; the fake's own by default. */
  baseRepo?: string;
}

export class FakeGitHub {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly tokens = new Set<string>();
  readonly comments = new Map<number, FakeComment[]>();
  readonly checkRuns: FakeCheckRun[] = [];
  readonly statuses: FakeStatus[] = [];
  readonly pullFiles = new Map<number, { filename: string; status: string; patch?: string }[]>();
  /** Reviews per pull request, oldest first, as GitHub lists them. */
  readonly reviews = new Map<number, FakeReview[]>();
  /** Team members by `org/team-slug` (the org is the fake's owner). */
  readonly teams = new Map<string, string[]>();
  /** File contents by commit SHA, then repository path, for the contents API. */
  readonly contents = new Map<string, Map<string, Buffer>>();
  readonly faults: Fault[] = [];
  /** Scopes the token lacks: 'checks', 'statuses', 'pull-requests'; 'all' denies every write. */
  readonly denied = new Set<string>();
  /** A git repository whose objects the git trees and blobs API serves. */
  gitRepo?: string;
  /** A recursive tree listing with more entries than this is answered truncated, as GitHub does past its limits. */
  treeTruncateAbove = Infinity;
  /** Pull requests by commit, for commits/{sha}/pulls. */
  readonly commitPulls = new Map<string, FakeCommitPull[]>();
  private server?: Server;
  private nextId = 1000;
  private clock = Date.parse('2026-11-23T10:00:00Z');

  constructor(readonly owner: string, readonly repo: string) {}

  async start(): Promise<this> {
    openApi();
    this.server = createServer((req, res) =>
      this.handle(req, res).catch((error: Error) => {
        this.violations.push(`the fake failed: ${error.stack ?? error.message}`);
        res.writeHead(500).end();
      }),
    );
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** A comment someone else wrote, for busy pull requests. */
  addComment(issue: number, body: string, login = 'octocat'): FakeComment {
    const at = this.tick();
    const c: FakeComment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, created_at: at, updated_at: at };
    this.commentsOf(issue).push(c);
    return c;
  }

  commentsOf(issue: number): FakeComment[] {
    if (!this.comments.has(issue)) this.comments.set(issue, []);
    return this.comments.get(issue)!;
  }

  count(operationId: string): number {
    return this.requests.filter((r) => r.operationId === operationId).length;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const record: RecordedRequest = { method, path: url.pathname + url.search, status: 0, at: Date.now() };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      this.violations.push(`${method} ${url.pathname}: body is not JSON`);
      return send(400, { message: 'Problems parsing JSON' });
    }
    record.body = body;
    const auth = req.headers.authorization ?? '';
    const token = /^(?:token|bearer) (.+)$/i.exec(auth)?.[1];
    if (!token) return send(401, { message: 'Requires authentication' });
    this.tokens.add(token);
    let match;
    try {
      match = openApi().validate(method, url, body);
    } catch (error) {
      this.violations.push((error as Error).message);
      return send(422, { message: (error as Error).message });
    }
    record.operationId = match.operationId;
    // Repository routes answer for the fake's repository only; organisation routes for its owner.
    const scoped = match.params.org !== undefined ? match.params.org === this.owner : match.params.owner === this.owner && match.params.repo === this.repo;
    if (!scoped) return send(404, { message: 'Not Found' });

    const fault = this.faults.find((f) => f.operationId === match.operationId && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      return send(fault.status, { message: fault.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest' }, fault.headers);
    }
    const permission = PERMISSION[match.operationId];
    const isWrite = method !== 'GET';
    if (permission && (this.deniedPermission(permission) || (isWrite && this.denied.has('all')))) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' }, { 'x-accepted-github-permissions': permission });
    }
    if (match.operationId === 'repos/get-content') return this.content(match.params.path!, url, req.headers.accept ?? '', record, res, send);
    this.route(match.operationId, match.params, url, body as Record<string, unknown>, send);
  }

  /** The header lists alternatives (`issues=write; pull_requests=write`): a route is denied when every one is. */
  private deniedPermission(accepted: string): boolean {
    return accepted.split('; ').every((grant) => this.denied.has(grant) || this.denied.has(grant.split('=')[0]!));
  }

  private route(op: string, params: Record<string, string>, url: URL, body: Record<string, unknown>, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    const html = (tail: string) => `https://github.com/${this.owner}/${this.repo}${tail}`;
    const commentJson = (issue: number, c: FakeComment) => ({ ...c, node_id: `IC_${c.id}`, url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`, html_url: html(`/pull/${issue}#issuecomment-${c.id}`), issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${issue}`, author_association: 'NONE' });
    const findComment = (id: number) => {
      for (const [issue, list] of this.comments) {
        const c = list.find((x) => x.id === id);
        if (c) return { issue, list, c };
      }
      return undefined;
    };
    switch (op) {
      case 'issues/list-comments': {
        const issue = Number(params.issue_number);
        return this.paginate(url, this.commentsOf(issue).map((c) => commentJson(issue, c)), send);
      }
      case 'issues/create-comment': {
        const issue = Number(params.issue_number);
        const c = this.addComment(issue, String(body.body), 'github-actions[bot]');
        return send(201, commentJson(issue, c));
      }
      case 'issues/update-comment': {
        const found = findComment(Number(params.comment_id));
        if (!found) return send(404, { message: 'Not Found' });
        found.c.body = String(body.body);
        found.c.updated_at = this.tick();
        return send(200, commentJson(found.issue, found.c));
      }
      case 'issues/delete-comment': {
        const found = findComment(Number(params.comment_id));
        if (!found) return send(404, { message: 'Not Found' });
        found.list.splice(found.list.indexOf(found.c), 1);
        return send(204, undefined);
      }
      case 'checks/create': {
        const run: FakeCheckRun = { id: this.nextId++, name: String(body.name), head_sha: String(body.head_sha), status: String(body.status ?? 'queued'), conclusion: null, output: {}, annotations: [], annotationBatches: [] };
        this.applyCheckUpdate(run, body);
        this.checkRuns.push(run);
        return send(201, this.checkRunJson(run));
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id));
        if (!run) return send(404, { message: 'Not Found' });
        this.applyCheckUpdate(run, body);
        return send(200, this.checkRunJson(run));
      }
      case 'repos/create-commit-status': {
        const s: FakeStatus = { sha: params.sha!, state: String(body.state), context: String(body.context ?? 'default'), description: body.description as string | undefined, target_url: body.target_url as string | undefined };
        this.statuses.push(s);
        return send(201, { id: this.nextId++, url: `${this.url}/statuses/${s.sha}`, ...s, created_at: this.tick() });
      }
      case 'pulls/list-files': {
        const files = (this.pullFiles.get(Number(params.pull_number)) ?? []).map((f, i) => ({ sha: `${i}`.padStart(40, '0'), additions: 1, deletions: 0, changes: 1, blob_url: html(`/blob/x/${f.filename}`), raw_url: html(`/raw/x/${f.filename}`), contents_url: html(`/contents/${f.filename}`), ...f }));
        return this.paginate(url, files, send);
      }
      case 'git/get-tree':
        return this.gitTree(params.tree_sha!, url.searchParams.has('recursive'), send);
      case 'git/get-blob': {
        const data = this.git(['cat-file', 'blob', params.file_sha!]);
        if (!data) return send(404, { message: 'Not Found' });
        const blobUrl = `${this.url}/repos/${this.owner}/${this.repo}/git/blobs/${params.file_sha}`;
        return send(200, { sha: params.file_sha, node_id: `B_${params.file_sha}`, size: data.byteLength, url: blobUrl, content: data.toString('base64').replace(/.{60}/g, '$&\n'), encoding: 'base64' });
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const pulls = (this.commitPulls.get(params.commit_sha!) ?? []).map((p) => this.pullJson(p));
        return this.paginate(url, pulls, send);
      }
      case 'pulls/list-reviews': {
        const number = Number(params.pull_number);
        const reviews = (this.reviews.get(number) ?? []).map((r, i) => ({
          id: 80 + i,
          node_id: `PRR_${80 + i}`,
          user: { login: r.login, id: 1 + i, type: 'User' },
          body: '',
          state: r.state,
          html_url: html(`/pull/${number}#pullrequestreview-${80 + i}`),
          pull_request_url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${number}`,
          _links: { html: { href: html(`/pull/${number}`) }, pull_request: { href: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${number}` } },
          submitted_at: this.tick(),
          commit_id: r.commit_id,
          author_association: r.author_association ?? 'MEMBER',
        }));
        return this.paginate(url, reviews, send);
      }
      case 'git/get-commit': {
        // The commits the contents API knows (see `contents`).
        const sha = params.commit_sha!;
        if (!this.contents.has(sha)) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        const person = { name: 't', email: 't@example.com', date: '2026-11-23T10:00:00Z' };
        return send(200, { sha, node_id: `C_${sha}`, url: `${this.url}/repos/${this.owner}/${this.repo}/git/commits/${sha}`, html_url: html(`/commit/${sha}`), author: person, committer: person, tree: { sha: '0'.repeat(40), url: '' }, message: 'base', parents: [], verification: { verified: false, reason: 'unsigned', signature: null, payload: null } });
      }
      case 'teams/get-membership-for-user-in-org': {
        const members = this.teams.get(`${params.org}/${params.team_slug}`);
        if (!members || !members.includes(params.username!)) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        return send(200, { url: `${this.url}/teams/1/memberships/${params.username}`, role: 'member', state: 'active' });
      }
      default:
        this.violations.push(`the fake does not implement ${op}`);
        return send(501, { message: `not implemented in the fake: ${op}` });
    }
  }

  /** Runs git in `gitRepo`; undefined when the object is not there. */
  private git(args: string[]): Buffer | undefined {
    if (!this.gitRepo) return undefined;
    try {
      return execFileSync('git', args, { cwd: this.gitRepo, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
    } catch {
      return undefined;
    }
  }

  private gitTree(sha: string, recursive: boolean, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    // A commit SHA stands for its tree, as on GitHub.
    const tree = this.git(['rev-parse', '--verify', '--quiet', `${sha}^{tree}`])?.toString('utf8').trim();
    const out = tree ? this.git(['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), tree]) : undefined;
    if (!tree || !out) return send(404, { message: 'Not Found' });
    const entries = out
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .map((record) => {
        const m = /^(\d{6}) (\w+) ([0-9a-f]+) +(-|\d+)\t([\s\S]+)$/.exec(record)!;
        const entryUrl = `${this.url}/repos/${this.owner}/${this.repo}/git/${m[2] === 'tree' ? 'trees' : 'blobs'}/${m[3]}`;
        return { path: m[5], mode: m[1], type: m[2], sha: m[3], ...(m[4] !== '-' ? { size: Number(m[4]) } : {}), url: entryUrl };
      });
    const truncated = recursive && entries.length > this.treeTruncateAbove;
    send(200, { sha: tree, url: `${this.url}/repos/${this.owner}/${this.repo}/git/trees/${tree}`, tree: truncated ? entries.slice(0, this.treeTruncateAbove) : entries, truncated });
  }

  private pullJson(p: FakeCommitPull) {
    const base = p.baseRepo ?? `${this.owner}/${this.repo}`;
    const repoJson = (fullName: string) => ({ id: 1, name: fullName.split('/')[1], full_name: fullName, owner: { login: fullName.split('/')[0] } });
    return { number: p.number, state: p.state, html_url: `https://github.com/${base}/pull/${p.number}`, head: { sha: p.headSha, ref: 'patch-1', repo: repoJson('someone/fork') }, base: { sha: '0'.repeat(40), ref: 'main', repo: repoJson(base) } };
  }

  /** GET contents: the raw media type only (what the action asks for); a directory is a JSON listing. */
  private content(filePath: string, url: URL, accept: string, record: RecordedRequest, res: ServerResponse, send: (status: number, body: unknown) => void): void {
    const ref = url.searchParams.get('ref');
    const tree = ref ? this.contents.get(ref) : undefined;
    if (!tree) return send(404, { message: 'No commit found for the ref', documentation_url: 'https://docs.github.com/rest' });
    if (!/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      this.violations.push(`GET contents/${filePath} without the raw media type (accept: ${accept})`);
      return send(415, { message: 'the fake serves the raw media type only' });
    }
    const file = tree.get(filePath);
    if (file) {
      record.status = 200;
      res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8', 'content-length': String(file.length) });
      return void res.end(file);
    }
    const listing = [...tree.keys()].filter((p) => p.startsWith(`${filePath}/`)).map((p) => ({ type: 'file', name: p.slice(filePath.length + 1), path: p }));
    return listing.length ? send(200, listing) : send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  private applyCheckUpdate(run: FakeCheckRun, body: Record<string, unknown>): void {
    if (body.status) run.status = String(body.status);
    if (body.conclusion) {
      run.conclusion = String(body.conclusion);
      run.status = 'completed';
    }
    const output = body.output as { title?: string; summary?: string; annotations?: Record<string, unknown>[] } | undefined;
    if (output) {
      run.output = { title: output.title, summary: output.summary };
      if (output.annotations?.length) {
        run.annotations.push(...output.annotations);
        run.annotationBatches.push(output.annotations.length);
      }
    }
  }

  private checkRunJson(run: FakeCheckRun) {
    return {
      id: run.id,
      node_id: `CR_${run.id}`,
      head_sha: run.head_sha,
      name: run.name,
      status: run.status,
      conclusion: run.conclusion,
      url: `${this.url}/repos/${this.owner}/${this.repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${run.id}`,
      details_url: null,
      external_id: null,
      started_at: new Date(this.clock).toISOString(),
      completed_at: null,
      output: { title: run.output.title ?? null, summary: run.output.summary ?? null, text: null, annotations_count: run.annotations.length, annotations_url: '' },
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    };
  }

  /** GitHub's page/per_page pagination with a Link header. */
  private paginate(url: URL, items: unknown[], send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = [page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : '', page > 1 ? link(1, 'first') : '', page > 1 ? link(page - 1, 'prev') : ''].filter(Boolean);
    send(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }
}
