import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { REQUEST_KINDS, type Finding, type Policy, type RequestKind, type SourceFile } from '../model/types.js';
import { jsonText, renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderRequestTemplate } from '../render/template.js';
import { renderText } from '../render/text.js';
import { renderTicket } from '../render/ticket.js';
import { planTickets } from '../rules/tickets.js';
import { aKind } from '../rules/cross-file.js';
import { evaluate, type Evaluation, type FileChange } from '../rules/evaluate.js';
import { loadPolicy } from '../rules/load-policy.js';
import { parseRequestFile } from '../rules/parse-request.js';
import { headDocumentTree } from '../rules/markdown-checks.js';
import { pathRole, REQUESTS_DIR, requestIdOf } from '../rules/paths.js';
import { listFiles, pathExists, readFilesUnder, readMarkdownPages, readSourceFile, toRepoPath } from '../shell/disk.js';
import { VERSION } from './version.js';
import { git, originRepository, readFileAt, readTree, refExists, repoRoot, UsageError, workingTreeChanges, workingTreePaths } from './git.js';

/** Where the CLI writes; tests pass buffers. */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal: JSON is indented for reading there, on one line for scripts. */
  terminal?: boolean;
}


const USAGE = `Usage: aws-requests <command> [options]

Commands:
  check [--repo DIR] [--base REF] [--all] [--format text|json|markdown]
      Judge the working tree (committed, uncommitted and untracked changes)
      against where it branched from the base, with the base's policy.yml,
      exactly as the pull request will be judged.
      --base  the base branch (default: origin/main, else main)
      --all   judge the whole inventory as if newly submitted
  validate [PATH...] [--repo DIR] [--format text|json|markdown]
      Check files or folders on their own (YAML, schema, policy rules); no git.
  ticket [--repo DIR] [--base REF] [--format markdown|text|json]
      Print the tickets the merge would file, for the working tree against
      the base (approvals are shown as still to come).
  new KIND NAME [--project P] [--dir DIR] [--repo DIR]
      Write a commented template request. KIND: ${REQUEST_KINDS.join(', ')}.
      Files go to requests/groups/ (security groups), beside their project
      (resources with --project), or requests/<team>/ (the name's first part).

Options:
  --help      show this help
  --version   show the version

Exit status: 0 valid, 1 findings with errors, 2 usage error, 3 internal error.
`;

type Format = 'text' | 'json' | 'markdown';

function formatOf(value: string | undefined): Format {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json' && format !== 'markdown') throw new UsageError(`unknown --format ${format}: use text, json or markdown`);
  return format;
}

function render(evaluation: Evaluation, format: Format, io: CliIo): string {
  if (format === 'json') return renderJson(evaluation, io.terminal ?? false);
  if (format === 'markdown') return renderMarkdown(evaluation);
  return renderText(evaluation);
}

/** The working tree's policy.yml, when there is one. */
function workingPolicy(root: string): Uint8Array | undefined {
  const path = join(root, 'policy.yml');
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
}

function policyFrom(path: string, bytes: Uint8Array | undefined): Policy {
  if (!bytes) throw new UsageError(`no ${path} found: run aws-requests inside a requests repository, or pass --repo DIR`);
  const outcome = loadPolicy(path, bytes);
  if (!outcome.ok) {
    const lines = outcome.findings.map((f: Finding) => `${f.path}:${f.line}:${f.column}: ${f.message}`);
    throw new UsageError(`policy.yml is not valid, so requests cannot be judged:\n${lines.join('\n')}`);
  }
  return outcome.policy;
}

/**
 * Where this branch left the base branch, as GitHub diffs a pull request:
 * changes that landed on the base since are not this branch's.
 */
function branchPoint(repo: string, base: string | undefined): string {
  const candidates = base === undefined ? ['origin/main', 'main'] : [base];
  for (const candidate of candidates) {
    if (!refExists(repo, candidate)) continue;
    try {
      return git(repo, ['merge-base', 'HEAD', candidate]).trim();
    } catch {
      throw new UsageError(
        `this branch and ${candidate} have no commit in common that git can see: in a shallow clone, run \`git fetch --unshallow\` (or fetch more history); otherwise pass --base REF with the branch you started from, or --all to judge everything`,
      );
    }
  }
  if (base !== undefined) throw new UsageError(`--base ${base} is not a commit in ${repo}`);
  throw new UsageError('no base branch found (neither origin/main nor main): pass --base REF, or --all to judge everything');
}

