// The report as it travels between the two stages of a fork-safe setup (mode: report in the
// unprivileged pull_request run, mode: publish in the trusted workflow_run). The publishing
// side must treat it as hostile input: the PR author controls the run that wrote it. So the
// schema is strict (unknown keys are refused), every enum is closed, every number bounded, every
// string and list capped, and the whole file is capped before it is parsed.
import { z } from 'zod';
import { CONTROL_IDS, TIERS } from '../manifest/schema.js';
import { REPOSITORY_CHECK_IDS } from '../scorecard/repository.js';
import type { Report } from './types.js';

/** The artifact's format name and version: a report from another tool or version is refused. */
export const REPORT_FORMAT = 'readiness-gate/report';
export const REPORT_FORMAT_VERSION = 1;
/** Bigger than any report the check writes for a large repository (findings are capped below). */
export const MAX_REPORT_FILE_BYTES = 16 * 1024 * 1024;

/** Caps: a name or path, a sentence, and the lists. Real reports stay far below them. */
export const LIMITS = {
  shortText: 1024,
  text: 8192,
  findings: 20_000,
  images: 20_000,
  workloads: 500,
  controls: 64,
  evidence: 1_000,
  remediation: 50,
  messages: 1_000,
  related: 100,
  unscanned: 10_000,
  orphans: 10_000,
  exceptions: 10_000,
} as const;

const short = z.string().max(LIMITS.shortText);
const text = z.string().max(LIMITS.text);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const line = z.number().int().min(0).max(100_000_000);
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);

const status = z.enum(['pass', 'fail', 'warn', 'waived', 'not_applicable']);
const priority = z.enum(['P0', 'P1', 'P2']);
const severity = z.enum(['critical', 'high', 'medium', 'low']);
const context = z.enum(['source', 'test', 'example', 'docs']);
const imageStatus = z.enum(['digest', 'tagged', 'latest', 'untagged', 'unresolved']);
const skipReason = z.enum(['symlink', 'not-a-file', 'too-large', 'binary', 'unreadable', 'missing', 'lockfile', 'generated']);
const location = z.strictObject({ path: short, line, column: line });

const evidence = z.strictObject({ path: short.optional(), line: line.optional(), detail: text, finding: short.optional() });

const verdictItem = {
  title: short,
  status,
  priority: priority.optional(),
  blocking: z.boolean(),
  message: text,
  risk: text,
  evidence: list(evidence, LIMITS.evidence),
  remediation: list(text, LIMITS.remediation),
};

const controlResult = z.strictObject({ ...verdictItem, id: z.enum(CONTROL_IDS), waiver: z.strictObject({ reason: text, approver: short, expires: short }).optional() });

const checkedWaiver = z.strictObject({
  control: z.enum(CONTROL_IDS),
  reason: text,
  approver: short,
  expires: short,
  state: z.enum(['valid', 'expired', 'not_waivable', 'too_long']),
  problem: text.optional(),
  path: short,
  line,
});

const workload = z.strictObject({
  name: short,
  manifest: short,
  tier: z.enum(TIERS),
  deploymentBoundary: short.optional(),
  ready: z.boolean(),
  level: z.enum(['prototype', ...TIERS]),
  score: z.number().int().min(0).max(100),
  passedControls: z.number().int().min(0).max(LIMITS.controls),
  totalControls: z.number().int().min(0).max(LIMITS.controls),
  blocking: list(text, LIMITS.controls),
  controls: list(controlResult, LIMITS.controls),
  waivers: list(checkedWaiver, LIMITS.controls * 4),
});

const finding = z.strictObject({
  ruleId: short,
  category: z.enum(['secret', 'secret-logging', 'image', 'hardening']),
  severity,
  path: short,
  line,
  column: line,
  message: text,
  redacted: short.optional(),
  fingerprint: short.optional(),
  context,
  suppression: z.strictObject({ kind: z.enum(['inline', 'baseline', 'policy']), reason: text }).optional(),
  related: list(location, LIMITS.related).optional(),
  commented: z.literal(true).optional(),
  typed: z.literal(true).optional(),
  confidence: z.enum(['verified', 'provider', 'generic']).optional(),
  blocking: z.boolean().optional(),
  blockingReason: text.optional(),
  priority: priority.optional(),
});

const imageReference = z.strictObject({
  path: short,
  line,
  column: line,
  image: short,
  status: imageStatus,
  source: z.enum(['dockerfile', 'kubernetes', 'argo', 'helm-values', 'kustomize', 'compose', 'github-workflow', 'tekton', 'knative', 'gitlab-ci', 'circleci', 'drone', 'woodpecker', 'bitbucket-pipelines']),
  container: short.optional(),
  tagFrom: z.literal('chart-app-version').optional(),
  deployed: z.strictObject({ image: short, status: imageStatus, by: list(location, LIMITS.related) }).optional(),
});

const orphan = z.strictObject({ path: short, line, kind: z.enum(['dockerfile', 'kubernetes', 'compose-service']), name: short, blocking: z.boolean() });

const stats = z.strictObject({
  filesListed: count,
  filesScanned: count,
  bytesScanned: count,
  skipped: z.partialRecord(skipReason, count),
  chunked: count.optional(),
  unscanned: list(z.strictObject({ path: short, reason: z.enum(['unreadable', 'binary', 'too-large']), textLike: z.boolean() }), LIMITS.unscanned).optional(),
});

