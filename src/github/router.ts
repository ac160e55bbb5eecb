/** What the Action should do for the event it was started by. */
export type Route =
  | { kind: 'judge'; number: number; readOnly: boolean; why: string; expectedHeadSha?: string }
  | { kind: 'tickets'; number: number; why: string }
  /** A manual run: judge the pull request, or file its tickets when it is merged. */
  | { kind: 'recover'; number: number; why: string }
  | { kind: 'ignore'; why: string };

export interface ActionEvent {
  name: string;
  payload: Record<string, unknown>;
}

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'edited', 'ready_for_review']);
const REVIEW_ACTIONS = new Set(['submitted', 'dismissed', 'edited']);
/** The fork relay's run name; the number is the only thing taken from it, and it is checked. */
export const RELAY_TITLE = /^aws-requests review relay #(\d{1,9})$/;

interface PullRequestPayload {
  number?: unknown;
  head?: { sha?: unknown; repo?: { full_name?: unknown } | null };
  base?: { repo?: { full_name?: unknown } };
}

function positiveInteger(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[1-9]\d{0,8}$/.test(text)) return undefined;
  return Number(text);
}

function fromFork(pr: PullRequestPayload): boolean {
  return pr.head?.repo?.full_name !== pr.base?.repo?.full_name;
}

/**
 * Decide from the event alone what to do. Only a pull-request number (and,
 * for the relay, the head commit it was for) is taken from the payload;
 * everything else is read again from the API.
 */
export function routeEvent(event: ActionEvent): Route {
  const action = typeof event.payload.action === 'string' ? event.payload.action : '';
  const pr = (event.payload.pull_request ?? {}) as PullRequestPayload;
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = positiveInteger(pr.number);
      if (!number) return { kind: 'ignore', why: 'The event carries no pull-request number.' };
      if (action === 'closed') {
        return (event.payload.pull_request as { merged?: unknown }).merged === true
          ? { kind: 'tickets', number, why: `pull request #${number} merged` }
          : { kind: 'ignore', why: `Pull request #${number} was closed without merging: no tickets.` };
      }
      if (!PR_ACTIONS.has(action)) return { kind: 'ignore', why: `Nothing to do for ${event.name} ${action}.` };
      // A `pull_request` run for a fork gets a read-only token: judge and report, write nothing.
      const readOnly = event.name === 'pull_request' && fromFork(pr);
      return { kind: 'judge', number, readOnly, why: `${event.name} ${action}` };
    }
    case 'pull_request_review': {
      const number = positiveInteger(pr.number);
      if (!number) return { kind: 'ignore', why: 'The event carries no pull-request number.' };
      if (!REVIEW_ACTIONS.has(action)) return { kind: 'ignore', why: `Nothing to do for a review ${action}.` };
      if (fromFork(pr)) {
        return { kind: 'ignore', why: `Pull request #${number} comes from a fork, so this review run has a read-only token; the relay workflow (workflow_run) applies the review.` };
      }
      return { kind: 'judge', number, readOnly: false, why: `review ${action}` };
    }
    case 'workflow_run': {
      const run = (event.payload.workflow_run ?? {}) as { display_title?: unknown; head_sha?: unknown; event?: unknown; conclusion?: unknown };
      const match = typeof run.display_title === 'string' ? RELAY_TITLE.exec(run.display_title) : null;
      const number = positiveInteger(match?.[1]);
      if (!number || typeof run.head_sha !== 'string' || !/^[0-9a-f]{40}$/.test(run.head_sha)) {
        return { kind: 'ignore', why: 'This workflow run is not an aws-requests review relay (its name must be "aws-requests review relay #N").' };
      }
      if (run.conclusion !== 'success') return { kind: 'ignore', why: `The review relay for #${number} did not succeed (${String(run.conclusion)}).` };
      return { kind: 'judge', number, readOnly: false, why: 'review relayed from a fork', expectedHeadSha: run.head_sha };
    }
    case 'workflow_dispatch': {
      const inputs = (event.payload.inputs ?? {}) as Record<string, unknown>;
      const number = positiveInteger(inputs['pull-request']);
      if (!number) return { kind: 'ignore', why: 'Give the `pull-request` input a pull-request number to judge it again.' };
      return { kind: 'recover', number, why: 'manual run' };
    }
    default:
      return { kind: 'ignore', why: `aws-requests does nothing on ${event.name} events.` };
  }
}
