/**
 * The fake GitHub's GraphQL endpoint: queries are validated against GitHub's
 * published schema (@octokit/graphql-schema) and executed by graphql-js over
 * the seeded git content. Only the Git object lookups the Action makes are
 * backed by data (`repository.object`, `Blob`, `Tree`, `TreeEntry`) plus
 * `rateLimit`; any other field is valid GraphQL but resolves to null, which
 * graphql-js reports as an error where GitHub's schema says non-null.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildSchema, execute, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { gitBlobSha, gitObjectSha, isoSeconds, type RenderContext } from './render.js';
import type { GitFile } from './state.js';

/** GitHub's schema as @octokit/graphql-schema ships it (SDL). */
export const GRAPHQL_SCHEMA_PATH = join(import.meta.dirname, '../../node_modules/@octokit/graphql-schema/schema.graphql');

let cachedSchema: GraphQLSchema | undefined;

/**
 * GitHub's GraphQL schema, built once per process (about half a second).
 * `assumeValidSDL`: the published SDL defines two fields of
 * `EnterpriseOwnerInfo` twice, which graphql-js's SDL check rejects although
 * the resulting schema is sound (the duplicates are identical).
 */
export function githubSchema(): GraphQLSchema {
  cachedSchema ??= buildSchema(readFileSync(GRAPHQL_SCHEMA_PATH, 'utf8'), { assumeValidSDL: true });
  return cachedSchema;
}

