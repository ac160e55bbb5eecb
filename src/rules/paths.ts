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
  if (/\.(md|markdown)$/i.test(path) || path.startsWith('docs/')) return 'documentation';
  // Tests, configuration and anything unknown change behaviour: treat as policy, the stricter track.
  return 'policy';
}

/** `.md` or `.markdown`, in any case; asked of every file of the inventory, so without a regular expression. */
function isMarkdownPath(path: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot === -1) return false;
  const extension = path.slice(dot + 1).toLowerCase();
  return extension === 'md' || extension === 'markdown';
}

/** True when the path can hold a request (a `.yml`/`.yaml` under `requests/`). */
export function isRequestFilePath(path: string): boolean {
  return path.startsWith(REQUESTS_DIR) && /\.ya?ml$/i.test(path);
}

/** A request's id: its file name without `.yml`/`.yaml`. */
export function requestIdOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.ya?ml$/i, '');
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
