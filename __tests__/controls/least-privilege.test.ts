import { isAdminEquivalent, isForbidden, leastPrivilegeControl } from '../../src/controls/least-privilege.js';
import { defaultPolicy } from '../../src/policy/policy.js';
import { FULL, FULL_BLOCK, edit, evaluate, without } from '../helpers/workload.js';

const ROLE_FIX = 'Grant data-plane roles scoped to the datasets and actions the workload uses (e.g. db_datareader on a curated view), never Owner, Contributor, admin or `*`.';
const SCOPE_FIX = 'Give each tool and agent a named scope (e.g. customer-risk-read) instead of all-datasets.';
const CREDS_FIX = 'Use a separate identity for build and deploy (e.g. GitHub OIDC) from the one the workload runs as.';
const DECLARE_FIX = 'Declare the roles (access.roles) and tool scopes (access.tool_scopes) the workload is granted.';

const withRole = (role: string) => edit(FULL, 'role: db_datareader', `role: "${role}"`);

describe('least_privilege', () => {
  it('passes on scoped roles and separate credentials', () => {
    expect(evaluate(leastPrivilegeControl, FULL)).toEqual({
      status: 'pass',
      message: "Roles and scopes of workload 'svc' are scoped; build-time and run-time credentials are separate.",
      evidence: [],
      remediation: [],
    });
  });

  it('a broad role gets the role fix only', () => {
    expect(evaluate(leastPrivilegeControl, withRole('Owner'))).toEqual({
      status: 'fail',
      message: "workload 'svc' is not least-privilege: broad access granted: role 'Owner'.",
      evidence: [{ path: 'readiness.yaml', line: 7, detail: "role 'Owner' is broad (admin-equivalent)" }],
      remediation: [ROLE_FIX],
    });
  });

  it('a role the policy forbids, though not admin by meaning, says so', () => {
    expect(evaluate(leastPrivilegeControl, withRole('Contributor')).evidence).toEqual([{ path: 'readiness.yaml', line: 7, detail: "role 'Contributor' is broad (forbidden by the policy)" }]);
    expect(evaluate(leastPrivilegeControl, withRole('orders-writer'), { policy: { forbiddenRoles: ['*-writer'] } }).status).toBe('fail');
  });

  it('a broad tool scope gets the scope fix only', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, '[customer-risk-read]', '[all-datasets]'))).toEqual({
      status: 'fail',
      message: "workload 'svc' is not least-privilege: broad access granted: tool scope 'all-datasets'.",
      evidence: [{ path: 'readiness.yaml', line: 8, detail: "tool scope 'all-datasets' is broad" }],
      remediation: [SCOPE_FIX],
    });
  });

  it('a scoped role on a broad scope gets the scope fix', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, 'scope: curated', 'scope: "*"'))).toEqual({
      status: 'fail',
      message: "workload 'svc' is not least-privilege: broad access granted: role 'db_datareader' on scope '*'.",
      evidence: [{ path: 'readiness.yaml', line: 7, detail: "scope '*' is broad" }],
      remediation: [SCOPE_FIX],
    });
  });

  it('a placeholder scope on a role is no scope, not a broad one', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, 'scope: curated', 'scope: n/a')).status).toBe('pass');
  });

  it('a bare string role is checked like an object one', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, '[{ role: db_datareader, scope: curated }]', '[reader, Contributor]')).message).toBe(
      "workload 'svc' is not least-privilege: broad access granted: role 'Contributor'.",
    );
  });

  it('no access at all: declare roles, and credentials are missing too', () => {
    expect(evaluate(leastPrivilegeControl, without(FULL, 'access'))).toEqual({
      status: 'fail',
      message: "workload 'svc' is not least-privilege: no roles or tool scopes declared; build-time and run-time credentials not declared.",
      evidence: [
        { path: 'readiness.yaml', line: 2, detail: 'access.roles and access.tool_scopes are empty' },
        { path: 'readiness.yaml', line: 2, detail: 'access.credentials does not name both identities' },
      ],
      remediation: [DECLARE_FIX, CREDS_FIX],
    });
  });

  it('placeholder roles and scopes count as none declared', () => {
    const m = edit(edit(FULL, '[{ role: db_datareader, scope: curated }]', '[none, { role: TBD }]'), '[customer-risk-read]', '["-", ""]'.replace('""', 'todo'));
    const outcome = evaluate(leastPrivilegeControl, m);
    expect(outcome.message).toBe("workload 'svc' is not least-privilege: no roles or tool scopes declared.");
    expect(outcome.evidence).toEqual([{ path: 'readiness.yaml', line: 6, detail: 'access.roles and access.tool_scopes are empty' }]);
    expect(outcome.remediation).toEqual([DECLARE_FIX]);
  });

  it('tool scopes alone are a declaration', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, '[{ role: db_datareader, scope: curated }]', '[]')).status).toBe('pass');
  });

  it('roles alone are a declaration', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, '[customer-risk-read]', '[]')).status).toBe('pass');
  });

  it.each([
    ['the same identity, case and spaces aside', 'run_time: " GitHub-OIDC "', 'build-time and run-time credentials are the same', "both are 'github-oidc'"],
    ['a placeholder run-time identity', 'run_time: none', 'build-time and run-time credentials not declared', 'access.credentials does not name both identities'],
  ])('credentials: %s', (_, change, problem, detail) => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, 'run_time: managed-identity', change))).toEqual({
      status: 'fail',
      message: `workload 'svc' is not least-privilege: ${problem}.`,
      evidence: [{ path: 'readiness.yaml', line: 9, detail }],
      remediation: [CREDS_FIX],
    });
  });

  it('a placeholder build-time identity is not declared', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, 'build_time: github-oidc', 'build_time: TBD')).message).toBe(
      "workload 'svc' is not least-privilege: build-time and run-time credentials not declared.",
    );
  });

  it('credentials missing under access point at access', () => {
    const outcome = evaluate(leastPrivilegeControl, edit(FULL, '  credentials: { build_time: github-oidc, run_time: managed-identity }\n', ''));
    expect(outcome.evidence).toEqual([{ path: 'readiness.yaml', line: 6, detail: 'access.credentials does not name both identities' }]);
  });

  it('separate credentials are not required when the policy says so', () => {
    expect(evaluate(leastPrivilegeControl, edit(FULL, 'run_time: managed-identity', 'run_time: github-oidc'), { policy: { requireSeparateCredentials: false } }).status).toBe('pass');
  });

  it('every problem at once, each with its own fix, fixes listed once', () => {
    const m = edit(edit(edit(FULL, 'role: db_datareader', 'role: Owner'), '[customer-risk-read]', '[all, admin]'), 'run_time: managed-identity', 'run_time: github-oidc');
    const outcome = evaluate(leastPrivilegeControl, m);
    expect(outcome.message).toBe("workload 'svc' is not least-privilege: broad access granted: role 'Owner', tool scope 'all', tool scope 'admin'; build-time and run-time credentials are the same.");
    expect(outcome.remediation).toEqual([ROLE_FIX, SCOPE_FIX, CREDS_FIX]);
    expect(outcome.evidence.map((e) => e.line)).toEqual([7, 8, 8, 9]);
  });

  it('caps a long list of broad grants in the message and the evidence', () => {
    const scopes = Array.from({ length: 2000 }, (_, i) => `team${i}:*`);
    const outcome = evaluate(leastPrivilegeControl, edit(FULL, '[customer-risk-read]', `[${scopes.join(', ')}]`));
    expect(outcome.message).toMatch(/tool scope 'team9:\*' and 1,990 more\.$/);
    expect(outcome.evidence).toHaveLength(21);
  });
});

