import type { ProjectRequest, Request, SecurityGroupRequest } from '../model/requests.js';
import type { Finding, LabelRole, Policy, RequestKind, Severity, SourceFile } from '../model/types.js';
import { ApprovalSet, type RequiredApproval } from './approvals.js';
import { catalogueSuggestion, classifyRequest, indexPolicy, softwareName, useCaseOf, type Classification, type Reason, type UseCase } from './classify.js';
import { aKind, crossFileFindings, Inventory, referrersOf } from './cross-file.js';
import { diffRequests, sameData, type FieldChange } from './diff.js';
import { forgetLocations, parseRequestFile, type ParseOutcome } from './parse-request.js';
import { loadPolicy, securityPolicyChanges } from './load-policy.js';
import { checkMarkdown, type DocumentTree } from './markdown-checks.js';
import { policyImpact, type ImpactEntry } from './policy-impact.js';
import { findingAt, type ParsedRequest } from './parsed-request.js';
import { comparePaths, isMarkdownPath, isPolicyFile, pathRole, requestIdOf } from './paths.js';
import { resourceTags, type TagChange } from './resource-tags.js';
import { retagsOf, tagsMoved, type Retag } from './retags.js';

/** One path the pull request (or working tree) changed. */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  /** For `renamed`: where the file was. */
  previousPath?: string;
  /** Head content; needed for request files that were added, modified or renamed. */
  file?: SourceFile;
}

export interface EvaluateInput {
  policy: Policy;
  /** Every file under `requests/` on the base branch. */
  base: SourceFile[];
  changes: FileChange[];
  /**
   * `change` judges a pull request; `inventory` judges every file as newly
   * submitted (no base to promote from, so environment history is not
   * checked); `files` judges each file on its own, without cross-file rules,
   * for a report: its verdicts keep no documents (`request` is null).
   */
  mode?: 'change' | 'inventory' | 'files';
  /** The pull request, for the request-id tag, when known. */
  pullRequest?: { repository: string; number: number };
  /**
   * When each development request's ticket was filed (ISO time), for the
   * policy's minimum testing period before a promotion; `now` is the clock.
   * Absent: the period cannot be checked, and a promotion that needs it fails.
   */
  developmentSince?: ReadonlyMap<string, string>;
  now?: string;
  /** The repository at the head, for checking links in changed Markdown pages; without it they are not checked. */
  documents?: DocumentTree;
  /** Where the policy file is (the Action's `policy` input): a change to it is a proposed policy. Default `policy.yml` (or `policy.yaml`). */
  policyPath?: string;
}

export type ChangeType = 'created' | 'changed' | 'promoted' | 'removed';

export interface RequestVerdict {
  id: string;
  kind: RequestKind;
  path: string;
  change: ChangeType;
  /** Resources get their own; a project takes its strictest resource's; groups have none. */
  useCase: UseCase | null;
  environment: string | null;
  account: string | null;
  reasons: Reason[];
  diff: FieldChange[];
  tags: { key: string; value: string }[];
  /**
   * For a changed resource: its tags whose values change (a moved file's
   * `RequestFile`, a new project's charge code), those that record the pull
   * request aside. Empty otherwise, or when the old tags are not known.
   */
  tagChanges: TagChange[];
  /** The request as it will be (as it was, for a removal), when its file is valid; null in `files` mode, which only reports. */
  request: Request | null;
  /** The base branch's version, for a change. */
  previous: Request | null;
  /** For a resource: its project and that project's group, as they will be. */
  project: ProjectRequest | null;
  group: SecurityGroupRequest | null;
}

export interface FileReport {
  path: string;
  findings: Finding[];
}

export interface Evaluation {
  ok: boolean;
  files: FileReport[];
  requests: RequestVerdict[];
  labels: string[];
  /** The strictest use case among the requests created or changed, or null when none has one. */
  useCase: UseCase | null;
  approvals: RequiredApproval[];
  /** Which kinds of path the change touched. */
  tracks: { requests: boolean; documentation: boolean; policy: boolean };
  /** Markdown pages checked. */
  pages: number;
  /** Requests whose verdict the proposed policy.yml would change (empty when the policy does not change). */
  impact: ImpactEntry[];
  /** Existing resources, untouched by the change, whose tags change with their project or group (only when judging a change). */
  retags: Retag[];
}

/** The base branch's request files as read: in order, and by path for the few the change touches. */
interface BaseRead {
  paths: string[];
  outcomes: ParseOutcome[];
  touched: Map<string, ParseOutcome>;
}

