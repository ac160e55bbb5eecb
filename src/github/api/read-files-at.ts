import type { SourceFile } from '../../model/types.js';
import type { GitHubClient, Repo } from '../client.js';

/** Files per GraphQL query: one round trip for a typical pull request, never one per file. */
export const FILES_PER_QUERY = 100;

/**
 * Blobs larger than this are judged on their size alone (the loader refuses
 * them unread). The policy caps request files below it (schemas/policy.schema.json).
 */
const MAX_TEXT_BYTES = 1024 * 1024;
/** Stand-in size cap, so a huge blob never becomes a huge allocation. */
const MAX_STAND_IN_BYTES = 16 * 1024 * 1024;

interface BlobNode {
  __typename: 'Blob';
  text: string | null;
  byteSize: number;
  isBinary: boolean | null;
  /** GitHub cuts the text of a large blob short: judging the cut text would miss what follows. */
  isTruncated: boolean;
}

interface TreeNode {
  __typename: 'Tree';
  entries: { name: string; mode: number; type: string }[] | null;
}

type ObjectNode = BlobNode | TreeNode | { __typename: string } | null;

const FILE_TYPE_BY_MODE: Record<number, SourceFile['type']> = {
  0o100644: 'file',
  0o100755: 'file',
  0o120000: 'symlink',
  0o160000: 'submodule',
};

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * Read files at a commit as data, in batches of {@link FILES_PER_QUERY} per
 * GraphQL query: each file's blob and its folder's tree entries (for the
 * file mode, so symlinks and submodules are refused). Paths travel as
 * variables, never spliced into the query text. Missing files are absent.
 */
export async function readFilesAt(client: GitHubClient, repo: Repo, sha: string, paths: readonly string[]): Promise<Map<string, SourceFile>> {
  const files = new Map<string, SourceFile>();
  for (let start = 0; start < paths.length; start += FILES_PER_QUERY) {
    const batch = paths.slice(start, start + FILES_PER_QUERY);
    const folders = [...new Set(batch.map(parentOf))];
    const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
    const declarations = ['$owner: String!', '$name: String!'];
    const fields: string[] = [];
    batch.forEach((path, i) => {
      variables[`f${i}`] = `${sha}:${path}`;
      declarations.push(`$f${i}: String!`);
      fields.push(`f${i}: object(expression: $f${i}) { __typename ... on Blob { text byteSize isBinary isTruncated } }`);
    });
    folders.forEach((folder, i) => {
      variables[`d${i}`] = `${sha}:${folder}`;
      declarations.push(`$d${i}: String!`);
      fields.push(`d${i}: object(expression: $d${i}) { __typename ... on Tree { entries { name mode type } } }`);
    });
    const query = `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`;
    const result = await client.graphql<{ repository: Record<string, ObjectNode> }>(query, variables);
    const modes = new Map<string, number>();
    folders.forEach((folder, i) => {
      const tree = result.repository[`d${i}`];
      if (tree?.__typename !== 'Tree') return;
      for (const entry of (tree as TreeNode).entries ?? []) modes.set(folder ? `${folder}/${entry.name}` : entry.name, entry.mode);
    });
    batch.forEach((path, i) => {
      const node = result.repository[`f${i}`];
      const mode = modes.get(path);
      if (!node && mode === undefined) return;
      const type = mode === undefined ? 'other' : (FILE_TYPE_BY_MODE[mode] ?? 'other');
      if (node?.__typename !== 'Blob' || type !== 'file') {
        files.set(path, { path, type: node?.__typename === 'Blob' || type !== 'file' ? type : 'other', bytes: new Uint8Array() });
        return;
      }
      const blob = node as BlobNode;
      if (blob.byteSize > MAX_TEXT_BYTES) {
        files.set(path, { path, type: 'file', bytes: new Uint8Array(Math.min(blob.byteSize, MAX_STAND_IN_BYTES)) });
      } else if (blob.isTruncated) {
        files.set(path, { path, type: 'truncated', bytes: new Uint8Array() });
      } else if (blob.isBinary || blob.text === null || blob.text.includes('\uFFFD')) {
        // GitHub gives no text for binary blobs and replaces invalid UTF-8; either way it is not a UTF-8 request.
        files.set(path, { path, type: 'binary', bytes: new Uint8Array() });
      } else {
        files.set(path, { path, type: 'file', bytes: new TextEncoder().encode(blob.text) });
      }
    });
  }
  return files;
}
