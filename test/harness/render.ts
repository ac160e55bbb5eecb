/**
 * GitHub's JSON objects (users, repositories, pull requests, issues...)
 * rendered from the fake's plain state, with every field GitHub's OpenAPI
 * description requires, so response validation holds them to the real shape.
 */
import { createHash } from 'node:crypto';
import type { FakeComment, FakeIssue, FakeLabel, FakePull, FakePullFile, FakeReview, FakeState, FakeStatus, GitFile } from './state.js';

/** What rendering needs besides the object itself. */
export interface RenderContext {
  /** The fake's base URL: GitHub's `https://api.github.com`. */
  api: string;
  /** The web URL: GitHub's `https://github.com`. */
  web: string;
  state: FakeState;
}

type Obj = Record<string, unknown>;

/** Ids GitHub really uses, so code that recognises these accounts by id still does. */
const KNOWN_USER_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, 'dependabot[bot]': 49699333 };

/** A stable positive id derived from a string (GitHub ids are database integers). */
export function stableId(text: string): number {
  return (createHash('sha1').update(text).digest().readUInt32BE(0) % 2_000_000_000) + 1000;
}

/** GitHub-style node id (opaque; only its presence matters). */
function nodeId(prefix: string, id: number | string): string {
  return `${prefix}_${Buffer.from(String(id)).toString('base64url')}`;
}

/** ISO time the way GitHub prints it: no milliseconds. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The SHA-1 git gives a blob with this content. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The object id a tree entry carries: a blob's hash, or a submodule's commit. */
export function gitObjectSha(file: GitFile): string {
  return file.mode === '160000' ? file.text : gitBlobSha(file.text);
}

/** A deterministic 40-hex SHA for seeds that do not care which. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(`fake:${seed}`).digest('hex');
}

/** GitHub Apps act as `name[bot]` users of type Bot. */
export function isBot(login: string): boolean {
  return login.endsWith('[bot]');
}

/** The numeric id of a login: the real one for well-known bots, else a stable made-up one. */
export function userId(login: string): number {
  return KNOWN_USER_IDS[login] ?? stableId(`user:${login}`);
}

/** `simple-user`, for a person, a bot or (with `type`) an organization. */
export function simpleUser(ctx: RenderContext, login: string, type?: 'Organization'): Obj {
  const id = userId(login);
  const api = `${ctx.api}/users/${encodeURIComponent(login)}`;
  const bot = isBot(login);
  return {
    login,
    id,
    node_id: nodeId(bot ? 'BOT' : type === 'Organization' ? 'O' : 'U', id),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in/15368' : `u/${id}`}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: bot ? `${ctx.web}/apps/${encodeURIComponent(login.slice(0, -'[bot]'.length))}` : `${ctx.web}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: type ?? (bot ? 'Bot' : 'User'),
    user_view_type: 'public',
    site_admin: false,
  };
}

/** How GitHub describes a login's relation to the repository. */
export function authorAssociation(ctx: RenderContext, login: string): string {
  const { state } = ctx;
  if (login === state.owner) return 'OWNER';
  const orgPrefix = `${state.owner}/`.toLowerCase();
  for (const [team, members] of Object.entries(state.teams)) {
    if (team.toLowerCase().startsWith(orgPrefix) && members[login] === 'active') return 'MEMBER';
  }
  if (state.collaborators?.includes(login)) return 'COLLABORATOR';
  if (state.pulls.some((p) => p.user.login === login && p.merged)) return 'CONTRIBUTOR';
  return 'NONE';
}

/** The full `repository` object (the head and base repos of a pull request). */
export function repository(ctx: RenderContext, owner: string, name: string): Obj {
  const own = owner === ctx.state.owner && name === ctx.state.repo;
  const id = own ? ctx.state.repoId : stableId(`repo:${owner}/${name}`);
  const full = `${owner}/${name}`;
  const api = `${ctx.api}/repos/${full}`;
  const web = `${ctx.web}/${full}`;
  const host = new URL(ctx.web).host;
  const created = '2024-01-15T09:00:00Z';
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: full,
    owner: simpleUser(ctx, owner, own ? 'Organization' : undefined),
    private: own ? ctx.state.private : false,
    html_url: web,
    description: null,
    fork: !own,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://${host}/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@${host}:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${web}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: web,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 100,
    default_branch: own ? ctx.state.defaultBranch : 'main',
    open_issues_count: own ? ctx.state.issues.filter((i) => i.state === 'open').length + ctx.state.pulls.filter((p) => p.state === 'open').length : 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: own && ctx.state.private ? 'private' : 'public',
    pushed_at: created,
    created_at: created,
    updated_at: created,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
    forks: 0,
    open_issues: 0,
    watchers: 0,
  };
}