describe('admin-equivalent roles are caught by meaning, per cloud', () => {
  const broad = (role: string) => evaluate(leastPrivilegeControl, withRole(role), { policy: { forbiddenRoles: [] } });
  it.each([
    ['Azure', ['Owner', 'User Access Administrator', 'Storage Blob Data Owner', 'Key Vault Administrator', 'Role Based Access Control Administrator']],
    ['AWS', ['AdministratorAccess', 'arn:aws:iam::aws:policy/AdministratorAccess', 'PowerUserAccess', 'IAMFullAccess', 'AmazonS3FullAccess', 'AmazonDynamoDBFullAccesswithDataPipeline', 'iam:*', '*:*']],
    ['GCP', ['roles/owner', 'roles/editor', 'organizations/1/roles/editor', 'roles/storage.admin', 'roles/iam.securityAdmin', 'roles/resourcemanager.projectIamAdmin', 'roles/container.clusterAdmin.v2', 'roles/*']],
    ['Kubernetes', ['cluster-admin', 'admin', 'tenant-admin-ops', 'system:masters', 'group:system:masters']],
    ['databases', ['superuser', 'rds_superuser', 'db_owner', 'sa', 'root', 'all', 'ALL PRIVILEGES', 'ALL  PRIVILEGES', '*']],
  ])('%s', (_, roles) => {
    for (const role of roles) {
      const outcome = broad(role);
      expect([role, outcome.status]).toEqual([role, 'fail']);
      expect(outcome.evidence[0]!.detail).toBe(`role '${role}' is broad (admin-equivalent)`);
      expect(outcome.remediation).toEqual([ROLE_FIX]);
    }
  });

  it.each([
    ['Azure', ['Storage Blob Data Reader', 'Key Vault Secrets User', 'Reader', 'db_datareader']],
    ['AWS', ['AmazonS3ReadOnlyAccess', 'arn:aws:iam::123456789012:policy/orders-read', 's3:GetObject']],
    ['GCP', ['roles/storage.objectViewer', 'roles/bigquery.dataViewer', 'roles/pubsub.publisher']],
    ['Kubernetes', ['view', 'orders-reader', 'system:auth-delegator']],
    ['names that merely contain the letters', ['badminton-scores-reader', 'adminer-viewer', 'userAdministered-reader', 'allowlist-reader', 'firewall', 'all-privileges-report', 'rootless-runner', 'chroot', 'salesforce-read', 'nasa', 'dashboard-viewer']],
  ])('scoped %s roles pass', (_, roles) => {
    for (const role of roles) expect([role, broad(role).status]).toEqual([role, 'pass']);
  });

  it('the meaning check holds whatever the policy lists', () => {
    expect(isAdminEquivalent('Storage Blob Data Owner')).toBe(true);
    expect(isAdminEquivalent('  roles/editor  ')).toBe(true);
    expect(isAdminEquivalent('roles/editorial.viewer')).toBe(false);
    expect(isAdminEquivalent('securityadminviewer')).toBe(false);
  });
});