/** The branch checked out, or '' when the head is detached. */
function currentBranch(repo: string): string {
  try {
    return git(repo, ['symbolic-ref', '--short', '-q', 'HEAD']).trim();
  } catch {
    return '';
  }
}

/**
 * The base as a branch name, for the links that must not point at it: the
 * `--base` given when it names a branch (here or on origin), otherwise `main`
 * (a commit, a tag or `HEAD~2` is not the branch pages are read from).
 */
function baseBranchName(repo: string, base: string | undefined): string {
  const name = base?.replace(/^origin\//, '');
  if (name && (refExists(repo, `refs/heads/${name}`) || refExists(repo, `refs/remotes/origin/${name}`))) return name;
  return 'main';
}

/**
 * Working on `main` itself, without `origin/main`, the base found is the
 * head: only uncommitted changes are judged, and requests committed on `main`
 * count as merged, so their errors show as warnings. Said, since nothing else
 * would show it.
 */
function onBaseNote(repo: string, baseOption: string | undefined): string | undefined {
  if (baseOption !== undefined || refExists(repo, 'origin/main') || currentBranch(repo) !== 'main') return undefined;
  return 'note: you are on main and there is no origin/main, so only uncommitted changes are judged: requests committed on main count as already merged, and their errors show as warnings. Make a branch for your request before committing (git switch -c my-request), or pass --base REF with the commit you started from, or --all to judge every request.\n';
}

/** Judge the working tree against where it left the base, with the base's policy, as the pull request will be. */
function evaluateBranch(cwd: string, repoOption: string | undefined, baseOption: string | undefined): { policy: Policy; evaluation: Evaluation; note?: string } {
  const repo = repoRoot(resolve(cwd, repoOption ?? '.'));
  const base = branchPoint(repo, baseOption);
  const note = onBaseNote(repo, baseOption);
  // A repository without a policy on its base yet uses the working tree's.
  const policy = policyFrom('policy.yml', readFileAt(repo, base, 'policy.yml') ?? workingPolicy(repo));
  // A symbolic link is there even when what it points at is not: the pull request will show it, so judge it.
  const changes: FileChange[] = workingTreeChanges(repo, base).map((change) =>
    change.status === 'removed' || !pathExists(join(repo, change.path)) ? { ...change, status: change.status === 'renamed' ? 'renamed' : 'removed' } : { ...change, file: readSourceFile(repo, change.path) },
  );
  // Links in changed pages are checked against the working tree, as the pull request's head will be.
  const paths = workingTreePaths(repo).filter((p) => pathExists(join(repo, p)));
  const markdown = readMarkdownPages(repo, paths);
  const origin = originRepository(repo) ?? { serverUrl: 'https://github.com', repository: '' };
  const documents = headDocumentTree(paths, markdown, changes, { ...origin, defaultBranch: baseBranchName(repo, baseOption) });
  return { policy, evaluation: evaluate({ policy, base: readTree(repo, base, REQUESTS_DIR), changes, documents }), note };
}

function check(io: CliIo, args: string[]): number {
  const { values } = parseArgs({ args, options: { repo: { type: 'string' }, base: { type: 'string' }, all: { type: 'boolean' }, format: { type: 'string' } }, strict: true, allowPositionals: false });
  const format = formatOf(values.format);
  const start = resolve(io.cwd, values.repo ?? '.');
  let evaluation: Evaluation;
  if (values.all) {
    // Judging the whole inventory needs no history, so no git either.
    const repo = findPolicyRoot(start) ?? start;
    const policy = policyFrom('policy.yml', workingPolicy(repo));
    const files = existsSync(join(repo, REQUESTS_DIR)) ? readFilesUnder(repo, join(repo, REQUESTS_DIR)) : [];
    const changes: FileChange[] = files.map((file) => ({ path: file.path, status: 'added', file }));
    evaluation = evaluate({ policy, base: [], changes, mode: 'inventory' });
  } else {
    const branch = evaluateBranch(io.cwd, values.repo, values.base);
    if (branch.note) io.stderr(branch.note);
    evaluation = branch.evaluation;
  }
  io.stdout(render(evaluation, format, io));
  return evaluation.ok ? 0 : 1;
}

function ticket(io: CliIo, args: string[]): number {
  const { values } = parseArgs({ args, options: { repo: { type: 'string' }, base: { type: 'string' }, format: { type: 'string' } }, strict: true, allowPositionals: false });
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'text' && format !== 'json') throw new UsageError(`unknown --format ${format}: use markdown, text or json`);
  const { policy, evaluation } = evaluateBranch(io.cwd, values.repo, values.base);
  if (!evaluation.ok) {
    io.stderr(renderText(evaluation));
    io.stderr('No tickets: fix the errors above first (`aws-requests check` shows them).\n');
    return 1;
  }
  const context = { approvals: evaluation.approvals };
  const tickets = planTickets(policy, evaluation, context);
  if (format === 'json') {
    const report = tickets.map((t) => ({ key: t.key, type: t.type, title: t.title, assignees: t.assignees, markdown: renderTicket(policy, t, context, 'markdown'), text: renderTicket(policy, t, context, 'text'), requests: t.requests.map((r) => ({ id: r.id, action: r.action, tags: r.tags })) }));
    io.stdout(jsonText(report, io.terminal ?? false));
  } else if (tickets.length === 0) {
    io.stdout('No tickets: this change asks nothing of IT services or group owners.\n');
  } else {
    io.stdout(tickets.map((t) => renderTicket(policy, t, context, format)).join(format === 'text' ? '\n----------------------------------------\n\n' : '\n---\n\n'));
  }
  return 0;
}

