/**
 * Run the bundled Action the way the GitHub runner does: a child Node
 * process with the runner's environment (event file, GITHUB_* variables,
 * INPUT_* inputs with action.yml defaults, output and summary files), talking
 * to a fake GitHub. Returns what a workflow would see: exit code, outputs,
 * step summary and annotations.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import yaml from 'js-yaml';
import { DEFAULT_TOKEN } from './fake-github.js';
import { fakeSha } from './render.js';

/** The project root (where action.yml, dist/ and node_modules/ are). */
export const ROOT = join(import.meta.dirname, '../..');

/** What runAction needs of the fake: its URLs and repository. FakeGitHub has all of it. */
export interface RunTarget {
  url: string;
  graphqlUrl: string;
  serverUrl: string;
  state: { owner: string; repo: string; repoId: number; defaultBranch: string };
}

export interface RunActionOptions {
  /** The bundle to run, relative to the project root or absolute. Default `dist/index.js`. */
  bundle?: string;
  /** Node binary. Default: the one running the tests. See nodeRuntimes(). */
  node?: string;
  eventName: string;
  payload: unknown;
  github: RunTarget;
  /** GITHUB_WORKSPACE and the working directory (the base branch checkout). */
  workspace: string;
  /** Inputs by their action.yml names (`github-token`, `policy`); missing ones get action.yml's defaults. */
  inputs?: Record<string, string>;
  /** Extra or overriding environment variables, applied last. */
  env?: Record<string, string>;
  /** What `${{ github.token }}` in action.yml defaults becomes. Default `test-token`. */
  token?: string;
  /** GITHUB_SHA / GITHUB_REF. Default: derived from the event like the runner (see `runnerRef`). */
  sha?: string;
  ref?: string;
  /** Kill the run after this long. Default 60 s. */
  timeoutMs?: number;
  /** action.yml whose input defaults apply; `false` applies none. Default: the project's. */
  actionYml?: string | false;
  /** Keep the temp directory (event, output and summary files) for debugging. */
  keepTemp?: boolean;
}

/** A workflow command annotation (`::error file=...,line=...::message`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

export interface ActionResult {
  /** Exit code (null if killed by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** From GITHUB_OUTPUT (and legacy `::set-output` lines). */
  outputs: Record<string, string>;
  /** Contents of GITHUB_STEP_SUMMARY. */
  summary: string;
  annotations: Annotation[];
  /** The environment the Action ran with (to check what it was given). */
  env: Record<string, string>;
  /** The temp directory; only present with `keepTemp`. */
  tempDir?: string;
}

/** Variables the child inherits from the test process; everything else (GITHUB_*, INPUT_*, proxies) is left behind. */
const INHERITED = ['PATH', 'HOME', 'USER', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'ComSpec', 'PATHEXT', 'WINDIR', 'NODE_V8_COVERAGE'];

/**
 * GITHUB_SHA and GITHUB_REF as the runner sets them for an event:
 * pull_request_target runs on the base branch; pull_request and
 * pull_request_review on the merge ref; workflow_dispatch on its ref; others
 * on the default branch.
 */
export function runnerRef(eventName: string, payload: unknown, defaultBranch: string): { sha: string; ref: string } {
  const p = (payload ?? {}) as { pull_request?: { number: number; base: { sha: string; ref: string }; head: { sha: string }; merge_commit_sha?: string | null }; ref?: string; after?: string };
  if (p.pull_request) {
    if (eventName === 'pull_request_target') return { sha: p.pull_request.base.sha, ref: `refs/heads/${p.pull_request.base.ref}` };
    return { sha: p.pull_request.merge_commit_sha ?? p.pull_request.head.sha, ref: `refs/pull/${p.pull_request.number}/merge` };
  }
  if (typeof p.ref === 'string') return { sha: p.after ?? fakeSha(p.ref), ref: p.ref };
  return { sha: fakeSha(`refs/heads/${defaultBranch}`), ref: `refs/heads/${defaultBranch}` };
}

/** The runner's name for an input's variable: `INPUT_` + upper case, spaces to `_`, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Input defaults from action.yml, with `${{ github.token }}` evaluated as the runner would. */
function actionDefaults(path: string, token: string): Record<string, string> {
  const doc = yaml.load(readFileSync(path, 'utf8')) as { inputs?: Record<string, { default?: unknown }> } | undefined;
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc?.inputs ?? {})) {
    if (spec?.default === undefined) continue;
    const value = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{')) throw new Error(`runAction cannot evaluate the default of input ${name}: ${value}`);
    out[name] = value;
  }
  return out;
}