describe('isForbidden', () => {
  const list = defaultPolicy().forbiddenRoles;
  it.each([
    ['owner', true],
    [' OWNER ', true],
    ['db_datareader', false],
    ['*', true],
    ['s3:*', true],
    ['roles/*', true],
    ['team.*', true],
  ])('%s in the default list: %s', (value, expected) => {
    expect(isForbidden(value, list)).toBe(expected);
  });

  it('a policy entry with * matches by pattern, and a bare * matches only *', () => {
    expect(isForbidden('storage-admin-prod', ['*-admin-*'])).toBe(true);
    expect(isForbidden('storage-reader', ['*-admin-*'])).toBe(false);
    expect(isForbidden('a.b', ['a?b'])).toBe(false);
    expect(isForbidden('reader', ['*'])).toBe(false);
    expect(isForbidden('x(y)', ['x(*)'])).toBe(true);
  });
});

it('least_privilege names itself, its title and its risk', () => {
  expect([leastPrivilegeControl.id, leastPrivilegeControl.title, leastPrivilegeControl.risk]).toEqual(["least_privilege", "Least privilege", "Broad roles turn one compromised workload or agent into access to everything it can reach."]);
});

it('evidence points at the grant, the scope and the credentials in a block-style manifest', () => {
  const lines = (m: string) => evaluate(leastPrivilegeControl, m).evidence.map((e) => e.line);
  expect(lines(edit(FULL_BLOCK, 'role: db_datareader', 'role: Owner'))).toEqual([9]);
  expect(lines(edit(FULL_BLOCK, '- customer-risk-read', '- all'))).toEqual([12]);
  expect(lines(edit(FULL_BLOCK, 'run_time: managed-identity', 'run_time: github-oidc'))).toEqual([13]);
  expect(lines(edit(FULL_BLOCK, 'run_time: managed-identity', 'run_time: none'))).toEqual([13]);
  expect(lines(edit(edit(FULL_BLOCK, '    - role: db_datareader\n      scope: curated\n', ''), '    - customer-risk-read\n', '').replace('  roles:\n', '  roles: []\n').replace('  tool_scopes:\n', '  tool_scopes: []\n'))).toEqual([7]);
});
