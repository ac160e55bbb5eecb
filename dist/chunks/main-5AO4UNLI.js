import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  VERSION
} from "./chunk-YWETQ3LZ.js";
import {
  PLACEHOLDER,
  REQUESTS_DIR,
  REQUEST_KINDS,
  aKind,
  countFindings,
  evaluate,
  headDocumentTree,
  impactLine,
  listFiles,
  loadPolicy,
  parseRequestFile,
  pathExists,
  pathRole,
  planTickets,
  plural,
  readFilesUnder,
  readMarkdownPages,
  readSourceFile,
  renderMarkdown,
  renderTicket,
  requestIdOf,
  reviewerList,
  toRepoPath
} from "./chunk-5KKOEQ7I.js";
import "./chunk-5XWL5JNG.js";

// src/cli/main.ts
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, statSync as statSync2, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/render/json.ts
function jsonText(value, indent) {
  return `${indent ? JSON.stringify(value, null, 2) : JSON.stringify(value)}
`;
}
function renderJson(evaluation, indent = true) {
  const report = {
    ok: evaluation.ok,
    files: evaluation.files.map((file) => ({
      path: file.path,
      findings: file.findings.map((f) => ({ severity: f.severity, rule: f.rule, message: f.message, line: f.line, column: f.column }))
    })),
    requests: evaluation.requests.map((r) => ({
      id: r.id,
      kind: r.kind,
      path: r.path,
      change: r.change,
      useCase: r.useCase,
      environment: r.environment,
      account: r.account,
      reasons: r.reasons.map((x) => ({ path: x.path, line: x.line, column: x.column, rule: x.rule, message: x.message })),
      diff: r.diff,
      tags: r.tags
    })),
    labels: evaluation.labels,
    approvals: evaluation.approvals.map((a) => ({ group: a.group, name: a.name, reason: a.reasons.join(" "), satisfied: a.satisfied, users: a.users, teams: a.teams })),
    impact: evaluation.impact,
    retags: evaluation.retags.map((r) => ({ id: r.id, kind: r.kind, path: r.path, environment: r.environment, account: r.account, because: r.because, changes: r.changes }))
  };
  return jsonText(report, indent);
}