/** Run the Action once. Asynchronous on purpose: the fake GitHub answers from this same process. */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const bundle = isAbsolute(options.bundle ?? '') ? (options.bundle as string) : join(ROOT, options.bundle ?? 'dist/index.js');
  if (!existsSync(bundle)) throw new Error(`bundle ${bundle} does not exist (run npm run build)`);
  const temp = mkdtempSync(join(tmpdir(), 'aws-requests-run-'));
  try {
    const files = {
      event: join(temp, 'event.json'),
      output: join(temp, 'output'),
      summary: join(temp, 'step_summary'),
      env: join(temp, 'env'),
      path: join(temp, 'path'),
      state: join(temp, 'state'),
    };
    writeFileSync(files.event, JSON.stringify(options.payload, null, 2));
    for (const f of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(f, '');
    const runnerTemp = join(temp, 'runner-temp');
    mkdirSync(runnerTemp);

    const { github } = options;
    const token = options.token ?? DEFAULT_TOKEN;
    const derived = runnerRef(options.eventName, options.payload, github.state.defaultBranch);
    const payload = (options.payload ?? {}) as { sender?: { login?: string }; pull_request?: { head?: { ref?: string }; base?: { ref?: string } } };
    const inputs = { ...(options.actionYml === false ? {} : actionDefaults(options.actionYml ?? join(ROOT, 'action.yml'), token)), ...options.inputs };

    const env: Record<string, string> = {};
    for (const name of INHERITED) {
      const value = process.env[name];
      if (value !== undefined) env[name] = value;
    }
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: 'aws-requests',
      GITHUB_ACTOR: payload.sender?.login ?? 'octocat',
      GITHUB_TRIGGERING_ACTOR: payload.sender?.login ?? 'octocat',
      GITHUB_API_URL: github.url,
      GITHUB_GRAPHQL_URL: github.graphqlUrl,
      GITHUB_SERVER_URL: github.serverUrl,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: `${github.state.owner}/${github.state.repo}`,
      GITHUB_REPOSITORY_OWNER: github.state.owner,
      GITHUB_REPOSITORY_ID: String(github.state.repoId),
      GITHUB_SHA: options.sha ?? derived.sha,
      GITHUB_REF: options.ref ?? derived.ref,
      GITHUB_REF_NAME: (options.ref ?? derived.ref).replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_HEAD_REF: payload.pull_request?.head?.ref ?? '',
      GITHUB_BASE_REF: payload.pull_request?.base?.ref ?? '',
      GITHUB_WORKFLOW: 'aws-requests',
      GITHUB_JOB: 'judge',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'fake-runner',
      RUNNER_TEMP: runnerTemp,
      RUNNER_ENVIRONMENT: 'github-hosted',
    });
    for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;
    Object.assign(env, options.env);

    const { code, stdout, stderr } = await spawnNode(options.node ?? process.execPath, bundle, options.workspace, env, options.timeoutMs ?? 60_000);
    return {
      code,
      stdout,
      stderr,
      outputs: { ...parseSetOutput(stdout), ...parseOutputFile(readFileSync(files.output, 'utf8')) },
      summary: readFileSync(files.summary, 'utf8'),
      annotations: parseAnnotations(stdout),
      env,
      ...(options.keepTemp ? { tempDir: temp } : {}),
    };
  } finally {
    if (!options.keepTemp) rmSync(temp, { recursive: true, force: true });
  }
}

function spawnNode(node: string, bundle: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [bundle], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the Action did not finish within ${timeoutMs} ms\n--- stdout\n${stdout}\n--- stderr\n${stderr}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter` heredocs, or `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const value: string[] = [];
      let j = i + 1;
      while (j < lines.length && lines[j] !== heredoc[2]) value.push(lines[j++] ?? '');
      if (j >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${heredoc[1]}`);
      out[heredoc[1]] = value.join('\n');
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** Workflow commands `::name key=value,...::message` on stdout. */
function commands(stdout: string): Array<{ name: string; properties: Record<string, string>; message: string }> {
  const out: Array<{ name: string; properties: Record<string, string>; message: string }> = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m?.[1]) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ name: m[1], properties, message: unescapeData(m[3] ?? '') });
  }
  return out;
}

/** Annotations from `::error`, `::warning` and `::notice` commands. */
export function parseAnnotations(stdout: string): Annotation[] {
  const numeric = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));
  return commands(stdout)
    .filter((c): c is typeof c & { name: Annotation['level'] } => c.name === 'error' || c.name === 'warning' || c.name === 'notice')
    .map(({ name, properties: p, message }) => {
      const a: Annotation = { level: name, message };
      if (p.file !== undefined) a.file = p.file;
      if (p.title !== undefined) a.title = p.title;
      const fields = { line: numeric(p.line), endLine: numeric(p.endLine), col: numeric(p.col), endColumn: numeric(p.endColumn) };
      for (const [key, value] of Object.entries(fields)) if (value !== undefined) a[key as 'line' | 'endLine' | 'col' | 'endColumn'] = value;
      return a;
    });
}

/** Legacy `::set-output name=x::value` (only written when GITHUB_OUTPUT is missing). */
function parseSetOutput(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of commands(stdout)) if (c.name === 'set-output' && c.properties.name) out[c.properties.name] = c.message;
  return out;
}

/** A Node binary the Action can be run with. */
export interface NodeRuntime {
  path: string;
  /** `process.version` style, e.g. `v24.21.0`. */
  version: string;
  /** Major version, e.g. 24. */
  major: number;
}

let runtimes: NodeRuntime[] | undefined;

/**
 * The distinct Node runtimes available: the one running the tests, the npm
 * `node` package's (Node 24, the Action's `runs.using`), and npm's own
 * (`npm_node_execpath`, often the machine's Node 20). Missing ones are
 * skipped; two paths to the same binary or version count once.
 */
export function nodeRuntimes(): NodeRuntime[] {
  if (runtimes) return runtimes;
  const candidates = [process.execPath, join(ROOT, 'node_modules/node/bin/node'), process.env.npm_node_execpath];
  const seenPaths = new Set<string>();
  const seenVersions = new Set<string>();
  runtimes = [];
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    if (seenPaths.has(real)) continue;
    seenPaths.add(real);
    let version: string;
    try {
      version = execFileSync(candidate, ['--version'], { encoding: 'utf8', timeout: 10_000 }).trim();
    } catch {
      continue; // Not runnable here (wrong platform, broken install).
    }
    if (seenVersions.has(version)) continue;
    seenVersions.add(version);
    runtimes.push({ path: candidate, version, major: Number(/^v(\d+)/.exec(version)?.[1] ?? 0) });
  }
  return runtimes;
}