/**
 * The base branch's request files. They passed the full check when they were
 * merged, so they are read on the fast path; only the ones the change touches
 * keep their documents, for comparing with their new versions. Two lists
 * rather than a map of every path: a map of 10,000 entries is rebuilt as it
 * grows, and what it leaves behind makes collections slower.
 */
function parseBase(policy: Policy, files: SourceFile[], touched: ReadonlySet<string>): BaseRead {
  const read: BaseRead = { paths: [], outcomes: [], touched: new Map() };
  for (const file of files) {
    if (pathRole(file.path) !== 'request') continue;
    const keep = touched.has(file.path);
    const outcome = parseRequestFile(policy, file, { trusted: true, keepDocument: keep });
    read.paths.push(file.path);
    read.outcomes.push(outcome);
    if (keep) read.touched.set(file.path, outcome);
  }
  return read;
}

/** Cross-file rules that report both files of a clash: only the changed one is to blame. */
const CLASH_RULES: ReadonlySet<string> = new Set(['duplicate-id', 'duplicate-bucket-name', 'duplicate-project-tag']);

/**
 * Findings are matched with the base's by path, rule and message; a clash by
 * path and rule only, since its message names the other files, which a
 * change elsewhere (a third file removed) rewords without ending it.
 */
const findingKey = (f: Finding): string => (CLASH_RULES.has(f.rule) ? `${f.path}\u0000${f.rule}` : `${f.path}\u0000${f.rule}\u0000${f.message}`);

function groupMembershipChanged(before: SecurityGroupRequest, after: SecurityGroupRequest): boolean {
  // `role: team` is the default written out, not a change; the displayed owner is who the directory shows.
  const owners = (g: SecurityGroupRequest): string => JSON.stringify([...g.owners].map((o) => [o.cAccount, o.role ?? 'team', o.github ?? '', o.displayed === true]).sort());
  const members = (g: SecurityGroupRequest): string => JSON.stringify([...g.members].sort());
  return owners(before) !== owners(after) || members(before) !== members(after);
}

const STRICTNESS: Record<UseCase, number> = { computation: 0, application: 1 };

function stricter(a: UseCase | null, b: UseCase | null): UseCase | null {
  if (a === null) return b;
  if (b === null) return a;
  return STRICTNESS[b] > STRICTNESS[a] ? b : a;
}

