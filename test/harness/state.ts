/**
 * The fake GitHub's state: plain objects a test seeds before running the
 * Action and inspects afterwards. The server renders GitHub's full JSON
 * objects from these on the fly, so only what a test cares about is stored.
 */

/** A user or bot, by login. `[bot]` logins are rendered as `type: "Bot"`. */
export interface FakeUser {
  login: string;
}

/** A repository other than the fake's own (the head of a fork pull request). */
export interface FakeRepoRef {
  owner: string;
  name: string;
}

/** Git file modes as the tree stores them. */
export type GitMode = '100644' | '100755' | '120000' | '160000';

/**
 * One path at one commit. `text` is the content; for a symlink (120000) the
 * target path, for a submodule (160000) the commit SHA it points at. Text
 * containing a NUL character is treated as binary, like GitHub does.
 */
export interface GitFile {
  mode: GitMode;
  text: string;
}

/** What `GET .../pulls/{n}/files` lists for one file. */
export interface FakePullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  additions: number;
  deletions: number;
  changes: number;
  /** Blob SHA at the head; null for a removed file. Computed from the head commit's content when left undefined. */
  sha?: string | null;
  patch?: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

export interface FakeReview {
  id: number;
  user: FakeUser;
  state: ReviewState;
  /** The head SHA the review was given on; null when GitHub lost it (force-pushed away). */
  commit_id: string | null;
  submitted_at: string;
  body: string;
}

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  user: FakeUser;
  /**
   * The head branch; `repo` differs from the fake's own for a fork. (GitHub
   * sends `repo: null` once a fork is deleted, which its own OpenAPI
   * description does not allow, so the fake does not model that.)
   */
  head: { sha: string; ref: string; repo: FakeRepoRef };
  /** The base repository is always the fake's own. */
  base: { sha: string; ref: string };
  draft: boolean;
  state: 'open' | 'closed';
  merged: boolean;
  merge_commit_sha: string | null;
  merged_by: FakeUser | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
  /** Label names (the issue side of the pull request). */
  labels: string[];
  assignees: string[];
  files: FakePullFile[];
  reviews: FakeReview[];
  requested_reviewers: { users: string[]; teams: string[] };
  /** Number of commits GitHub reports for the pull request. */
  commits: number;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  user: FakeUser;
  labels: string[];
  assignees: string[];
  state: 'open' | 'closed';
  state_reason: 'completed' | 'reopened' | 'not_planned' | 'duplicate' | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface FakeLabel {
  id: number;
  name: string;
  /** Six hex digits without `#`. */
  color: string;
  description: string | null;
  default: boolean;
}

export interface FakeComment {
  id: number;
  /** The issue or pull request the comment is on. */
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success';

export interface FakeStatus {
  id: number;
  sha: string;
  context: string;
  state: StatusState;
  description: string | null;
  target_url: string | null;
  creator: FakeUser;
  created_at: string;
  updated_at: string;
}

export type MembershipState = 'active' | 'pending';

/** Everything the fake knows. Mutate it freely between requests. */
export interface FakeState {
  owner: string;
  repo: string;
  /** The numeric id GitHub uses in `/repositories/{id}/...` pagination links. */
  repoId: number;
  private: boolean;
  defaultBranch: string;
  /** GitHub cuts the text of a large blob short and says so (`isTruncated`); the fake cuts past this many bytes. */
  blobTextLimit: number;
  pulls: FakePull[];
  issues: FakeIssue[];
  /** Repository labels. */
  labels: FakeLabel[];
  comments: FakeComment[];
  statuses: FakeStatus[];
  /** Git content: commit SHA -> path -> file. Read by GraphQL `object(expression: "sha:path")`. */
  commits: Record<string, Record<string, GitFile>>;
  /** Branch or tag name -> commit SHA, for expressions and refs that are not SHAs. */
  refs: Record<string, string>;
  /** `org/team-slug` -> login -> membership state. A team must be listed here to be requested as reviewer. */
  teams: Record<string, Record<string, MembershipState>>;
  /** When set, only these logins may be requested as reviewers (GitHub requires collaborators). */
  collaborators: string[] | null;
}