/** A GraphQL request body as clients send it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** GitHub's shape for one GraphQL error. */
export interface GraphQLErrorBody {
  message: string;
  type?: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

/** What the fake answers, and whether the query itself was wrong (a violation). */
export interface GraphQLOutcome {
  body: { data?: unknown; errors?: GraphQLErrorBody[] };
  /** Parse, validation and variable errors: the client sent something GitHub rejects. */
  invalid: string[];
}

/** What executing a query needs from the fake. */
export interface GraphQLContext extends RenderContext {
  /** Whether the token may read repository contents. */
  canReadContents: boolean;
  /** This token's GraphQL budget, `used` including the query being run (GitHub charges at least a point; the fake exactly one). */
  rateLimit: { limit: number; used: number; resetAt: Date };
}

const documentCache = new Map<string, DocumentNode | readonly GraphQLError[]>();

/** Parse and validate once per distinct query text (the Action repeats the same query shapes). */
function prepare(query: string): DocumentNode | readonly GraphQLError[] {
  let prepared = documentCache.get(query);
  if (!prepared) {
    try {
      const document = parse(query);
      const errors = validate(githubSchema(), document);
      prepared = errors.length ? errors : document;
    } catch (error) {
      prepared = [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    if (documentCache.size > 500) documentCache.clear();
    documentCache.set(query, prepared);
  }
  return prepared;
}

/** Validate and execute one request against the seeded state. */
export async function executeGraphQL(ctx: GraphQLContext, request: GraphQLRequest): Promise<GraphQLOutcome> {
  const prepared = prepare(request.query);
  if (!('kind' in prepared)) {
    const errors = prepared.map(toGitHubError);
    return { body: { errors }, invalid: errors.map((e) => e.message) };
  }
  const result = await execute({
    schema: githubSchema(),
    document: prepared,
    rootValue: rootValue(ctx),
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
  });
  const errors = result.errors?.map(toGitHubError);
  // No `data` at all means the request failed before execution (bad variables, unknown operation).
  const invalid = result.data === undefined ? (errors ?? []).map((e) => e.message) : [];
  return { body: { ...(result.data !== undefined ? { data: result.data } : {}), ...(errors?.length ? { errors } : {}) }, invalid };
}

/**
 * graphql-js error -> GitHub's JSON. GitHub puts its error class in `type`
 * (NOT_FOUND, FORBIDDEN) and words unknown fields its own way; clients that
 * match on those see what GitHub sends.
 */
function toGitHubError(error: GraphQLError): GraphQLErrorBody {
  const out: GraphQLErrorBody = { message: error.message };
  const type = error.extensions?.type;
  if (typeof type === 'string') out.type = type;
  if (error.path) out.path = error.path;
  if (error.locations) out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  const unknownField = /^Cannot query field "([^"]+)" on type "([^"]+)"\./.exec(error.message);
  if (unknownField) {
    out.message = `Field '${unknownField[1]}' doesn't exist on type '${unknownField[2]}'`;
    out.extensions = { code: 'undefinedField', typeName: unknownField[2], fieldName: unknownField[1] };
  }
  return out;
}

function gitHubError(message: string, type: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** The value tree graphql-js's default resolvers walk: functions are called with the field's arguments. */
function rootValue(ctx: GraphQLContext): Record<string, unknown> {
  const { state } = ctx;
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      if (owner.toLowerCase() !== state.owner.toLowerCase() || name.toLowerCase() !== state.repo.toLowerCase()) {
        throw gitHubError(`Could not resolve to a Repository with the name '${owner}/${name}'.`, 'NOT_FOUND');
      }
      if (!ctx.canReadContents) throw gitHubError('Resource not accessible by integration', 'FORBIDDEN');
      return repositoryNode(ctx);
    },
    rateLimit: () => ({
      cost: 1,
      limit: ctx.rateLimit.limit,
      nodeCount: 0,
      remaining: Math.max(0, ctx.rateLimit.limit - ctx.rateLimit.used),
      used: ctx.rateLimit.used,
      resetAt: isoSeconds(ctx.rateLimit.resetAt),
    }),
  };
}

function repositoryNode(ctx: GraphQLContext): Record<string, unknown> {
  const { state } = ctx;
  const repo: Record<string, unknown> = {
    __typename: 'Repository',
    name: state.repo,
    nameWithOwner: `${state.owner}/${state.repo}`,
    owner: { __typename: 'Organization', login: state.owner },
    isPrivate: state.private,
    url: `${ctx.web}/${state.owner}/${state.repo}`,
    object: ({ expression, oid }: { expression?: string | null; oid?: string | null }) => {
      if (oid) return commitNode(ctx, repo, oid);
      return expression ? resolveExpression(ctx, repo, expression) : null;
    },
  };
  return repo;
}

/** The commit SHA a revision names: a full SHA, a unique prefix of one, or a ref. */
function resolveRevision(ctx: GraphQLContext, revision: string): string | undefined {
  const { state } = ctx;
  if (state.commits[revision]) return revision;
  const named = state.refs[revision] ?? state.refs[revision.replace(/^refs\/(heads|tags)\//, '')];
  if (named) return named;
  if (/^[0-9a-f]{4,39}$/.test(revision)) {
    const matches = Object.keys(state.commits).filter((sha) => sha.startsWith(revision));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

/** `rev:path` (a blob or a tree) or `rev` alone (a commit), as `git rev-parse` reads it. */
function resolveExpression(ctx: GraphQLContext, repo: Record<string, unknown>, expression: string): unknown {
  const colon = expression.indexOf(':');
  const revision = colon < 0 ? expression : expression.slice(0, colon);
  const sha = resolveRevision(ctx, revision);
  if (!sha) return null;
  if (colon < 0) return commitNode(ctx, repo, sha);
  const path = expression.slice(colon + 1).replace(/^\.?\/+|\/+$/g, '');
  const files = ctx.state.commits[sha] ?? {};
  const file = files[path];
  if (file) return file.mode === '160000' ? null : blobNode(ctx, repo, sha, file);
  if (path === '' || Object.keys(files).some((p) => p.startsWith(`${path}/`))) return treeNode(ctx, repo, sha, path);
  return null;
}

function commitNode(ctx: GraphQLContext, repo: Record<string, unknown>, sha: string): Record<string, unknown> | null {
  if (!ctx.state.commits[sha]) return null;
  return {
    __typename: 'Commit',
    ...gitObjectFields(ctx, repo, sha, sha),
    tree: () => treeNode(ctx, repo, sha, ''),
  };
}

function gitObjectFields(ctx: GraphQLContext, repo: Record<string, unknown>, commit: string, oid: string): Record<string, unknown> {
  const path = `/${ctx.state.owner}/${ctx.state.repo}/commit/${commit}`;
  return {
    id: Buffer.from(`GitObject:${oid}`).toString('base64url'),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitResourcePath: path,
    commitUrl: `${ctx.web}${path}`,
    repository: repo,
  };
}

function blobNode(ctx: GraphQLContext, repo: Record<string, unknown>, commit: string, file: GitFile): Record<string, unknown> {
  // GitHub decides "binary" from the content; a NUL byte is git's own test.
  const binary = file.text.includes('\0');
  const bytes = Buffer.from(file.text, 'utf8');
  const truncated = bytes.length > ctx.state.blobTextLimit;
  return {
    __typename: 'Blob',
    ...gitObjectFields(ctx, repo, commit, gitBlobSha(file.text)),
    byteSize: bytes.length,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : truncated ? bytes.subarray(0, ctx.state.blobTextLimit).toString('utf8') : file.text,
  };
}

/** The immediate children of `dir` at a commit, as git would list them. */
function treeChildren(files: Record<string, GitFile>, dir: string): Array<{ name: string; file?: GitFile }> {
  const prefix = dir ? `${dir}/` : '';
  const children = new Map<string, GitFile | undefined>();
  for (const [path, file] of Object.entries(files)) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash < 0) children.set(rest, file);
    else if (!children.has(rest.slice(0, slash))) children.set(rest.slice(0, slash), undefined);
  }
  // git orders entries bytewise, comparing a directory as if its name ended in `/`.
  const key = (name: string, file?: GitFile) => Buffer.from(file ? name : `${name}/`);
  return [...children]
    .map(([name, file]) => (file ? { name, file } : { name }))
    .sort((a, b) => Buffer.compare(key(a.name, a.file), key(b.name, b.file)));
}

/** The SHA-1 git gives the tree at `dir`, so oids are what GitHub would report. */
function gitTreeSha(files: Record<string, GitFile>, dir: string): string {
  const parts: Buffer[] = [];
  for (const child of treeChildren(files, dir)) {
    const path = dir ? `${dir}/${child.name}` : child.name;
    const mode = child.file ? child.file.mode : '40000';
    const sha = child.file ? gitObjectSha(child.file) : gitTreeSha(files, path);
    parts.push(Buffer.from(`${mode} ${child.name}\0`), Buffer.from(sha, 'hex'));
  }
  const body = Buffer.concat(parts);
  return createHash('sha1').update(`tree ${body.length}\0`).update(body).digest('hex');
}

function treeNode(ctx: GraphQLContext, repo: Record<string, unknown>, commit: string, dir: string): Record<string, unknown> {
  const files = ctx.state.commits[commit] ?? {};
  return {
    __typename: 'Tree',
    ...gitObjectFields(ctx, repo, commit, gitTreeSha(files, dir)),
    entries: () =>
      treeChildren(files, dir).map(({ name, file }) => {
        const path = dir ? `${dir}/${name}` : name;
        const mode = file ? file.mode : '040000';
        const dot = name.lastIndexOf('.');
        const binary = file ? file.text.includes('\0') : false;
        return {
          name,
          path,
          nameRaw: Buffer.from(name).toString('base64'),
          pathRaw: Buffer.from(path).toString('base64'),
          // GraphQL's TreeEntry.mode is the octal git mode read as a number: 100644 -> 33188.
          mode: Number.parseInt(mode, 8),
          type: file ? (file.mode === '160000' ? 'commit' : 'blob') : 'tree',
          oid: file ? gitObjectSha(file) : gitTreeSha(files, path),
          size: file && file.mode !== '160000' ? Buffer.byteLength(file.text, 'utf8') : 0,
          extension: file && dot > 0 ? name.slice(dot) : null,
          isGenerated: false,
          language: null,
          lineCount: file && file.mode !== '160000' && !binary ? file.text.split('\n').length - (file.text.endsWith('\n') ? 1 : 0) : null,
          submodule: null,
          repository: repo,
          // A submodule's commit lives in another repository: GitHub returns null.
          object: () => (file ? (file.mode === '160000' ? null : blobNode(ctx, repo, commit, file)) : treeNode(ctx, repo, commit, path)),
        };
      }),
  };
}