/**
 * Judge a change to the inventory: the base branch's request files with the
 * pull request's changes laid over them. Pure: every input is data, the
 * result is data. Errors are attributed to the changed file that caused them;
 * problems already present in untouched files are reported as warnings.
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const { policy } = input;
  const mode = input.mode ?? 'change';
  const index = indexPolicy(policy);

  const base = parseBase(policy, input.base, new Set(input.changes.flatMap((c) => (c.previousPath ? [c.path, c.previousPath] : [c.path]))));
  // The head is the base with the change laid over it: path -> new outcome, or undefined when removed.
  const changed = new Map<string, ParseOutcome | undefined>();
  const baseOutcomes = base.touched;
  const headOutcome = (path: string): ParseOutcome | undefined => (changed.has(path) ? changed.get(path) : baseOutcomes.get(path));
  const touchedPaths = new Set<string>();
  const removedPaths = new Set<string>();
  const tracks = { requests: false, documentation: false, policy: false };
  const pages: SourceFile[] = [];
  // Said about the change itself rather than a request: a request in the wrong place, an id changed by a rename.
  const changeFindings: Finding[] = [];

  const touchesAll = mode !== 'change';
  // Judging the whole inventory (`check --all`): each file's classification is taken while its locations are at
  // hand, and the locations are then let go, to be read again only if a finding asks for one.
  const classified = new Map<ParsedRequest, Classification | undefined>();
  // Judging each file on its own (`validate`): its verdict is taken as soon as it is read, and its document let go.
  // Keeping 10,000 documents for a report that never shows them made the command a fifth slower (1,115 ms
  // against 938, in runs taking turns). Only a project waits for the end, for the strictest use case of its resources.
  const verdicts: RequestVerdict[] = [];
  const ownFindings: Finding[] = [];
  const judgedIds = new Set<string>();
  const resourceUseCases = new Map<string, UseCase>();
  const judgeOnItsOwn = (outcome: ParseOutcome): void => {
    ownFindings.push(...outcome.findings);
    const request = outcome.request;
    if (!request) return;
    const classification = classifyRequest(index, request);
    const data = request.data;
    const resource = request.valid && (data.kind === 'ec2-instance' || data.kind === 's3-bucket') ? data : undefined;
    if (resource && classification) {
      const key = resource.project.toLowerCase();
      resourceUseCases.set(key, stricter(resourceUseCases.get(key) ?? null, classification.useCase)!);
    }
    // As in the other modes, the first file with an id is judged; the others' own findings say the rest.
    const id = request.id.toLowerCase();
    if (judgedIds.has(id)) return;
    judgedIds.add(id);
    const useCase = classification?.useCase ?? null;
    const environment = resource ? resource.environment : null;
    if (useCase === 'computation' && environment !== 'production') ownFindings.push(computationOutsideProduction(policy, request));
    const account = resource ? policy.accounts[resource.environment] : null;
    verdicts.push({ id: request.id, kind: request.kind, path: request.path, change: 'created', useCase, environment, account, reasons: classification?.reasons ?? [], diff: [], tags: [], tagChanges: [], request: null, previous: null, project: null, group: null });
  };
  for (const change of input.changes) {
    const paths = change.status === 'renamed' && change.previousPath ? [change.previousPath, change.path] : [change.path];
    for (const path of paths) tracks[`${pathRole(path) === 'request' ? 'requests' : pathRole(path)}` as keyof typeof tracks] = true;
    if (change.status === 'renamed' && change.previousPath && pathRole(change.previousPath) === 'request') {
      changed.set(change.previousPath, undefined);
      removedPaths.add(change.previousPath);
    }
    if (pathRole(change.path) !== 'request') {
      if (input.documents && change.file && change.status !== 'removed' && isMarkdownPath(change.path)) pages.push(change.file);
      const misplaced = change.status !== 'removed' && change.file ? misplacedRequestFinding(policy, change.path, change.file) : undefined;
      if (misplaced) changeFindings.push(misplaced);
      continue;
    }
    touchedPaths.add(change.path);
    const renamedFrom = change.status === 'renamed' && change.previousPath && pathRole(change.previousPath) === 'request' ? change.previousPath : undefined;
    if (renamedFrom && requestIdOf(renamedFrom).toLowerCase() !== requestIdOf(change.path).toLowerCase() && baseOutcomes.get(renamedFrom)?.request) {
      changeFindings.push({
        path: change.path,
        line: 1,
        column: 1,
        rule: 'request-renamed',
        severity: 'warning',
        message: `This file was \`${renamedFrom}\`: a file's name is its request's id, so renaming it decommissions \`${requestIdOf(renamedFrom)}\` and creates \`${requestIdOf(change.path)}\` anew. To keep the resource, keep the file's name (moving it to another folder is fine).`,
      });
    }
    if (change.status === 'removed') {
      changed.set(change.path, undefined);
      removedPaths.add(change.path);
    } else if (change.file) {
      const outcome = parseRequestFile(policy, change.file);
      if (mode === 'files') {
        judgeOnItsOwn(outcome);
        continue;
      }
      if (mode === 'inventory' && outcome.request?.valid) {
        classified.set(outcome.request, classifyRequest(index, outcome.request));
        forgetLocations(policy, outcome.request, change.file);
      }
      changed.set(change.path, outcome);
      removedPaths.delete(change.path);
    }
  }

  const isTouched = (path: string): boolean => touchesAll || touchedPaths.has(path);
  const findings: Finding[] = [...changeFindings, ...ownFindings];
  // Findings on a file nobody touched were there before this change: say so, but do not block on them.
  const preExisting = (f: Finding): Finding => ({ ...f, severity: 'warning', message: `Already on the base branch: ${f.message}` });
  // One pass over the base indexes both sides and collects each head file's own findings.
  const baseInventory = new Inventory();
  const headInventory = new Inventory();
  const headPaths: string[] = [];
  const addHead = (path: string, outcome: ParseOutcome): void => {
    headInventory.add(path, outcome.request);
    if (touchesAll) headPaths.push(path);
    if (outcome.findings.length === 0) return;
    // An untouched file's old warnings are not this change's business; its old errors are said, as warnings.
    for (const f of outcome.findings) {
      if (isTouched(path)) findings.push(f);
      else if (f.severity === 'error') findings.push(preExisting(f));
    }
  };
  for (let i = 0; i < base.paths.length; i++) {
    const path = base.paths[i]!;
    const outcome = base.outcomes[i]!;
    baseInventory.add(path, outcome.request);
    const head = changed.has(path) ? changed.get(path) : outcome;
    if (head) addHead(path, head);
  }
  for (const [path, outcome] of changed) if (outcome && !baseOutcomes.has(path)) addHead(path, outcome);
  if (mode !== 'files') {
    const headCross = crossFileFindings(headInventory);
    // The base's own findings only matter to tell old problems in untouched files from new ones.
    const baseCross = headCross.some((f) => !isTouched(f.path)) ? new Set(crossFileFindings(baseInventory).map(findingKey)) : new Set<string>();
    for (const f of headCross) {
      if (isTouched(f.path)) findings.push(f);
      else if (baseCross.has(findingKey(f))) {
        if (f.severity === 'error') findings.push(preExisting(f));
      }
      // A new clash of names is the changed file's doing, and said there; the file it clashes with stays as it is.
      else if (!CLASH_RULES.has(f.rule)) findings.push(f);
    }
  }

  // A removed file still referenced: the error belongs to the PR that deletes it.
  for (const path of removedPaths) {
    const before = baseOutcomes.get(path)?.request;
    if (!before || (before.kind !== 'project' && before.kind !== 'security-group')) continue;
    if (headInventory.first(before.id)) continue;
    const referrers = referrersOf(headInventory, before.id, before.kind);
    if (referrers.length > 0) {
      findings.push({ path, line: 1, column: 1, rule: 'delete-referenced', severity: 'error', message: `${before.id} is deleted but still referenced by ${referrers.map((r) => r.path).join(', ')}: remove or move those first, in this pull request.` });
    }
  }

  const approvals = new ApprovalSet(policy);
  // A group's current owners (as the base lists them) approve what changes it; when none has a GitHub login, none can, which is said.
  const requireGroupOwners = (group: SecurityGroupRequest, reason: string, path: string, what: string): void => {
    const logins = group.owners.map((o) => o.github).filter((g): g is string => Boolean(g));
    approvals.requireOwners(group.name, logins, reason);
    if (logins.length === 0) {
      findings.push({ path, line: 1, column: 1, rule: 'group-owner-approval', severity: 'warning', message: `None of ${group.name}'s current owners has a GitHub login, so none can approve ${what}: add their \`github:\` in a separate pull request first.` });
    }
  };
  for (const verdict of verdicts) {
    if (verdict.kind === 'project') verdict.useCase = resourceUseCases.get(verdict.id.toLowerCase()) ?? null;
    if (verdict.useCase === 'application') approvals.requireRole('security', applicationReason(verdict.id));
  }
  const touchedIds = new Map<string, string>();
  for (const path of touchesAll ? headPaths : [...touchedPaths, ...removedPaths]) touchedIds.set(requestIdOf(path).toLowerCase(), path);

  // A project's use case is the strictest of its resources'. They are grouped once per inventory
  // (not per project), and only a project's own resources are classified, since that reads their documents.
  const resourcesByProject = new Map<Inventory, Map<string, ParsedRequest[]>>();
  const projectUseCase = (inventory: Inventory, projectId: string): UseCase | null => {
    let byProject = resourcesByProject.get(inventory);
    if (!byProject) {
      byProject = new Map();
      for (const r of inventory.requests) {
        const s = r.summary;
        if (!s || (s.kind !== 'ec2-instance' && s.kind !== 's3-bucket')) continue;
        const key = s.project.toLowerCase();
        const list = byProject.get(key);
        if (list) list.push(r);
        else byProject.set(key, [r]);
      }
      resourcesByProject.set(inventory, byProject);
    }
    return (byProject.get(projectId.toLowerCase()) ?? []).reduce<UseCase | null>((acc, r) => stricter(acc, useCaseOf(index, r) ?? null), null);
  };

  for (const [id, path] of touchedIds) {
    const before = touchesAll ? undefined : baseInventory.first(id);
    const after = headInventory.first(id);
    const subject = after ?? before;
    if (!subject) continue;
    // Still there but unreadable: its own findings say why; it is neither removed nor judged.
    if (!after && headOutcome(path)) continue;
    if (before && after && !touchesAll && before.path === after.path && sameData(before.data, after.data)) continue;

    let change: ChangeType = !before ? 'created' : !after ? 'removed' : 'changed';
    // The same id now names another kind of resource: that is a removal and a creation, which ITS must be asked for as such.
    if (before && after && !touchesAll && before.kind !== after.kind) {
      findings.push(findingAt(after, '/kind', 'kind-change', `This request was ${aKind(before.kind)} and is now ${aKind(after.kind)}: a request's kind cannot change. Keep this file as the ${before.kind} (or delete it, which decommissions it) and add the ${after.kind} as a new file with its own name.`));
    }
    const classification = classified.has(subject) ? classified.get(subject) : classifyRequest(index, subject);
    let useCase: UseCase | null = classification?.useCase ?? null;
    const reasons = classification?.reasons ?? [];
    let environment: string | null = null;

    const data = subject.data;
    if (subject.valid && (data.kind === 'ec2-instance' || data.kind === 's3-bucket')) {
      environment = data.environment;
      if (after && change !== 'removed' && useCase) {
        // Only the same kind of resource can have been in an environment before (a changed kind is its own error).
        const beforeData = before?.valid && before.kind === after.kind ? before.data : undefined;
        const beforeEnv = beforeData && (beforeData.kind === 'ec2-instance' || beforeData.kind === 's3-bucket') ? beforeData.environment : undefined;
        const beforeUseCase = before ? (useCaseOf(index, before) ?? null) : null;
        if (useCase === 'computation' && environment !== 'production') {
          findings.push(computationOutsideProduction(policy, after));
        } else if (mode === 'change' && beforeEnv === 'production' && environment === 'development') {
          findings.push(findingAt(after, '/environment', 'environment-move', `This resource is in production (${policy.accounts.production}); it cannot move back to development. Keep \`environment: production\`, and add a new request for a development resource if one is needed.`));
        } else if (mode === 'change' && beforeEnv === 'development' && environment === 'production') {
          // Whatever its use case now, a resource leaving development is built anew in production: a promotion.
          change = 'promoted';
          approvals.requireRole('security', `${after.id} is promoted from development to production.`);
          if (!(data as { testedInDevelopment?: string }).testedInDevelopment) {
            findings.push(findingAt(after, '/environment', 'promotion-tested', 'A promotion to production needs `testedInDevelopment:` saying how the resource was tested in the development account.', 'error', 'key'));
          }
          const problem = promotionAgeProblem(policy, input.developmentSince?.get(after.id), input.now);
          if (problem) findings.push(findingAt(after, '/environment', 'promotion-too-early', problem.message, problem.severity));
          // Bucket names are global: the development bucket keeps its name until a request removes it.
          if (data.kind === 's3-bucket' && beforeData?.kind === 's3-bucket' && data.bucket === beforeData.bucket) {
            findings.push(findingAt(after, '/bucket', 'promotion-bucket-name', `S3 bucket names are unique across all of AWS, and the development bucket \`${data.bucket}\` stays until a request removes it, so the production bucket needs another name: change \`bucket:\` (for example \`${data.bucket.slice(0, 58)}-prod\`).`));
          }
        } else if (useCase === 'application' && environment === 'production' && mode === 'change' && !(beforeEnv === 'production' && beforeUseCase === 'application')) {
          // A misspelt package name makes an application out of a computation server: say so.
          const typos = data.kind === 'ec2-instance' ? data.software.flatMap((item) => {
            const guess = catalogueSuggestion(index, item);
            return guess ? [`\`${softwareName(item)}\` is meant to be \`${guess}\``] : [];
          }) : [];
          const typo = typos.length > 0 ? ` If ${typos.join(' and ')} (in the catalogue), correct the name instead.` : '';
          // A production resource cannot move back (environment-move), so it cannot be told to set development.
          const advice =
            beforeEnv === 'production'
              ? `This change makes a production resource an application (see its reasons). Applications are created first in development (${policy.accounts.development}) and tested there, and a production resource cannot move back: undo what makes it an application, or request the new setup as a new resource in a new file, in development, and promote it once tested.`
              : `${before ? 'This change makes the resource an application. ' : ''}Applications are created first in development (${policy.accounts.development}), tested there, then promoted: set \`environment: development\`.`;
          findings.push(findingAt(after, '/environment', 'environment-application', `${advice}${typo}`));
        }
      }
    } else if (data.kind === 'project') {
      useCase = projectUseCase(after ? headInventory : baseInventory, subject.id);
    }
    if (useCase === 'application' && change !== 'removed') approvals.requireRole('security', applicationReason(subject.id));

    // A project moving into another group gives that group's members its resources and that group's charge code its bill.
    if (data.kind === 'project' && after?.valid && before?.valid && before.kind === 'project' && !touchesAll) {
      const [from, to] = [(before.data as ProjectRequest).securityGroup, data.securityGroup];
      const receiving = from.toLowerCase() === to.toLowerCase() ? undefined : baseInventory.lookup(to, 'security-group');
      if (receiving?.valid) {
        const group = receiving.data as SecurityGroupRequest;
        requireGroupOwners(group, `${after.id} moves into ${group.name}: its members get access to the project's resources, and its charge code pays for them.`, after.path, `moving ${after.id} into it`);
      }
    }

    if (data.kind === 'security-group' && before?.valid && !touchesAll) {
      const beforeGroup = before.data as SecurityGroupRequest;
      if (!after || (after.valid && groupMembershipChanged(beforeGroup, after.data as SecurityGroupRequest))) {
        requireGroupOwners(beforeGroup, after ? `The owners or members of ${beforeGroup.name} change.` : `${beforeGroup.name} is deleted.`, before.path, 'this change');
      }
    }

    const account = environment ? policy.accounts[environment as 'production' | 'development'] : null;
    let tags: { key: string; value: string }[] = [];
    let movedTags: TagChange[] = [];
    let context: { project: ProjectRequest | null; group: SecurityGroupRequest | null } = { project: null, group: null };
    if (mode !== 'files' && subject.valid && (data.kind === 'ec2-instance' || data.kind === 's3-bucket')) {
      // A removed resource is described with the project it had; others with the project they will have.
      const inventory = after ? headInventory : baseInventory;
      const projectRequest = inventory.lookup(data.project, 'project');
      const project = projectRequest?.valid ? (projectRequest.data as ProjectRequest) : undefined;
      const groupRequest = project ? inventory.lookup(project.securityGroup, 'security-group') : undefined;
      // Tags are filled only from valid requests: a broken project or group is reported on its own file.
      if (projectRequest && project && groupRequest?.valid) {
        const group = groupRequest.data as SecurityGroupRequest;
        context = { project, group };
        if (after && useCase && environment && account) {
          const result = resourceTags(policy, {
            project,
            group,
            useCase,
            environment,
            account,
            requestFile: after.path,
            // `#` is not allowed in AWS tag values; the pull request's path is.
            requestId: input.pullRequest ? `${input.pullRequest.repository}/pull/${input.pullRequest.number}` : undefined,
          });
          tags = result.tags;
          if (change === 'changed' && before?.valid && before.kind === after.kind) movedTags = tagsMoved(policy, index, baseInventory, before, after, { project, group }, useCase);
          for (const problem of result.problems) {
            // Say where the value comes from: the file's own path, its project, its group, or policy.yml.
            const where =
              problem.from === 'requestFile'
                ? 'Rename the file or its folders so that its path holds only those characters'
                : problem.from.startsWith('chargeCode')
                  ? `Fix the project's \`chargeCode\` in ${projectRequest.path} or the charge codes in ${groupRequest.path}`
                  : ['project.tag', 'securityGroup', 'dataClassification'].includes(problem.from)
                    ? `Fix the value in ${projectRequest.path}`
                    : 'Fix the tag in policy.yml';
            const message = `This resource's tags would be refused by AWS: ${problem.text}. ${where}.`;
            // A path that cannot be a tag is the file's own name: said at its top, not at its project.
            findings.push(problem.from === 'requestFile' ? { path: after.path, line: 1, column: 1, rule: 'tag', severity: 'error', message } : findingAt(after, '/project', 'tag', message));
          }
        }
      } else if (after && useCase && projectRequest) {
        // The tags cannot be filled. A broken file this change touches blocks it already, and is blamed alone; one
        // broken before (only a warning now) must not let the resource through with a ticket missing its tags.
        const culprit = !project ? projectRequest.path : (groupRequest?.path ?? projectRequest.path);
        if (!isTouched(culprit)) {
          const source = !project ? `its project's request, ${projectRequest.path}, is not valid` : groupRequest ? `its project's security group, ${groupRequest.path}, is not valid` : `its project's security group \`${project.securityGroup}\` has no request`;
          findings.push(findingAt(after, '/project', 'tag', `This resource's tags (charge code, data classification, …) cannot be filled: ${source}. Fix that first, in this pull request or before it.`));
        }
      }
    }

    if (mode !== 'files' && subject.valid && data.kind === 'project') {
      // A project's ticket names its charge code, which lives in its group.
      const groupRequest = (after ? headInventory : baseInventory).lookup(data.securityGroup, 'security-group');
      if (groupRequest?.valid) context = { project: null, group: groupRequest.data as SecurityGroupRequest };
    }

    verdicts.push({
      id: subject.id,
      kind: subject.kind,
      path: after?.path ?? path,
      change,
      useCase,
      environment,
      account,
      reasons,
      diff: before && after && !touchesAll ? diffRequests(before.data, after.data) : [],
      tags,
      tagChanges: movedTags,
      request: subject.valid ? subject.data : null,
      previous: before?.valid && after ? before.data : null,
      ...context,
    });
  }
  const changedOwners = new Set(verdicts.filter((v) => v.change === 'changed' && (v.kind === 'project' || v.kind === 'security-group')).map((v) => v.id.toLowerCase()));
  const judged = new Set(verdicts.map((v) => v.path));
  const retags = mode === 'change' ? retagsOf(policy, index, baseInventory, headInventory, changedOwners, (path) => judged.has(path)) : [];
  // Every change to the repository's files is reviewed, even one that leaves every request as it was (comments, layout).
  if (tracks.requests || tracks.documentation || tracks.policy) {
    const why = [
      verdicts.length > 0 || removedPaths.size > 0 ? 'requests change' : tracks.requests ? 'files under requests/ change, though no request does' : '',
      tracks.documentation ? 'guidance documents change' : '',
      tracks.policy ? 'policy, schemas or code change' : '',
    ].filter(Boolean);
    approvals.requireRole('support', `${policy.reviewers.support.name} reviews every change: ${why.join(', ')}.`);
  }
  for (const page of pages) findings.push(...markdownPageFindings(page, input.documents!));
  const proposedPolicy = proposedPolicyReview(policy, input.changes, input.policyPath);
  findings.push(...proposedPolicy.findings);
  if (proposedPolicy.securityReason) approvals.requireRole('security', proposedPolicy.securityReason);
  // The head inventory, as files, for running the proposed policy over all of it.
  const headFiles = (): SourceFile[] => {
    const files = new Map(input.base.map((f) => [f.path, f]));
    for (const change of input.changes) {
      if (change.previousPath) files.delete(change.previousPath);
      if (change.status === 'removed') files.delete(change.path);
      else if (change.file && pathRole(change.path) === 'request') files.set(change.path, change.file);
    }
    return [...files.values()].filter((f) => pathRole(f.path) === 'request');
  };
  const impact = proposedPolicy.proposed && mode === 'change' ? policyImpact(policy, proposedPolicy.proposed, headFiles()) : [];

  verdicts.sort((a, b) => comparePaths(a.path, b.path));
  const files = groupFindings(findings);
  const ok = !findings.some((f) => f.severity === 'error');
  const useCase = verdicts.filter((v) => v.change !== 'removed').reduce<UseCase | null>((acc, v) => stricter(acc, v.useCase), null);
  const roles = new Set<LabelRole>();
  if (useCase) roles.add(useCase);
  if (tracks.documentation && !tracks.requests && !tracks.policy) roles.add('documentation');
  if (tracks.policy) roles.add('policy');
  const approvalList = approvals.list();
  if (approvalList.some((a) => a.group === 'security')) roles.add('securityApprovalRequired');
  if (!ok) roles.add('invalid');
  const labelOrder: LabelRole[] = ['computation', 'application', 'documentation', 'policy', 'securityApprovalRequired', 'invalid'];
  const labels = labelOrder.filter((r) => roles.has(r)).map((r) => policy.labels[r].name);

  return { ok, files, requests: verdicts, labels, useCase, approvals: approvalList, tracks, pages: pages.length, impact, retags };
}

const applicationReason = (id: string): string => `${id} is an application.`;

/** Computation is built only in production. */
function computationOutsideProduction(policy: Policy, request: ParsedRequest): Finding {
  return findingAt(request, '/environment', 'environment-computation', `Computation resources are created only in production (${policy.accounts.production}): set \`environment: production\`.`);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Why a promotion comes too early for the policy's testing period, or
 * undefined when it does not. Without a development ticket to date it (a
 * resource older than the Action, a ticket filed by hand, or the command,
 * which cannot look tickets up) it is a warning for the security reviewers,
 * who approve every promotion: an error there could never be resolved.
 */
function promotionAgeProblem(policy: Policy, since: string | undefined, now: string | undefined): { message: string; severity: Severity } | undefined {
  const minimumDays = policy.promotion.minimumDays;
  if (minimumDays <= 0) return undefined;
  if (!since || !now) {
    return {
      severity: 'warning',
      message: `The policy asks for ${minimumDays} days in development before a promotion, and no development ticket filed by aws-requests was found to date it (the resource may be older than this repository's checks, or its ticket was filed by hand): ${policy.reviewers.security.name}, who approve every promotion, should confirm it was tested that long.`,
    };
  }
  const days = Math.floor((Date.parse(now) - Date.parse(since)) / DAY_MS);
  return days >= minimumDays ? undefined : { severity: 'error', message: `The development request's ticket is ${days} days old; the policy asks for ${minimumDays} days of testing in development before a promotion.` };
}

/**
 * What a change to policy.yml means: its own findings (a broken proposal is
 * reported at PR time, located), and why it needs the security reviewers.
 * A proposed policy that cannot be read fails closed.
 */
function proposedPolicyReview(policy: Policy, changes: FileChange[], policyPath: string | undefined): { findings: Finding[]; securityReason?: string; proposed?: Policy } {
  const isPolicy = (path: string | undefined): boolean => (policyPath === undefined ? isPolicyFile(path) : path === policyPath);
  const change = changes.find((c) => isPolicy(c.path) || isPolicy(c.previousPath));
  if (!change) return { findings: [] };
  if (change.status === 'removed' || !change.file || !isPolicy(change.path)) {
    return { findings: [], securityReason: 'policy.yml is removed, renamed or could not be read.' };
  }
  const proposed = loadPolicy(change.path, change.file.bytes);
  if (!proposed.ok) return { findings: proposed.findings, securityReason: 'The proposed policy.yml is not valid, so its effect cannot be judged.' };
  const security = securityPolicyChanges(policy, proposed.policy);
  return security.length > 0
    ? { findings: [], securityReason: `The proposed policy.yml changes security rules: ${security.join('; ')}.`, proposed: proposed.policy }
    : { findings: [], proposed: proposed.policy };
}

/** Folders where request-like YAML is kept on purpose (tests, examples, the tool's own code): not warned about. */
const NOT_REQUEST_FOLDERS: ReadonlySet<string> = new Set(['.github', 'test', 'tests', '__tests__', 'spec', 'fixtures', 'examples', 'example', 'docs', 'src', 'dist', 'schemas', 'scripts', 'bin', 'node_modules']);

const REQUEST_KIND_LINE = /^kind:[ \t]*["']?([a-z0-9-]+)["']?[ \t]*(?:#.*)?$/m;

/**
 * A YAML file outside `requests/` that declares a request kind: a request
 * saved in the wrong folder is never judged and never built, and its author
 * would not know.
 */
function misplacedRequestFinding(policy: Policy, path: string, file: SourceFile): Finding | undefined {
  if (file.type !== 'file' || !/\.ya?ml$/i.test(path) || path.split('/').slice(0, -1).some((folder) => NOT_REQUEST_FOLDERS.has(folder.toLowerCase()))) return undefined;
  const text = new TextDecoder().decode(file.bytes.subarray(0, 64 * 1024));
  const kind = REQUEST_KIND_LINE.exec(text);
  if (!kind || !(policy.kinds as readonly string[]).includes(kind[1]!)) return undefined;
  const line = text.slice(0, kind.index).split('\n').length;
  return {
    path,
    line,
    column: 1,
    rule: 'request-outside',
    // A warning: a repository may keep request-like YAML elsewhere on purpose (test fixtures, examples).
    severity: 'warning',
    message: `This file is a request (\`kind: ${kind[1]}\`) but it is outside \`requests/\`, so it is not judged and no ticket would be filed for it: move it into your team's folder under \`requests/\`.`,
  };
}

/** Markdown checks on one changed page; a page that is not UTF-8 text is said so. */
function markdownPageFindings(page: SourceFile, documents: DocumentTree): Finding[] {
  if (page.type !== 'file') {
    const message =
      page.type === 'binary'
        ? 'This page is not a plain UTF-8 text file, so it cannot be checked or shown: save it as UTF-8 text.'
        : page.type === 'truncated'
          ? "This page is too large for GitHub's API to send whole, so it cannot be checked or shown: split it."
          : `This page is ${page.type === 'symlink' ? 'a symbolic link' : 'not a regular file'}, so it cannot be checked or shown: commit the page itself at this path.`;
    return [{ path: page.path, line: 1, column: 1, rule: 'markdown-file', severity: 'error', message }];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(page.bytes);
  } catch {
    return [{ path: page.path, line: 1, column: 1, rule: 'markdown-file', severity: 'error', message: 'This page is not valid UTF-8: save it as UTF-8.' }];
  }
  return checkMarkdown(page.path, text, documents);
}

function groupFindings(findings: Finding[]): FileReport[] {
  const byPath = new Map<string, Finding[]>();
  const seen = new Set<string>();
  for (const f of findings) {
    const key = `${findingKey(f)}\u0000${f.line}:${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  return [...byPath.entries()]
    .sort(([a], [b]) => comparePaths(a, b))
    .map(([path, list]) => ({
      path,
      findings: list.sort((a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)),
    }));
}