// src/render/template.ts
var header = (kind, options, about) => `# yaml-language-server: $schema=${options.schemaDir}/${kind}.schema.json
# ${about}
# Replace every ${PLACEHOLDER}, then run \`npx aws-requests check\` before opening your pull request.
# Field reference: docs/reference.md. Step by step: docs/how-to-request.md.
`;
var bucketPrefix = (policy) => `${policy.organisation.toLowerCase()}-`;
function bucketName(policy, name) {
  const lower = name.toLowerCase();
  const prefixed = lower.startsWith(bucketPrefix(policy)) ? lower : `${bucketPrefix(policy)}${lower}`;
  return prefixed.length <= 63 ? prefixed : lower;
}
function renderRequestTemplate(policy, kind, name, options) {
  const project = options.project ?? PLACEHOLDER;
  switch (kind) {
    case "project":
      return `${header(kind, options, "A project: who runs it, who pays, what data it holds.")}kind: project
# The project's full name.
name: ${PLACEHOLDER} full project name
# Short name IT services turns into the project tag: lower-case letters and digits, e.g. dimeieconnectkenya.
tag: ${PLACEHOLDER}
# The team's directory group, e.g. WBGMaster-DIME-IC-Admin (it must have a file under requests/).
securityGroup: ${PLACEHOLDER}
# Only when the group has several charge codes: the tag of the one that pays for this project.
# chargeCode: ic-kenya
contact:
  name: ${PLACEHOLDER} full name
  email: ${PLACEHOLDER}@example.org
  # github: your-github-login
ttl:
  name: ${PLACEHOLDER} task team leader's name
  unit: ${PLACEHOLDER}
  unitManager: ${PLACEHOLDER} unit manager's name
# What the resources are for: their role in your workflow, where the data comes from and where results go.
useCase: >-
  ${PLACEHOLDER}: describe the work in a few sentences.
data:
  # One of: ${policy.dataClassifications.join(", ")}.
  classification: ${PLACEHOLDER}
  # Approximate size in GB.
  sizeGB: ${PLACEHOLDER}
# Where the code is developed: local, github or on-instance.
codeDevelopment: local
# Who needs access: type is staff, consultant or external; device is wb-laptop, wb-desktop, personal or other.
access:
  - {who: research team, type: staff, device: wb-laptop}
`;
    case "ec2-instance":
      return `${header(kind, options, "An EC2 instance (a virtual machine running Red Hat Enterprise Linux).")}kind: ec2-instance
# The project (file name of its request without .yml).
project: ${project}
# Computation: production. A new application (non-standard software or internet-facing): development.
environment: production
# What the work needs. IT services picks an instance type that meets it.
requirements:
  memoryGiB: ${PLACEHOLDER}
  vcpus: ${PLACEHOLDER}
# Optional: an exact type, e.g. r6i.xlarge.
# instanceType: r6i.xlarge
os: rhel-9
storage:
  rootGiB: 100
  type: gp3
# Everything the work needs beyond the OS. A plain name comes from the Red Hat repositories;
# anything else: {name: chromedriver, source: download, why: selenium scraping}.
software:
  - python3.11
# Incoming connections: leave empty unless people must connect to the instance.
inbound: []
# Internet sites the code must reach, e.g. api.worldbank.org.
internetAccess: []
autoStop: true
# Set to false only to opt out of the ${policy.supportGroup.name} group.
dimeAnalyticsAccess: true
`;
    case "s3-bucket":
      return `${header(kind, options, "An S3 bucket for a project's data.")}kind: s3-bucket
project: ${project}
environment: production
# Globally unique: 3-63 lower-case letters, digits, dots and hyphens, starting with ${bucketPrefix(policy)}.
bucket: ${bucketName(policy, name)}
# How much data you expect to store, in GB.
expectedSizeGB: ${PLACEHOLDER}
versioning: true
# true makes this an application that needs security approval.
publicAccess: false
lifecycle: []
`;
    case "security-group":
      return `${header(kind, options, "A security group: the directory group whose members may start and stop the team's instances.")}kind: security-group
name: ${name}
team:
  # Two capital letters, as in the group name.
  code: ${PLACEHOLDER}
  name: ${PLACEHOLDER} team name
units: [${PLACEHOLDER}]
# Exactly one owner from ${policy.reviewers.support.name} (role: ${policy.supportGroup.ownerRole}) and at least one from the team.
owners:
  - {name: ${PLACEHOLDER}, cAccount: ${PLACEHOLDER}, github: ${PLACEHOLDER}, role: ${policy.supportGroup.ownerRole}}
  - {name: ${PLACEHOLDER}, cAccount: ${PLACEHOLDER}, github: ${PLACEHOLDER}, displayed: true}
# Cloud accounts (c + UPI) of everyone who may start and stop instances.
members: [${PLACEHOLDER}]
# The charge codes that pay; quote the code.
chargeCodes:
  - {code: "${PLACEHOLDER}", tag: ${PLACEHOLDER}}
`;
  }
}

// src/render/text.ts
var tagLine = (c) => `    ~ tag ${c.key}: ${c.before || "(none)"} -> ${c.after || "(removed)"}`;
function verdictLine(r) {
  const parts = [`${r.change} ${r.kind} ${r.id}`];
  if (r.useCase) parts.push(r.useCase);
  if (r.environment) parts.push(`${r.environment} (${r.account})`);
  return parts.join(" \xB7 ");
}
function renderText(evaluation) {
  const out = [];
  const { errors, warnings } = countFindings(evaluation);
  out.push(`aws-requests: ${plural(evaluation.requests.length, "request")}, ${plural(errors, "error")}, ${plural(warnings, "warning")}`);
  if (evaluation.requests.length > 0) {
    out.push("", "Requests");
    for (const r of evaluation.requests) {
      out.push(`  ${verdictLine(r)}`, `    ${r.path}`);
      for (const reason of r.reasons) out.push(`    - ${reason.message} (line ${reason.line})`);
      for (const d of r.diff) out.push(`    ~ ${d.field}: ${d.before ?? "(none)"} -> ${d.after ?? "(removed)"}`);
      for (const c of r.tagChanges) out.push(tagLine(c));
    }
  }
  if (evaluation.retags.length > 0) {
    out.push("", "Existing resources whose tags change (IT services will update them)");
    for (const r of evaluation.retags) {
      out.push(`  ${r.kind} ${r.id} \xB7 ${r.environment} (${r.account})`, `    ${r.path}`, `    - ${r.because}`);
      for (const c of r.changes) out.push(tagLine(c));
    }
  }
  const withFindings = evaluation.files.filter((f) => f.findings.length > 0);
  if (withFindings.length > 0) {
    out.push("", "Findings");
    for (const file of withFindings) {
      for (const f of file.findings) out.push(`  ${f.path}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]`);
    }
  }
  if (evaluation.impact.length > 0) {
    out.push("", "Policy impact (requests the proposed policy.yml would judge differently)");
    for (const entry of evaluation.impact) out.push(`  ${impactLine(entry, (t) => t)}`, ...entry.reasons.map((r) => `    - ${r}`));
  }
  out.push("", `Labels: ${evaluation.labels.length ? evaluation.labels.join(", ") : "(none)"}`);
  if (evaluation.approvals.length > 0) {
    out.push("", "Approvals required");
    for (const a of evaluation.approvals) {
      out.push(`  ${a.satisfied ? "[x]" : "[ ]"} ${a.name} (${reviewerList(a.users, a.teams)})`);
      for (const reason of a.reasons) out.push(`      ${reason}`);
    }
  }
  out.push("", evaluation.ok ? "Result: valid." : `Result: invalid. Fix the ${plural(errors, "error")} above and run the check again.`);
  return `${out.join("\n")}
`;
}