/** The `label` object. */
export function label(ctx: RenderContext, l: FakeLabel): Obj {
  return {
    id: l.id,
    node_id: nodeId('LA', l.id),
    url: `${ctx.api}/repos/${ctx.state.owner}/${ctx.state.repo}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description,
  };
}

/** The repository label a name refers to (GitHub compares names case-insensitively). */
export function findLabel(state: FakeState, name: string): FakeLabel | undefined {
  const lower = name.toLowerCase();
  return state.labels.find((l) => l.name.toLowerCase() === lower);
}

function labelsOf(ctx: RenderContext, names: string[]): Obj[] {
  return names.flatMap((name) => {
    const l = findLabel(ctx.state, name);
    return l ? [label(ctx, l)] : [];
  });
}

function teamSimple(ctx: RenderContext, org: string, slug: string): Obj {
  const id = stableId(`team:${org}/${slug}`);
  const api = `${ctx.api}/organizations/${userId(org)}/team/${id}`;
  return {
    id,
    node_id: nodeId('T', id),
    url: api,
    html_url: `${ctx.web}/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: 'organization',
    organization_id: userId(org),
  };
}

/** The `team-full` object (GET /orgs/{org}/teams/{team_slug}). */
export function teamFull(ctx: RenderContext, org: string, slug: string, members: number): Obj {
  const { organization_id: _organization, ...simple } = teamSimple(ctx, org, slug);
  const orgId = userId(org);
  const orgApi = `${ctx.api}/orgs/${org}`;
  return {
    ...simple,
    parent: null,
    members_count: members,
    repos_count: 1,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    organization: {
      login: org,
      id: orgId,
      node_id: `O_${orgId}`,
      url: orgApi,
      repos_url: `${orgApi}/repos`,
      events_url: `${orgApi}/events`,
      hooks_url: `${orgApi}/hooks`,
      issues_url: `${orgApi}/issues`,
      members_url: `${orgApi}/members{/member}`,
      public_members_url: `${orgApi}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${orgId}?v=4`,
      description: null,
      html_url: `${ctx.web}/${org}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 1,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
      archived_at: null,
    },
  };
}

/** The `team` object (requested team reviewers). */
export function team(ctx: RenderContext, org: string, slug: string): Obj {
  return { ...teamSimple(ctx, org, slug), parent: null };
}

/** A pull request, full (`pull-request`) or as lists show it (`pull-request-simple`). */
export function pullRequest(ctx: RenderContext, p: FakePull, full: boolean): Obj {
  const { state } = ctx;
  const repoApi = `${ctx.api}/repos/${state.owner}/${state.repo}`;
  const api = `${repoApi}/pulls/${p.number}`;
  const web = `${ctx.web}/${state.owner}/${state.repo}/pull/${p.number}`;
  const headRepo = repository(ctx, p.head.repo.owner, p.head.repo.name);
  const baseRepo = repository(ctx, state.owner, state.repo);
  const simple: Obj = {
    url: api,
    id: stableId(`pull:${p.number}`),
    node_id: nodeId('PR', p.number),
    html_url: web,
    diff_url: `${web}.diff`,
    patch_url: `${web}.patch`,
    issue_url: `${repoApi}/issues/${p.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${repoApi}/issues/${p.number}/comments`,
    statuses_url: `${repoApi}/statuses/${p.head.sha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: simpleUser(ctx, p.user.login),
    body: p.body,
    labels: labelsOf(ctx, p.labels),
    milestone: null,
    active_lock_reason: null,
    created_at: p.created_at,
    updated_at: p.updated_at,
    closed_at: p.closed_at,
    merged_at: p.merged_at,
    merge_commit_sha: p.merge_commit_sha,
    assignee: p.assignees[0] ? simpleUser(ctx, p.assignees[0]) : null,
    assignees: p.assignees.map((login) => simpleUser(ctx, login)),
    requested_reviewers: p.requested_reviewers.users.map((login) => simpleUser(ctx, login)),
    // `team` (with `parent`) satisfies both the full schema (team-simple) and the list one (team).
    requested_teams: p.requested_reviewers.teams.map((slug) => team(ctx, state.owner, slug)),
    head: {
      label: `${p.head.repo.owner}:${p.head.ref}`,
      ref: p.head.ref,
      sha: p.head.sha,
      user: simpleUser(ctx, p.head.repo.owner, p.head.repo.owner === state.owner ? 'Organization' : undefined),
      repo: headRepo,
    },
    base: {
      label: `${state.owner}:${p.base.ref}`,
      ref: p.base.ref,
      sha: p.base.sha,
      user: simpleUser(ctx, state.owner, 'Organization'),
      repo: baseRepo,
    },
    _links: {
      self: { href: api },
      html: { href: web },
      issue: { href: `${repoApi}/issues/${p.number}` },
      comments: { href: `${repoApi}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi}/statuses/${p.head.sha}` },
    },
    author_association: authorAssociation(ctx, p.user.login),
    auto_merge: null,
    draft: p.draft,
  };
  if (!full) return simple;
  const additions = p.files.reduce((n, f) => n + f.additions, 0);
  const deletions = p.files.reduce((n, f) => n + f.deletions, 0);
  return {
    ...simple,
    merged: p.merged,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? (p.draft ? 'draft' : 'clean') : 'unknown',
    merged_by: p.merged_by ? simpleUser(ctx, p.merged_by.login) : null,
    comments: state.comments.filter((c) => c.issue_number === p.number).length,
    review_comments: 0,
    maintainer_can_modify: p.head.repo.owner !== state.owner,
    commits: p.commits,
    additions,
    deletions,
    changed_files: p.files.length,
  };
}

/** An issue, or a pull request seen through the issues API (it then carries `pull_request`). */
export function issue(ctx: RenderContext, item: FakeIssue | FakePull): Obj {
  const { state } = ctx;
  const repoApi = `${ctx.api}/repos/${state.owner}/${state.repo}`;
  const api = `${repoApi}/issues/${item.number}`;
  const isPull = 'head' in item;
  const web = `${ctx.web}/${state.owner}/${state.repo}/${isPull ? 'pull' : 'issues'}/${item.number}`;
  const out: Obj = {
    id: stableId(`issue:${item.number}`),
    node_id: nodeId(isPull ? 'PR' : 'I', item.number),
    url: api,
    repository_url: repoApi,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: web,
    number: item.number,
    state: item.state,
    state_reason: isPull ? null : item.state_reason,
    title: item.title,
    body: item.body,
    user: simpleUser(ctx, item.user.login),
    labels: labelsOf(ctx, item.labels),
    assignee: item.assignees[0] ? simpleUser(ctx, item.assignees[0]) : null,
    assignees: item.assignees.map((login) => simpleUser(ctx, login)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: state.comments.filter((c) => c.issue_number === item.number).length,
    closed_at: item.closed_at,
    created_at: item.created_at,
    updated_at: item.updated_at,
    closed_by: null,
    author_association: authorAssociation(ctx, item.user.login),
    timeline_url: `${api}/timeline`,
  };
  if (isPull) {
    out.draft = item.draft;
    out.pull_request = {
      url: `${repoApi}/pulls/${item.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: item.merged_at,
    };
  }
  return out;
}

/** The `issue-comment` object; its html_url anchors `#issuecomment-{id}` on the PR or issue page. */
export function comment(ctx: RenderContext, c: FakeComment): Obj {
  const { state } = ctx;
  const repoApi = `${ctx.api}/repos/${state.owner}/${state.repo}`;
  const isPull = state.pulls.some((p) => p.number === c.issue_number);
  return {
    id: c.id,
    node_id: nodeId('IC', c.id),
    url: `${repoApi}/issues/comments/${c.id}`,
    html_url: `${ctx.web}/${state.owner}/${state.repo}/${isPull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx, c.user.login),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${repoApi}/issues/${c.issue_number}`,
    author_association: authorAssociation(ctx, c.user.login),
    performed_via_github_app: null,
  };
}

/** The `status` object of a commit status. */
export function status(ctx: RenderContext, s: FakeStatus): Obj {
  return {
    url: `${ctx.api}/repos/${ctx.state.owner}/${ctx.state.repo}/statuses/${s.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${userId(s.creator.login)}?v=4`,
    id: s.id,
    node_id: nodeId('SC', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator: simpleUser(ctx, s.creator.login),
  };
}

/** The `pull-request-review` object (`submitted_at` absent while PENDING, as on GitHub). */
export function review(ctx: RenderContext, pullNumber: number, r: FakeReview): Obj {
  const { state } = ctx;
  const web = `${ctx.web}/${state.owner}/${state.repo}/pull/${pullNumber}`;
  const pullApi = `${ctx.api}/repos/${state.owner}/${state.repo}/pulls/${pullNumber}`;
  return {
    id: r.id,
    node_id: nodeId('PRR', r.id),
    user: simpleUser(ctx, r.user.login),
    body: r.body,
    state: r.state,
    html_url: `${web}#pullrequestreview-${r.id}`,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, r.user.login),
    _links: { html: { href: `${web}#pullrequestreview-${r.id}` }, pull_request: { href: pullApi } },
    ...(r.state === 'PENDING' ? {} : { submitted_at: r.submitted_at }),
    commit_id: r.commit_id,
  };
}

/** One `diff-entry` of `GET .../pulls/{n}/files`. */
export function diffEntry(ctx: RenderContext, p: FakePull, f: FakePullFile): Obj {
  const { state } = ctx;
  // A removed file's links and blob point at the base, like GitHub's.
  const at = f.status === 'removed' ? p.base.sha : p.head.sha;
  const full = `${p.head.repo.owner}/${p.head.repo.name}`;
  const path = f.filename.split('/').map(encodeURIComponent).join('/');
  const file = state.commits[at]?.[f.filename];
  const sha = f.sha !== undefined ? f.sha : file ? gitObjectSha(file) : null;
  return {
    sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    blob_url: `${ctx.web}/${full}/blob/${at}/${path}`,
    raw_url: `${ctx.web}/${full}/raw/${at}/${path}`,
    contents_url: `${ctx.api}/repos/${state.owner}/${state.repo}/contents/${path}?ref=${at}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  };
}

/** The `team-membership` object (role is always `member`). */
export function teamMembership(ctx: RenderContext, org: string, slug: string, login: string, membership: string): Obj {
  return {
    url: `${ctx.api}/organizations/${userId(org)}/team/${stableId(`team:${org}/${slug}`)}/memberships/${encodeURIComponent(login)}`,
    role: 'member',
    state: membership,
  };
}