const base = z.strictObject({
  commit: z.string().regex(SHA).optional(),
  notices: list(text, LIMITS.messages),
  policyChange: z.strictObject({ preview: z.strictObject({ ready: z.boolean(), verdict: text }) }).optional(),
  newExceptions: list(z.strictObject({ kind: z.enum(['waiver', 'inline-allow', 'baseline-entry']), path: short, line: line.optional(), workload: short.optional(), approvedBy: short.optional(), detail: text }), LIMITS.exceptions),
});

const score = z.number().int().min(0).max(100);
const controlChange = z.strictObject({ workload: short.optional(), control: short, title: short, from: status.optional(), to: status, blocking: z.boolean() });
const delta = z.strictObject({
  base: z.string().regex(SHA),
  changedFiles: count,
  rescannedFiles: count,
  ready: z.strictObject({ base: z.boolean(), head: z.boolean() }),
  score: z.strictObject({ base: score, head: score, change: z.number().int().min(-100).max(100) }),
  workloads: list(z.strictObject({ name: short, change: z.enum(['added', 'removed', 'changed', 'unchanged']), score: z.strictObject({ base: score.optional(), head: score.optional() }), ready: z.strictObject({ base: z.boolean().optional(), head: z.boolean().optional() }) }), LIMITS.workloads * 2),
  regressed: list(controlChange, LIMITS.workloads * LIMITS.controls),
  improved: list(controlChange, LIMITS.workloads * LIMITS.controls),
  findings: z.strictObject({ new: list(z.strictObject({ ref: short, ruleId: short, path: short, line, severity, blocking: z.boolean() }), LIMITS.findings), existing: count, fixed: count }),
  newOrphans: list(orphan, LIMITS.orphans),
  newExceptions: count,
  introduced: list(text, LIMITS.findings),
});

export const reportSchema = z.strictObject({
  tool: z.strictObject({ name: z.literal('readiness-gate'), version: z.string().regex(/^[0-9A-Za-z.+-]{1,64}$/) }),
  ready: z.boolean(),
  verdict: text,
  policy: short,
  scannedPath: short,
  workloads: list(workload, LIMITS.workloads),
  findings: list(finding, LIMITS.findings),
  disabledRules: list(short, 1_000).optional(),
  images: list(imageReference, LIMITS.images),
  orphans: list(orphan, LIMITS.orphans),
  repository: z.strictObject({
    blocking: list(text, LIMITS.messages),
    warnings: list(text, LIMITS.messages),
    results: list(z.strictObject({ ...verdictItem, id: z.enum(REPOSITORY_CHECK_IDS) }), LIMITS.controls),
  }),
  stats,
  base: base.optional(),
  delta: delta.optional(),
});

const configError = z.strictObject({ file: short, line: line.optional(), column: line.optional(), keyPath: short.optional(), message: text, hint: text.optional() });

/** What mode: report writes: the commit it judged, and the report or why there is none. */
export const reportEnvelopeSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_FORMAT_VERSION),
  /** The commit the report is about; the publisher refuses a report for any other. */
  headSha: z.string().regex(SHA),
  report: reportSchema.optional(),
  configurationErrors: list(configError, LIMITS.messages).optional(),
});

export type ReportEnvelope = z.infer<typeof reportEnvelopeSchema>;

/** The report mode's file: what the publisher will accept back. */
export function reportEnvelope(headSha: string, content: { report: Report } | { configurationErrors: z.infer<typeof configError>[] }): ReportEnvelope {
  return { format: REPORT_FORMAT, version: REPORT_FORMAT_VERSION, headSha, ...content } as ReportEnvelope;
}

export type EnvelopeCheck = { ok: true; envelope: ReportEnvelope } | { ok: false; problems: string[] };

/**
 * Parses and validates a report file's text. Problems name where and what, never the value
 * (it is attacker-controlled and could be anything, including a lookalike of a secret).
 */
export function parseReportEnvelope(raw: string): EnvelopeCheck {
  if (Buffer.byteLength(raw) > MAX_REPORT_FILE_BYTES) return { ok: false, problems: [`the report file is over ${MAX_REPORT_FILE_BYTES} bytes`] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, problems: ['the report file is not JSON'] };
  }
  const parsed = reportEnvelopeSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message.replace(/"[^"]{40,}"/g, '"…"')}`);
    if (parsed.error.issues.length > 10) problems.push(`...and ${parsed.error.issues.length - 10} more`);
    return { ok: false, problems };
  }
  const envelope = parsed.data;
  if (!envelope.report === !envelope.configurationErrors) return { ok: false, problems: ['the report file must hold exactly one of report and configurationErrors'] };
  if (envelope.report && !consistent(envelope.report as Report)) return { ok: false, problems: ['report.ready contradicts its workloads and repository blockers'] };
  return { ok: true, envelope };
}

/** READY needs every workload ready and no repository blocker: a report cannot say otherwise. */
function consistent(report: Report): boolean {
  const derived = report.workloads.every((w) => w.ready) && report.repository.blocking.length === 0;
  return report.ready === derived;
}