/** The folder holding policy.yml at or above `start`: the repository root without needing git. */
function findPolicyRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'policy.yml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Whether `path` lies outside the folder `root` (a name that merely starts with `..` is inside). */
function isOutside(root: string, path: string): boolean {
  const way = relative(root, path);
  return way === '..' || way.startsWith(`..${sep}`);
}

function validate(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { repo: { type: 'string' }, format: { type: 'string' } }, strict: true, allowPositionals: true });
  const format = formatOf(values.format);
  const root = values.repo ? resolve(io.cwd, values.repo) : findPolicyRoot(io.cwd);
  if (!root) throw new UsageError('no policy.yml here or above: run inside a requests repository, or pass --repo DIR');
  const policy = policyFrom('policy.yml', workingPolicy(root));
  const targets = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : [join(root, REQUESTS_DIR)];
  const files: SourceFile[] = [];
  for (const target of targets) {
    if (!existsSync(target)) throw new UsageError(`${relative(io.cwd, target) || target}: no such file or folder`);
    if (isOutside(root, target)) throw new UsageError(`${target} is outside the repository at ${root}`);
    if (lstatSync(target).isSymbolicLink()) {
      // Judged as the link it is (a request must be a regular file), never followed out of the repository.
      files.push(readSourceFile(root, toRepoPath(root, target)));
      continue;
    }
    if (isOutside(realpathSync(root), realpathSync(target))) throw new UsageError(`${target} leads outside the repository at ${root}, through a symbolic link`);
    if (statSync(target).isDirectory()) {
      // In a folder, Markdown and other guidance beside the requests is not judged.
      files.push(...readFilesUnder(root, target, (path) => pathRole(path) === 'request'));
    } else {
      const path = toRepoPath(root, target);
      if (pathRole(path) !== 'request') throw new UsageError(`${path} is not a request file: requests are .yml files under requests/`);
      files.push(readSourceFile(root, path));
    }
  }
  // Each file on its own: cross-file rules need the whole inventory, which `check` has.
  const changes: FileChange[] = files.map((file) => ({ path: file.path, status: 'added', file }));
  // Labels and approvals belong to a change; validating files on their own has neither.
  const evaluation = { ...evaluate({ policy, base: [], changes, mode: 'files' }), labels: [], approvals: [] };
  io.stdout(render(evaluation, format, io));
  return evaluation.ok ? 0 : 1;
}

/** A request's id, as `new` accepts it: it becomes a file name. */
const REQUEST_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{1,62}$/;

