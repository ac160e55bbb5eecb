import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import type { Root, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Finding } from '../model/types.js';
import { isMarkdownPath } from './paths.js';

/** The repository as the pull request's head will have it, for resolving links. */
export interface DocumentTree {
  /** Every file path at the head. */
  paths: ReadonlySet<string>;
  /** The text of Markdown files at the head (for anchors in other pages). */
  markdown: ReadonlyMap<string, string>;
  /** `owner/repo`, to recognise absolute links to this repository. */
  repository: string;
  defaultBranch: string;
  /** `https://github.com` or a GitHub Enterprise Server address. */
  serverUrl: string;
}

function parse(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
}

function visit(node: Nodes, each: (node: Nodes) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, each);
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((c) => plainText(c as Nodes)).join('') : '';
}

/** The anchors GitHub gives a page's headings (with -1, -2 for repeats), plus explicit `id`/`name` anchors. */
export function headingAnchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(text), (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(plainText(node)));
    if (node.type === 'html') for (const m of node.value.matchAll(/\b(?:id|name)=["']([^"']+)["']/g)) anchors.add(m[1]!);
  });
  return anchors;
}

/** Resolve a relative link against the page's folder; undefined when it climbs out of the repository. */
function resolveRelative(from: string, target: string): string | undefined {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join('/');
}

function isFolder(tree: DocumentTree, path: string): boolean {
  const prefix = `${path}/`;
  for (const p of tree.paths) if (p.startsWith(prefix)) return true;
  return false;
}

/**
 * Check one changed Markdown page: relative links and images point at files
 * that exist at the head, anchors exist, nothing is pinned to a branch other
 * than the default, links to this repository are relative, and front matter
 * is valid YAML. Each finding is located on its line.
 */
export function checkMarkdown(path: string, text: string, tree: DocumentTree): Finding[] {
  const findings: Finding[] = [];
  const at = (node: Nodes, rule: string, message: string): void => {
    findings.push({ path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, rule, message, severity: 'error' });
  };
  const root = parse(text);
  const own = headingAnchors(text);
  const repoPrefix = `${tree.serverUrl.replace(/\/$/, '')}/${tree.repository}/`.toLowerCase();
  const anchorsCache = new Map<string, Set<string>>();
  const anchorsOf = (target: string): Set<string> | undefined => {
    const page = tree.markdown.get(target);
    if (page === undefined) return undefined;
    if (!anchorsCache.has(target)) anchorsCache.set(target, headingAnchors(page));
    return anchorsCache.get(target);
  };

  visit(root, (node) => {
    if (node.type === 'yaml') {
      try {
        yaml.load(node.value, { schema: yaml.CORE_SCHEMA });
      } catch (error) {
        at(node, 'markdown-front-matter', `The front matter is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}.`);
      }
      return;
    }
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const url = node.url.trim();
    const what = node.type === 'image' ? 'image' : 'link';
    if (url === '' || /^(mailto|tel|data):/i.test(url)) return;
    // A `%` that starts no escape cannot be decoded: the link leads nowhere, say so rather than fail.
    const decoded = (part: string): string | undefined => {
      try {
        return decodeURIComponent(part);
      } catch {
        at(node, 'markdown-link', `This ${what}'s address has a \`%\` that starts no escape (\`${url}\`): write a percent sign as \`%25\`.`);
        return undefined;
      }
    };
    if (url.startsWith('#')) {
      const anchor = decoded(url.slice(1));
      if (anchor && !own.has(anchor)) at(node, 'markdown-anchor', `No heading on this page has the anchor \`#${anchor}\`: check the heading's wording (anchors are its words in lower case, joined by hyphens).`);
      return;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      if (!url.toLowerCase().startsWith(repoPrefix)) return;
      const rest = url.slice(repoPrefix.length);
      const pinned = /^(?:blob|tree|raw)\/([^/]+)\/(.*)$/.exec(rest);
      if (pinned && pinned[1] !== tree.defaultBranch && !/^[0-9a-f]{40}$/.test(pinned[1]!)) {
        at(node, 'markdown-link-branch', `This ${what} points at the branch \`${pinned[1]}\`, which may change or disappear: link to \`${tree.defaultBranch}\` with a relative link instead.`);
      } else if (pinned && pinned[1] === tree.defaultBranch) {
        at(node, 'markdown-absolute-link', `Link to files of this repository with a relative ${what} (\`${pinned[2]}\` from the top, written relative to this page), so it works in forks and branches.`);
      }
      return;
    }
    const [target = '', fragment] = url.split('#', 2);
    const clean = decoded(target.split('?')[0]!);
    if (clean === undefined) return;
    const resolved = clean === '' ? path : resolveRelative(path, clean);
    if (resolved === undefined) {
      at(node, 'markdown-link', `This ${what} leads out of the repository (\`${url}\`).`);
      return;
    }
    if (!tree.paths.has(resolved) && !isFolder(tree, resolved)) {
      at(node, 'markdown-link', `This ${what} points at \`${resolved}\`, which does not exist in this pull request's version of the repository: fix the path or add the file.`);
      return;
    }
    if (fragment && isMarkdownPath(resolved)) {
      const anchors = anchorsOf(resolved);
      const anchor = decoded(fragment);
      if (anchor !== undefined && anchors && !anchors.has(anchor)) at(node, 'markdown-anchor', `\`${resolved}\` has no heading with the anchor \`#${anchor}\`.`);
    }
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The head's tree from the base's and the change: added and renamed paths
 * appear, removed ones go, and changed pages bring their new text.
 */
export function headDocumentTree(
  basePaths: readonly string[],
  baseMarkdown: ReadonlyMap<string, string>,
  changes: readonly { path: string; status: string; previousPath?: string; file?: { type: string; bytes: Uint8Array } }[],
  meta: Pick<DocumentTree, 'repository' | 'defaultBranch' | 'serverUrl'>,
): DocumentTree {
  const paths = new Set(basePaths);
  const markdown = new Map(baseMarkdown);
  const decoder = new TextDecoder();
  for (const change of changes) {
    if (change.previousPath) {
      paths.delete(change.previousPath);
      markdown.delete(change.previousPath);
    }
    if (change.status === 'removed') {
      paths.delete(change.path);
      markdown.delete(change.path);
      continue;
    }
    paths.add(change.path);
    if (change.file?.type === 'file' && isMarkdownPath(change.path)) markdown.set(change.path, decoder.decode(change.file.bytes));
  }
  return { paths, markdown, ...meta };
}
