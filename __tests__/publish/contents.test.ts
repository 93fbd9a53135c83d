// The contents-API reader of the base commit, against the OpenAPI-checked fake: raw bytes at
// the SHA, 404 as absent, a byte cap enforced while reading, directories and binary refused,
// UTF-16 decoded; and the remote source the engine reads from (only what was fetched).
import { remoteSource, openRemoteBase } from '../../src/engine/remote-base.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const SHA = 'c'.repeat(40);
let fake: FakeGitHub;
let contentsApiFiles: typeof import('../../src/publish/contents.js').contentsApiFiles;
let createClient: typeof import('../../src/publish/client.js').createClient;
beforeAll(async () => {
  fake = await new FakeGitHub('acme', 'deploy').start();
  // @actions/github reads GITHUB_API_URL once, when it is first imported: one fake for the file.
  process.env.GITHUB_API_URL = fake.url;
  ({ contentsApiFiles } = await import('../../src/publish/contents.js'));
  ({ createClient } = await import('../../src/publish/client.js'));
});
afterAll(() => fake.stop());
beforeEach(() => {
  fake.requests.length = 0;
  fake.denied.clear();
  fake.contents.set(
    SHA,
    new Map([
      ['.github/readiness-policy.yml', Buffer.from('apiVersion: readiness-gate/v1\napi_catalog_file: policy/catalog.yaml\nfindings:\n  baseline: policy/baseline.json\n')],
      ['policy/catalog.yaml', Buffer.from('- orders-read\n')],
      ['policy/baseline.json', Buffer.from('{"version":1,"findings":[]}')],
      ['svc/big.txt', Buffer.alloc(5000, 'a')],
      ['svc/wide.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('héllo', 'utf16le')])],
      ['svc/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0])],
    ]),
  );
});
afterEach(() => {
  expect(fake.violations).toEqual([]);
});

const client = () => createClient('ghs_test', () => undefined, { writeIntervalMs: 0, retryBaseMs: 1 });
const files = (prefix = '') => contentsApiFiles(client(), { owner: 'acme', repo: 'deploy', ref: SHA, prefix });

describe('the contents API at the base SHA', () => {
  it('reads a file, says absent for a 404, refuses what is not text or over the cap', async () => {
    const f = contentsApiFilesAt();
    expect(await f.read('policy/catalog.yaml', 1000)).toEqual({ ok: true, text: '- orders-read\n' });
    expect(await f.read('svc/wide.txt', 1000)).toEqual({ ok: true, text: 'héllo' });
    expect(await f.read('nope.yaml', 1000)).toEqual({ ok: false, reason: 'missing' });
    expect(await f.read('svc/big.txt', 4096)).toEqual({ ok: false, reason: 'too-large' });
    expect(await f.read('svc/big.txt', 5000)).toMatchObject({ ok: true });
    expect(await f.read('svc', 1000)).toEqual({ ok: false, reason: 'not-a-file' });
    expect(await f.read('svc/image.png', 1000)).toEqual({ ok: false, reason: 'binary' });
    expect(await f.read('../etc/passwd', 1000)).toEqual({ ok: false, reason: 'outside' });
    expect(fake.requests.filter((r) => r.operationId === 'repos/get-content').every((r) => r.path.endsWith(`?ref=${SHA}`))).toBe(true);
  });

  it('a refused token is unreadable, not absent', async () => {
    fake.denied.add('contents');
    expect(await contentsApiFilesAt().read('policy/catalog.yaml', 1000)).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('the scanned directory is a prefix of every path', async () => {
    expect(await contentsApiFilesAt('policy/').read('catalog.yaml', 1000)).toEqual({ ok: true, text: '- orders-read\n' });
  });

  it('opening the base fetches the policy and the catalog and baseline it names, and nothing else reads', async () => {
    const opened = await openRemoteBase(contentsApiFilesAt(), SHA, undefined);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.source.label).toBe(`base commit ${SHA.slice(0, 12)} (the contents API)`);
    expect(opened.source.read('policy/catalog.yaml', 1000)).toEqual({ ok: true, text: '- orders-read\n' });
    expect(opened.source.read('policy/baseline.json', 1000)).toMatchObject({ ok: true });
    // Never fetched: unreadable, which never counts in the PR's favour.
    expect(opened.source.read('svc/wide.txt', 1000)).toEqual({ ok: false, reason: 'unreadable' });
    // A commit the API does not have is not a base without a policy.
    const unknown = contentsApiFiles(client(), { owner: 'acme', repo: 'deploy', ref: 'd'.repeat(40), prefix: '' });
    expect(await openRemoteBase(unknown, 'd'.repeat(40), undefined)).toEqual({ ok: false, reason: `the contents API has no commit ${'d'.repeat(12)}` });
    fake.denied.add('contents');
    expect(await openRemoteBase(contentsApiFilesAt(), SHA, undefined)).toEqual({ ok: false, reason: 'the contents API could not be asked (GitHub answered 403)' });
  });

  it('a cached file over a smaller cap is too large; preload fetches each path once', async () => {
    const source = remoteSource(contentsApiFilesAt(), SHA);
    await source.preload(['svc/big.txt', 'svc/big.txt'], 10_000);
    expect(source.read('svc/big.txt', 100)).toEqual({ ok: false, reason: 'too-large' });
    expect(source.read('svc/big.txt', 10_000)).toMatchObject({ ok: true });
    await source.preload(['svc/big.txt'], 10_000);
    expect(fake.count('repos/get-content')).toBe(1);
  });
});

function contentsApiFilesAt(prefix = '') {
  return files(prefix);
}
