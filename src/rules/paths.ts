/**
 * What a changed path means for the pull request: a request, guidance, or
 * something that changes how requests are judged.
 */

export const REQUESTS_DIR = 'requests/';

export type PathRole = 'request' | 'documentation' | 'policy';

/** Paths whose change alters the rules themselves; the base branch's copies judge such a PR. */
const POLICY_PATHS = [/^policy\.ya?ml$/, /^schemas\//, /^src\//, /^dist\//, /^action\.ya?ml$/, /^package(-lock)?\.json$/, /^\.github\//, /^bin\//, /^scripts\//, /^\.ci\//];

/** The role of a path in the repository. */
export function pathRole(path: string): PathRole {
  // A README beside the requests explains them; it is guidance, not a request.
  if (path.startsWith(REQUESTS_DIR)) return isMarkdownPath(path) ? 'documentation' : 'request';
  if (POLICY_PATHS.some((pattern) => pattern.test(path))) return 'policy';
  if (isMarkdownPath(path) || path.startsWith('docs/')) return 'documentation';
  // Tests, configuration and anything unknown change behaviour: treat as policy, the stricter track.
  return 'policy';
}

/**
 * Whether `path` ends in `.` and `extension` (lower-case letters) in any
 * case. Asked of every file of the inventory, so it copies nothing.
 */
function hasExtension(path: string, extension: string): boolean {
  const start = path.length - extension.length;
  if (start < 1 || path.charCodeAt(start - 1) !== 0x2e) return false;
  for (let i = 0; i < extension.length; i += 1) if ((path.charCodeAt(start + i) | 0x20) !== extension.charCodeAt(i)) return false;
  return true;
}

/** A Markdown page: `.md` or `.markdown`, in any case. */
export function isMarkdownPath(path: string): boolean {
  return hasExtension(path, 'md') || hasExtension(path, 'markdown');
}

/** The length of a `.yml` or `.yaml` ending, in any case; 0 without one. */
function yamlExtensionLength(path: string): number {
  return hasExtension(path, 'yml') ? 4 : hasExtension(path, 'yaml') ? 5 : 0;
}

/** True when the path can hold a request (a `.yml`/`.yaml` under `requests/`). */
export function isRequestFilePath(path: string): boolean {
  return path.startsWith(REQUESTS_DIR) && yamlExtensionLength(path) > 0;
}

/** `policy.yml` (or `policy.yaml`) at the repository's root: where the policy is unless the Action is told otherwise. */
export function isPolicyFile(path: string | undefined): boolean {
  return path === 'policy.yml' || path === 'policy.yaml';
}

/** `.gitkeep` or `.keep`: the usual empty file that keeps a folder in Git. */
export function isFolderKeeper(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === '.gitkeep' || name === '.keep';
}

/** A request's id: its file name without `.yml`/`.yaml`. */
export function requestIdOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.slice(0, name.length - yamlExtensionLength(name));
}

/**
 * Order paths (and names) by their characters, as Git lists them. Unlike
 * `localeCompare` it gives the same order whatever the machine's language,
 * and it does not load the collation tables, which costs a cold process
 * about 9 ms.
 */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