function newRequest(io: CliIo, args: string[]): number {
  const { values, positionals } = parseArgs({ args, options: { project: { type: 'string' }, dir: { type: 'string' }, repo: { type: 'string' } }, strict: true, allowPositionals: true });
  const [kind, name, extra] = positionals;
  if (!kind || !name || extra !== undefined) throw new UsageError('usage: aws-requests new KIND NAME [--project P] [--dir DIR] [--repo DIR]');
  if (!(REQUEST_KINDS as readonly string[]).includes(kind)) throw new UsageError(`unknown kind ${kind}: use one of ${REQUEST_KINDS.join(', ')}`);
  if (!REQUEST_NAME.test(name)) throw new UsageError(`${name} is not a valid request name: use letters, digits and hyphens (it becomes the file name)`);
  // The project is an id (a file name without its folder), and it names the folder the file goes in.
  if (values.project !== undefined && !REQUEST_NAME.test(values.project)) {
    throw new UsageError(`--project ${values.project} is not a request id: give the project's name, as its file is named without .yml (for example ex-nutrition)`);
  }
  const root = values.repo ? resolve(io.cwd, values.repo) : findPolicyRoot(io.cwd);
  if (!root) throw new UsageError('no policy.yml here or above: run inside a requests repository, or pass --repo DIR');
  const policy = policyFrom('policy.yml', workingPolicy(root));
  // References are exact: `--project WA-Water` for the existing `wa-water` is written as the file spells it.
  const projectFile = values.project === undefined ? undefined : requestFileOf(root, values.project);
  // Ids are unique across kinds, so the file found may be an instance's: said now, not by `check` after writing.
  const found = projectFile ? parseRequestFile(policy, readSourceFile(root, projectFile)).request : undefined;
  if (found && found.kind !== 'project') throw new UsageError(`--project ${values.project} is ${aKind(found.kind)} (${projectFile}), not a project: give the id of the project the ${kind} belongs to`);
  const project = projectFile ? requestIdOf(projectFile) : values.project;
  const folder = values.dir ? resolve(io.cwd, values.dir) : join(root, defaultFolder(kind as RequestKind, name, project, projectFile));
  // Only files under requests/ are requests: a template anywhere else would never be checked.
  if (!`${toRepoPath(root, folder)}/`.startsWith(REQUESTS_DIR)) throw new UsageError(`--dir ${values.dir} is not under ${REQUESTS_DIR}: requests are only read from there`);
  const target = join(folder, `${name}.yml`);
  if (existsSync(target)) throw new UsageError(`${toRepoPath(root, target)} already exists; choose another name or edit that file`);
  const existing = requestFileOf(root, name);
  if (existing) throw new UsageError(`a request named ${name} already exists at ${existing}; ids are unique across requests/`);
  const schemaDir = relative(folder, join(root, 'schemas')).split(sep).join('/');
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, renderRequestTemplate(policy, kind as RequestKind, name, { schemaDir, project }), { flag: 'wx' });
  io.stdout(`Wrote ${toRepoPath(root, target)}. Replace every TODO, then run: npx aws-requests check\n`);
  return 0;
}

/** The file under requests/ whose id is `id`, ignoring case as ids do. */
function requestFileOf(root: string, id: string): string | undefined {
  if (!existsSync(join(root, REQUESTS_DIR))) return undefined;
  return listFiles(root, join(root, REQUESTS_DIR)).find((p) => requestIdOf(p).toLowerCase() === id.toLowerCase());
}

/** Security groups live together; a resource goes beside its project; otherwise the team's folder, from the name's first part. */
function defaultFolder(kind: RequestKind, name: string, project: string | undefined, projectFile: string | undefined): string {
  if (kind === 'security-group') return `${REQUESTS_DIR}groups`;
  const team = (id: string): string => `${REQUESTS_DIR}${id.toLowerCase().split('-')[0]}`;
  if (!project) return team(name);
  return projectFile ? dirname(projectFile) : team(project);
}

/** Run the CLI; returns the exit status instead of exiting, so tests can call it. */
export function runCli(argv: string[], io: CliIo): number {
  const [command, ...rest] = argv;
  try {
    if (command === '--version' || command === '-v') {
      if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}: ${command} takes none`);
      io.stdout(`aws-requests ${VERSION}\n`);
      return 0;
    }
    // `check --help` asks for help as much as `--help` does.
    if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === 'check') return check(io, rest);
    if (command === 'validate') return validate(io, rest);
    if (command === 'new') return newRequest(io, rest);
    if (command === 'ticket') return ticket(io, rest);
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    // parseArgs reports unknown options with a code; both it and ours are the user's to fix.
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`aws-requests: ${(error as Error).message}\nRun \`aws-requests --help\` for usage.\n`);
      return 2;
    }
    throw error;
  }
}
