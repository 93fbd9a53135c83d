// What a failed write means for the user: a 403 names the permission GitHub wanted (from its
// `x-accepted-github-permissions` header), anything else says what GitHub answered.

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** `pull_requests=write; issues=write` -> `pull-requests: write or issues: write`. */
export function acceptedPermissions(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const alternatives = header
    .split(';')
    .map((alt) =>
      alt
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [name, level] = p.split('=');
          return `${name!.trim().replace(/_/g, '-')}: ${(level ?? 'write').trim()}`;
        })
        .join(' and '),
    )
    .filter(Boolean);
  return alternatives.length ? alternatives.join(' or ') : undefined;
}

export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? (error as HttpError).status : undefined;
}

export function isForbidden(error: unknown): boolean {
  return statusOf(error) === 403;
}

/**
 * One line for the job log. `needed` is the permission this write needs when GitHub does not say.
 * The message never includes request headers, so the token cannot leak through it.
 */
export function describeFailure(what: string, error: unknown, needed: string): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
  // Octokit appends " - <documentation_url>" to GitHub's message.
  const reason = (e.message ?? String(error)).split('\n')[0]!.replace(/ - https?:\/\/\S+$/, '').slice(0, 200);
  if (e.status === 403) {
    const header = e.response?.headers?.['x-accepted-github-permissions'];
    const permission = acceptedPermissions(header === undefined ? undefined : String(header)) ?? needed;
    return `could not ${what}: GitHub answered 403 (${reason}); the token needs \`${permission}\` (add it under \`permissions:\` in the workflow). The verdict still holds through the exit code, the job summary and the annotations.`;
  }
  return `could not ${what}: ${e.status ? `GitHub answered ${e.status} (${reason})` : reason}. The verdict still holds through the exit code, the job summary and the annotations.`;
}