// src/cli/git.ts
import { execFileSync, spawnSync } from "node:child_process";
import { statSync } from "node:fs";
var UsageError = class extends Error {
};
function git(repo, args, input) {
  const result = spawnSync("git", args, { cwd: repo, encoding: "utf8", input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) {
    if (!statSync(repo, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`${repo} is not a folder: pass --repo the folder of a requests repository`);
    throw new UsageError(`could not run git: ${result.error.message}`);
  }
  if (result.status !== 0) throw new UsageError(`git ${args[0]} failed: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout;
}
function refExists(repo, ref) {
  return spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: repo }).status === 0;
}
function repoRoot(dir) {
  return git(dir, ["rev-parse", "--show-toplevel"]).trim();
}
var TYPE_BY_MODE = { "100644": "file", "100755": "file", "120000": "symlink", "160000": "submodule" };
function readTree(repo, ref, prefix) {
  const listing = git(repo, ["ls-tree", "-r", "-z", "--full-tree", ref, "--", prefix]);
  const entries = listing.split("\0").filter(Boolean).map((line) => {
    const tab = line.indexOf("	");
    const [mode = "", , sha = ""] = line.slice(0, tab).split(" ");
    return { path: line.slice(tab + 1), type: TYPE_BY_MODE[mode] ?? "other", sha };
  });
  const blobs = entries.filter((e) => e.type === "file");
  const contents = catBlobs(repo, blobs.map((b) => b.sha));
  return entries.map((e) => ({ path: e.path, type: e.type, bytes: e.type === "file" ? contents.get(e.sha) : new Uint8Array() }));
}
function catBlobs(repo, shas) {
  const map = /* @__PURE__ */ new Map();
  if (shas.length === 0) return map;
  const out = execFileSync("git", ["cat-file", "--batch"], { cwd: repo, input: `${shas.join("\n")}
`, maxBuffer: 1024 * 1024 * 1024 });
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(10, offset);
    const [sha = "", , size = "0"] = out.subarray(offset, newline).toString("latin1").split(" ");
    const start = newline + 1;
    const end = start + Number(size);
    map.set(sha, new Uint8Array(out.subarray(start, end)));
    offset = end + 1;
  }
  return map;
}
function readFileAt(repo, ref, path) {
  const result = spawnSync("git", ["show", `${ref}:${path}`], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
  return result.status === 0 ? new Uint8Array(result.stdout) : void 0;
}
function workingTreeChanges(repo, base) {
  const changes = [];
  const fields = git(repo, ["diff", "--name-status", "-z", "-M", base, "--"]).split("\0");
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++];
    if (status.startsWith("R")) {
      const previousPath = fields[i++];
      changes.push({ status: "renamed", previousPath, path: fields[i++] });
    } else {
      const path = fields[i++];
      changes.push({ status: status === "A" ? "added" : status === "D" ? "removed" : "modified", path });
    }
  }
  for (const path of git(repo, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0").filter(Boolean)) {
    changes.push({ status: "added", path });
  }
  return changes;
}
function workingTreePaths(repo) {
  return git(repo, ["ls-files", "--cached", "--others", "--exclude-standard", "-z"]).split("\0").filter(Boolean);
}
function originRepository(repo) {
  const result = spawnSync("git", ["remote", "get-url", "origin"], { cwd: repo, encoding: "utf8" });
  const url = result.status === 0 ? result.stdout.trim() : "";
  const match = /^(?:https?:\/\/(?:[^@/]+@)?([^/]+)\/|git@([^:]+):)([^/]+)\/([^/]+?)(?:\.git)?$/.exec(url);
  if (!match) return void 0;
  return { serverUrl: `https://${match[1] ?? match[2]}`, repository: `${match[3]}/${match[4]}` };
}

// src/cli/main.ts
var USAGE = `Usage: aws-requests <command> [options]

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
      Write a commented template request. KIND: ${REQUEST_KINDS.join(", ")}.
      Files go to requests/groups/ (security groups), beside their project
      (resources with --project), or requests/<team>/ (the name's first part).

Options:
  --help      show this help
  --version   show the version

Exit status: 0 valid, 1 findings with errors, 2 usage error, 3 internal error.
`;
function formatOf(value) {
  const format = value ?? "text";
  if (format !== "text" && format !== "json" && format !== "markdown") throw new UsageError(`unknown --format ${format}: use text, json or markdown`);
  return format;
}
function render(evaluation, format, io) {
  if (format === "json") return renderJson(evaluation, io.terminal ?? false);
  if (format === "markdown") return renderMarkdown(evaluation);
  return renderText(evaluation);
}
function workingPolicy(root) {
  const path = join(root, "policy.yml");
  return existsSync(path) ? new Uint8Array(readFileSync(path)) : void 0;
}
function policyFrom(path, bytes) {
  if (!bytes) throw new UsageError(`no ${path} found: run aws-requests inside a requests repository, or pass --repo DIR`);
  const outcome = loadPolicy(path, bytes);
  if (!outcome.ok) {
    const lines = outcome.findings.map((f) => `${f.path}:${f.line}:${f.column}: ${f.message}`);
    throw new UsageError(`policy.yml is not valid, so requests cannot be judged:
${lines.join("\n")}`);
  }
  return outcome.policy;
}
function branchPoint(repo, base) {
  const candidates = base === void 0 ? ["origin/main", "main"] : [base];
  for (const candidate of candidates) {
    if (!refExists(repo, candidate)) continue;
    try {
      return git(repo, ["merge-base", "HEAD", candidate]).trim();
    } catch {
      throw new UsageError(
        `this branch and ${candidate} have no commit in common that git can see: in a shallow clone, run \`git fetch --unshallow\` (or fetch more history); otherwise pass --base REF with the branch you started from, or --all to judge everything`
      );
    }
  }
  if (base !== void 0) throw new UsageError(`--base ${base} is not a commit in ${repo}`);
  throw new UsageError("no base branch found (neither origin/main nor main): pass --base REF, or --all to judge everything");
}
function currentBranch(repo) {
  try {
    return git(repo, ["symbolic-ref", "--short", "-q", "HEAD"]).trim();
  } catch {
    return "";
  }
}
function baseBranchName(repo, base) {
  const name = base?.replace(/^origin\//, "");
  if (name && (refExists(repo, `refs/heads/${name}`) || refExists(repo, `refs/remotes/origin/${name}`))) return name;
  return "main";
}
function onBaseNote(repo, baseOption) {
  if (baseOption !== void 0 || refExists(repo, "origin/main") || currentBranch(repo) !== "main") return void 0;
  return "note: you are on main and there is no origin/main, so only uncommitted changes are judged: requests committed on main count as already merged, and their errors show as warnings. Make a branch for your request before committing (git switch -c my-request), or pass --base REF with the commit you started from, or --all to judge every request.\n";
}
function evaluateBranch(cwd, repoOption, baseOption) {
  const repo = repoRoot(resolve(cwd, repoOption ?? "."));
  const base = branchPoint(repo, baseOption);
  const note = onBaseNote(repo, baseOption);
  const policy = policyFrom("policy.yml", readFileAt(repo, base, "policy.yml") ?? workingPolicy(repo));
  const changes = workingTreeChanges(repo, base).map(
    (change) => change.status === "removed" || !pathExists(join(repo, change.path)) ? { ...change, status: change.status === "renamed" ? "renamed" : "removed" } : { ...change, file: readSourceFile(repo, change.path) }
  );
  const paths = workingTreePaths(repo).filter((p) => pathExists(join(repo, p)));
  const markdown = readMarkdownPages(repo, paths);
  const origin = originRepository(repo) ?? { serverUrl: "https://github.com", repository: "" };
  const documents = headDocumentTree(paths, markdown, changes, { ...origin, defaultBranch: baseBranchName(repo, baseOption) });
  return { policy, evaluation: evaluate({ policy, base: readTree(repo, base, REQUESTS_DIR), changes, documents }), note };
}
function check(io, args) {
  const { values } = parseArgs({ args, options: { repo: { type: "string" }, base: { type: "string" }, all: { type: "boolean" }, format: { type: "string" } }, strict: true, allowPositionals: false });
  const format = formatOf(values.format);
  const start = resolve(io.cwd, values.repo ?? ".");
  let evaluation;
  if (values.all) {
    const repo = findPolicyRoot(start) ?? start;
    const policy = policyFrom("policy.yml", workingPolicy(repo));
    const files = existsSync(join(repo, REQUESTS_DIR)) ? readFilesUnder(repo, join(repo, REQUESTS_DIR)) : [];
    const changes = files.map((file) => ({ path: file.path, status: "added", file }));
    evaluation = evaluate({ policy, base: [], changes, mode: "inventory" });
  } else {
    const branch = evaluateBranch(io.cwd, values.repo, values.base);
    if (branch.note) io.stderr(branch.note);
    evaluation = branch.evaluation;
  }
  io.stdout(render(evaluation, format, io));
  return evaluation.ok ? 0 : 1;
}
function ticket(io, args) {
  const { values } = parseArgs({ args, options: { repo: { type: "string" }, base: { type: "string" }, format: { type: "string" } }, strict: true, allowPositionals: false });
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "text" && format !== "json") throw new UsageError(`unknown --format ${format}: use markdown, text or json`);
  const { policy, evaluation } = evaluateBranch(io.cwd, values.repo, values.base);
  if (!evaluation.ok) {
    io.stderr(renderText(evaluation));
    io.stderr("No tickets: fix the errors above first (`aws-requests check` shows them).\n");
    return 1;
  }
  const context = { approvals: evaluation.approvals };
  const tickets = planTickets(policy, evaluation, context);
  if (format === "json") {
    const report = tickets.map((t) => ({ key: t.key, type: t.type, title: t.title, assignees: t.assignees, markdown: renderTicket(policy, t, context, "markdown"), text: renderTicket(policy, t, context, "text"), requests: t.requests.map((r) => ({ id: r.id, action: r.action, tags: r.tags })) }));
    io.stdout(jsonText(report, io.terminal ?? false));
  } else if (tickets.length === 0) {
    io.stdout("No tickets: this change asks nothing of IT services or group owners.\n");
  } else {
    io.stdout(tickets.map((t) => renderTicket(policy, t, context, format)).join(format === "text" ? "\n----------------------------------------\n\n" : "\n---\n\n"));
  }
  return 0;
}
function findPolicyRoot(start) {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "policy.yml"))) return dir;
    if (dirname(dir) === dir) return void 0;
  }
}
function isOutside(root, path) {
  const way = relative(root, path);
  return way === ".." || way.startsWith(`..${sep}`);
}
function validate(io, args) {
  const { values, positionals } = parseArgs({ args, options: { repo: { type: "string" }, format: { type: "string" } }, strict: true, allowPositionals: true });
  const format = formatOf(values.format);
  const root = values.repo ? resolve(io.cwd, values.repo) : findPolicyRoot(io.cwd);
  if (!root) throw new UsageError("no policy.yml here or above: run inside a requests repository, or pass --repo DIR");
  const policy = policyFrom("policy.yml", workingPolicy(root));
  const targets = positionals.length > 0 ? positionals.map((p) => resolve(io.cwd, p)) : [join(root, REQUESTS_DIR)];
  const files = [];
  for (const target of targets) {
    if (!existsSync(target)) throw new UsageError(`${relative(io.cwd, target) || target}: no such file or folder`);
    if (isOutside(root, target)) throw new UsageError(`${target} is outside the repository at ${root}`);
    if (lstatSync(target).isSymbolicLink()) {
      files.push(readSourceFile(root, toRepoPath(root, target)));
      continue;
    }
    if (isOutside(realpathSync(root), realpathSync(target))) throw new UsageError(`${target} leads outside the repository at ${root}, through a symbolic link`);
    if (statSync2(target).isDirectory()) {
      files.push(...readFilesUnder(root, target, (path) => pathRole(path) === "request"));
    } else {
      const path = toRepoPath(root, target);
      if (pathRole(path) !== "request") throw new UsageError(`${path} is not a request file: requests are .yml files under requests/`);
      files.push(readSourceFile(root, path));
    }
  }
  const changes = files.map((file) => ({ path: file.path, status: "added", file }));
  const evaluation = { ...evaluate({ policy, base: [], changes, mode: "files" }), labels: [], approvals: [] };
  io.stdout(render(evaluation, format, io));
  return evaluation.ok ? 0 : 1;
}
var REQUEST_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{1,62}$/;
function newRequest(io, args) {
  const { values, positionals } = parseArgs({ args, options: { project: { type: "string" }, dir: { type: "string" }, repo: { type: "string" } }, strict: true, allowPositionals: true });
  const [kind, name, extra] = positionals;
  if (!kind || !name || extra !== void 0) throw new UsageError("usage: aws-requests new KIND NAME [--project P] [--dir DIR] [--repo DIR]");
  if (!REQUEST_KINDS.includes(kind)) throw new UsageError(`unknown kind ${kind}: use one of ${REQUEST_KINDS.join(", ")}`);
  if (!REQUEST_NAME.test(name)) throw new UsageError(`${name} is not a valid request name: use letters, digits and hyphens (it becomes the file name)`);
  if (values.project !== void 0 && !REQUEST_NAME.test(values.project)) {
    throw new UsageError(`--project ${values.project} is not a request id: give the project's name, as its file is named without .yml (for example ex-nutrition)`);
  }
  const root = values.repo ? resolve(io.cwd, values.repo) : findPolicyRoot(io.cwd);
  if (!root) throw new UsageError("no policy.yml here or above: run inside a requests repository, or pass --repo DIR");
  const policy = policyFrom("policy.yml", workingPolicy(root));
  const projectFile = values.project === void 0 ? void 0 : requestFileOf(root, values.project);
  const found = projectFile ? parseRequestFile(policy, readSourceFile(root, projectFile)).request : void 0;
  if (found && found.kind !== "project") throw new UsageError(`--project ${values.project} is ${aKind(found.kind)} (${projectFile}), not a project: give the id of the project the ${kind} belongs to`);
  const project = projectFile ? requestIdOf(projectFile) : values.project;
  const folder = values.dir ? resolve(io.cwd, values.dir) : join(root, defaultFolder(kind, name, project, projectFile));
  if (!`${toRepoPath(root, folder)}/`.startsWith(REQUESTS_DIR)) throw new UsageError(`--dir ${values.dir} is not under ${REQUESTS_DIR}: requests are only read from there`);
  const target = join(folder, `${name}.yml`);
  if (existsSync(target)) throw new UsageError(`${toRepoPath(root, target)} already exists; choose another name or edit that file`);
  const existing = requestFileOf(root, name);
  if (existing) throw new UsageError(`a request named ${name} already exists at ${existing}; ids are unique across requests/`);
  const schemaDir = relative(folder, join(root, "schemas")).split(sep).join("/");
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, renderRequestTemplate(policy, kind, name, { schemaDir, project }), { flag: "wx" });
  io.stdout(`Wrote ${toRepoPath(root, target)}. Replace every TODO, then run: npx aws-requests check
`);
  return 0;
}
function requestFileOf(root, id) {
  if (!existsSync(join(root, REQUESTS_DIR))) return void 0;
  return listFiles(root, join(root, REQUESTS_DIR)).find((p) => requestIdOf(p).toLowerCase() === id.toLowerCase());
}
function defaultFolder(kind, name, project, projectFile) {
  if (kind === "security-group") return `${REQUESTS_DIR}groups`;
  const team = (id) => `${REQUESTS_DIR}${id.toLowerCase().split("-")[0]}`;
  if (!project) return team(name);
  return projectFile ? dirname(projectFile) : team(project);
}
function runCli(argv, io) {
  const [command, ...rest] = argv;
  try {
    if (command === "--version" || command === "-v") {
      if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}: ${command} takes none`);
      io.stdout(`aws-requests ${VERSION}
`);
      return 0;
    }
    if (command === void 0 || command === "--help" || command === "-h" || command === "help" || rest.includes("--help") || rest.includes("-h")) {
      io.stdout(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (command === "check") return check(io, rest);
    if (command === "validate") return validate(io, rest);
    if (command === "new") return newRequest(io, rest);
    if (command === "ticket") return ticket(io, rest);
    throw new UsageError(`unknown command ${command}`);
  } catch (error) {
    const code = error.code;
    if (error instanceof UsageError || typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`aws-requests: ${error.message}
Run \`aws-requests --help\` for usage.
`);
      return 2;
    }
    throw error;
  }
}
export {
  runCli
};
