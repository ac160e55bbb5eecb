/** Which permission each kind of write needs, for a message a maintainer can act on. */
const PERMISSIONS: [RegExp, string][] = [
  [/\/statuses\//, '`statuses: write`'],
  [/\/requested_reviewers/, '`pull-requests: write`'],
  [/\/(labels|comments)/, '`issues: write` (or `pull-requests: write`)'],
  [/\/issues(\/|$)/, '`issues: write`'],
  [/\/teams\//, 'organisation `members: read` (a GitHub App or a token with read:org; GITHUB_TOKEN cannot read teams)'],
  [/\/graphql/, '`contents: read`'],
  [/\/pulls/, '`pull-requests: read`'],
];

interface RequestError {
  status?: number;
  message?: string;
  request?: { method?: string; url?: string };
}

/**
 * One plain sentence for an error, naming the missing permission when GitHub
 * refused a request for lack of one, instead of a stack trace.
 */
export function explainError(error: unknown): string {
  const e = (error ?? {}) as RequestError;
  const message = error instanceof Error ? error.message : String(error);
  const url = e.request?.url ?? '';
  const call = e.request?.method ? `${e.request.method} ${url.replace(/^https?:\/\/[^/]+/, '')}` : '';
  if (e.status === 403 && /not accessible by integration|resource not accessible/i.test(message)) {
    const permission = PERMISSIONS.find(([pattern]) => pattern.test(url))?.[1] ?? 'a permission it lacks';
    return `The token may not ${call}: give the workflow job ${permission}. (GitHub said: ${message})`;
  }
  if (e.status !== undefined) return `GitHub answered ${e.status} to ${call}: ${message}`;
  return message;
}
