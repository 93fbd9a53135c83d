import { apiSurfaceControl } from '../../src/controls/api-surface.js';
import { edit, evaluate, FULL } from '../helpers/workload.js';

const CATALOG_FIX = 'Remove the action from the workload, or get it reviewed and added to the approved API catalog (policy api_catalog).';
const DESTRUCTIVE_FIX = 'Destructive actions (delete, update) need an approval path and an audit trail before they are exposed to agents.';
const FIX = {
  authentication: 'Declare how callers authenticate (authentication, e.g. entra-id, oidc, mtls); "none" is not an answer.',
  authorization: 'Declare who may call it (authorization, e.g. an RBAC role or scope).',
  throttling: 'Declare the rate limit (throttling, e.g. 50 requests/minute per user).',
  version: 'Version the surface (version, e.g. v1).',
  deprecation_policy: 'Declare the deprecation policy (deprecation_policy, e.g. 90 days notice).',
  audit_trail: 'Name the audit trail calls are recorded in (audit_trail).',
};
const ENTRY = '{ name: risk-read, authentication: entra, authorization: rbac, throttling: 10/s, version: v1, deprecation_policy: 90d, audit_trail: log }';
const withEntries = (...entries: string[]) => edit(FULL, `  - ${ENTRY}\n`, entries.map((e) => `  - ${e}\n`).join(''));

describe('api_surface', () => {
  it('passes when every entry is approved and governed', () => {
    expect(evaluate(apiSurfaceControl, FULL)).toEqual({ status: 'pass', message: 'All 1 registered APIs, tools and agent actions are approved and governed.', evidence: [], remediation: [] });
  });

  it('passes with nothing registered', () => {
    expect(evaluate(apiSurfaceControl, edit(FULL, `api_surface:\n  - ${ENTRY}\n`, '')).message).toBe('No API, tool or agent action is registered.');
  });

  it('an unapproved read action gets the catalog fix only', () => {
    expect(evaluate(apiSurfaceControl, withEntries(ENTRY.replace('risk-read', 'orders-read')))).toEqual({
      status: 'fail',
      message: 'unapproved API surface detected: orders-read.',
      evidence: [{ path: 'readiness.yaml', line: 12, detail: "'orders-read' is not in the approved catalog (built-in default policy)" }],
      remediation: [CATALOG_FIX],
    });
  });

  it('an unapproved entry points at its name line, an ungoverned one at the entry', () => {
    const block = '  - kind: tool\n    name: orders-read\n  - kind: api\n    name: risk-read\n';
    const outcome = evaluate(apiSurfaceControl, edit(FULL, `  - ${ENTRY}\n`, block));
    expect(outcome.evidence).toEqual([
      { path: 'readiness.yaml', line: 13, detail: "'orders-read' is not in the approved catalog (built-in default policy)" },
      { path: 'readiness.yaml', line: 12, detail: "'orders-read' does not declare authentication, authorization, throttling, version, deprecation policy, audit trail" },
      { path: 'readiness.yaml', line: 14, detail: "'risk-read' does not declare authentication, authorization, throttling, version, deprecation policy, audit trail" },
    ]);
  });

  it.each(['delete-customer', 'update-order', 'purge-cache', 'drop-table', 'remove-user', 'write-ledger', 'create-refund', 'destroy-env', 'modify-limit', 'user-admin'])(
    'an unapproved destructive action (%s) also gets the approval-path fix',
    (name) => {
      expect(evaluate(apiSurfaceControl, withEntries(ENTRY.replace('risk-read', name))).remediation).toEqual([CATALOG_FIX, DESTRUCTIVE_FIX]);
    },
  );

  it('with no catalog in the policy, every entry is unapproved', () => {
    expect(evaluate(apiSurfaceControl, FULL, { policy: { apiCatalog: [] } }).message).toBe('unapproved API surface detected: risk-read.');
  });

  it.each(['none', 'N/A', 'tbd', 'TODO', '"-"', 'TODO add later'])('authentication %s counts as missing', (value) => {
    expect(evaluate(apiSurfaceControl, withEntries(ENTRY.replace('authentication: entra', `authentication: ${value}`)))).toEqual({
      status: 'fail',
      message: 'API surface without governance: risk-read (authentication).',
      evidence: [{ path: 'readiness.yaml', line: 12, detail: "'risk-read' does not declare authentication" }],
      remediation: [FIX.authentication],
    });
  });

  it('a public API with authentication: none fails', () => {
    const outcome = evaluate(apiSurfaceControl, withEntries(ENTRY.replace('authentication: entra', 'exposure: public, authentication: none')));
    expect(outcome.status).toBe('fail');
  });

  it('each missing field has its own fix, in field order', () => {
    const outcome = evaluate(apiSurfaceControl, withEntries('{ name: risk-read }'));
    expect(outcome.message).toBe('API surface without governance: risk-read (authentication, authorization, throttling, version, deprecation policy, audit trail).');
    expect(outcome.remediation).toEqual(Object.values(FIX));
    expect(outcome.evidence).toEqual([{ path: 'readiness.yaml', line: 12, detail: "'risk-read' does not declare authentication, authorization, throttling, version, deprecation policy, audit trail" }]);
  });

  it.each(Object.keys(FIX))('a placeholder %s is reported with its fix', (key) => {
    const entry = ENTRY.replace(new RegExp(`${key}: [^,}]+`), `${key}: n/a`);
    const outcome = evaluate(apiSurfaceControl, withEntries(entry));
    expect(outcome.remediation).toEqual([FIX[key as keyof typeof FIX]]);
  });

  it('unapproved and ungoverned entries are both reported', () => {
    const outcome = evaluate(apiSurfaceControl, withEntries('{ name: orders-read, authentication: a, authorization: b, throttling: c, version: d, deprecation_policy: e, audit_trail: f }', '{ name: risk-read, version: v1 }'));
    expect(outcome.message).toBe(
      'unapproved API surface detected: orders-read; API surface without governance: risk-read (authentication, authorization, throttling, deprecation policy, audit trail).',
    );
    expect(outcome.evidence.map((e) => e.line)).toEqual([12, 13]);
    expect(outcome.remediation).toEqual([CATALOG_FIX, FIX.authentication, FIX.authorization, FIX.throttling, FIX.deprecation_policy, FIX.audit_trail]);
  });

  it('thousands of entries give a bounded message, evidence and remediation', () => {
    const entries = Array.from({ length: 3000 }, (_, i) => `{ name: api-${i} }`);
    const outcome = evaluate(apiSurfaceControl, withEntries(...entries));
    expect(outcome.message.length).toBeLessThan(1500);
    expect(outcome.message).toMatch(/^unapproved API surface detected: api-0, .*, api-9 and 2,990 more; API surface without governance: api-0 \(.*\); .* and 2,990 more\.$/);
    expect(outcome.evidence).toHaveLength(21);
    expect(outcome.evidence[20]).toEqual({ detail: 'and 5,980 more' });
    expect(outcome.remediation).toHaveLength(7);
  });
});

it('api_surface names itself, its title and its risk', () => {
  expect([apiSurfaceControl.id, apiSurfaceControl.title, apiSurfaceControl.risk]).toEqual(["api_surface", "Approved API and tool surface", "An unregistered API, tool or agent action is a shadow control plane: callable business actions outside governance."]);
});
