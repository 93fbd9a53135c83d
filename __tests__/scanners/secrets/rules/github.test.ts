// GitHub tokens: what a finding says beyond its rule and line (github.samples.ts has the samples).
import { checksummedToken, fakeJwt } from '../fake.js';
import { hits, scan } from '../helpers.js';

describe('GitHub token findings', () => {
  it('a hardcoded PAT in a workflow, next to a proper secret reference, says its checksum is valid', () => {
    const pat = checksummedToken('ghp_', 'sh-1');
    const text = `name: release\non: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      GH_TOKEN: ${pat}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - run: gh release create v1.0.0\n`;
    expect(hits(text, '.github/workflows/release.yml')).toEqual([['github-pat', 7]]);
    expect(scan(text, '.github/workflows/release.yml')[0]?.message).toContain('checksum valid');
  });

  it('a stateless installation token (ghs_APPID_JWT) is one finding, not a GitHub token plus a JWT, and is redacted', () => {
    const token = `ghs_98765_${fakeJwt('sh-ghs', { iss: 'github', sub: 'installation|123', exp: 1790000000 })}`;
    const text = `steps:\n  - run: gh api repos/acme/app\n    env:\n      GH_TOKEN: ${token}\n`;
    expect(hits(text, '.github/workflows/api.yml')).toEqual([['github-installation-token-stateless', 4]]);
    expect(JSON.stringify(scan(text, '.github/workflows/api.yml'))).not.toContain(token.slice(20));
  });
});
