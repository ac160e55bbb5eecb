/** Escape one reference token for a JSON pointer (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
export function escapePointerToken(token: string): string {
  // Most field names need no escape: skip the two replaces for them.
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** The JSON pointer of a child: `pointerChild('/owners', 0)` is `/owners/0`. */
export function pointerChild(parent: string, token: string | number): string {
  return `${parent}/${escapePointerToken(String(token))}`;
}

/** Past this many parents, or children of one parent, pointers are built afresh rather than remembered. */
const MAX_REMEMBERED = 4096;
const remembered = new Map<string, Map<string | number, string>>();

/**
 * {@link pointerChild}, remembered: the same place in different files
 * (`/requirements/memoryGiB`, `/software/0`) is one string, not one per
 * file. Every located file keeps a pointer for each of its nodes, so a
 * large inventory kept hundreds of thousands of copies. A cache, not state:
 * the answer is always `pointerChild`'s, and the table stops growing at a
 * bound, so hostile files full of distinct keys cannot make it grow for ever.
 */
export function rememberedPointerChild(parent: string, token: string | number): string {
  let children = remembered.get(parent);
  if (children === undefined) {
    if (remembered.size >= MAX_REMEMBERED) return pointerChild(parent, token);
    children = new Map();
    remembered.set(parent, children);
  }
  let child = children.get(token);
  if (child === undefined) {
    child = pointerChild(parent, token);
    if (children.size < MAX_REMEMBERED) children.set(token, child);
  }
  return child;
}
