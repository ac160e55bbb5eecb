#!/usr/bin/env node
/**
 * Writes test/harness/openapi-subset.json: the operations of GitHub's REST
 * API that the Action calls, with every component they reach, cut out of
 * `@octokit/openapi`'s description of api.github.com.
 *
 * The fake GitHub in test/harness/ validates requests and responses against
 * this file, so the end-to-end tests do not need the 385 MB package: it is
 * not a dependency. To regenerate or check, install it for the moment:
 *
 *   npm install --no-save @octokit/openapi@23
 *
 *   node scripts/gen-openapi-subset.mjs           regenerate after an upgrade
 *   node scripts/gen-openapi-subset.mjs --check   exit 1 when the file is stale
 *
 * To add an endpoint: add it to OPERATIONS, regenerate, then give the fake a
 * handler for its operationId (test/harness/fake-github.ts).
 *
 * The non-dereferenced description is used (13 MB, against 73 MB for the
 * `.deref` one) and only the `$ref`s the operations reach are copied.
 * Examples are dropped: validation does not need them and they are most of
 * the size. `x-github-breaking-changes` is dropped too: it describes future
 * API versions, while the fake plays the current default one.
 *
 * POST /graphql is not in the OpenAPI description; the fake validates it
 * against @octokit/graphql-schema instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = join(ROOT, 'node_modules/@octokit/openapi');
const SOURCE = join(PACKAGE, 'generated/api.github.com.json');
const TARGET = join(ROOT, 'test/harness/openapi-subset.json');

/** The operations the Action uses, as `METHOD path` exactly as GitHub spells the path. */
export const OPERATIONS = [
  'GET /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  'GET /repos/{owner}/{repo}/labels',
  'POST /repos/{owner}/{repo}/labels',
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
  'GET /orgs/{org}/teams/{team_slug}',
  'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
];

/** Keys never copied: documentation-only or about other API versions. */
const DROPPED_KEYS = new Set(['examples', 'example', 'x-github-breaking-changes']);

/** Deep copy without DROPPED_KEYS, noting every `$ref` met on the way. */
function strip(node, refs) {
  if (Array.isArray(node)) return node.map((item) => strip(item, refs));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYS.has(key)) continue;
    if (key === '$ref' && typeof value === 'string') refs.push(value);
    out[key] = strip(value, refs);
  }
  return out;
}

/** The node a local `$ref` (`#/components/schemas/x`) points at. */
function resolvePointer(document, ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are expected, got ${ref}`);
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`dangling $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/** Build the subset document from the full description. */
export function buildSubset(full, packageVersion) {
  const paths = {};
  const pending = [];
  for (const operation of OPERATIONS) {
    const [method, path] = operation.split(' ');
    const lower = method.toLowerCase();
    const item = full.paths[path];
    if (!item?.[lower]) throw new Error(`${operation} is not in ${relative(ROOT, SOURCE)}`);
    paths[path] ??= {};
    // Path-level parameters apply to every method; keep them if present.
    if (item.parameters) paths[path].parameters = strip(item.parameters, pending);
    paths[path][lower] = strip(item[lower], pending);
  }

  // Transitive closure over $refs: components only ever reference components.
  const components = {};
  const seen = new Set();
  while (pending.length > 0) {
    const ref = pending.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [, , section, name] = ref.split('/');
    components[section] ??= {};
    components[section][name] = strip(resolvePointer(full, ref), pending);
  }
  // Sorted so that a regeneration only shows real changes in a diff.
  const sortedComponents = {};
  for (const section of Object.keys(components).sort()) {
    sortedComponents[section] = {};
    for (const name of Object.keys(components[section]).sort()) sortedComponents[section][name] = components[section][name];
  }

  return {
    openapi: full.openapi,
    info: {
      title: `${full.info.title} (subset)`,
      version: full.info.version,
      description: `Generated by scripts/gen-openapi-subset.mjs from @octokit/openapi ${packageVersion} (generated/api.github.com.json). Do not edit by hand.`,
    },
    paths,
    components: sortedComponents,
  };
}

function main() {
  const check = process.argv.includes('--check');
  const packageVersion = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;
  const full = JSON.parse(readFileSync(SOURCE, 'utf8'));
  const text = `${JSON.stringify(buildSubset(full, packageVersion), null, 1)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(TARGET, 'utf8');
    } catch {
      // Missing counts as stale.
    }
    if (current !== text) {
      console.error(`${relative(ROOT, TARGET)} is stale: run node scripts/gen-openapi-subset.mjs`);
      process.exit(1);
    }
    console.log(`${relative(ROOT, TARGET)} is current (${OPERATIONS.length} operations).`);
    return;
  }
  writeFileSync(TARGET, text);
  console.log(`wrote ${relative(ROOT, TARGET)}: ${OPERATIONS.length} operations, ${(text.length / 1024).toFixed(0)} KB`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
