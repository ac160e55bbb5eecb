/** Escape one reference token for a JSON pointer (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
export function escapePointerToken(token: string): string {
  // Most field names need no escape: skip the two replaces for them.
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** The JSON pointer of a child: `pointerChild('/owners', 0)` is `/owners/0`. */
export function pointerChild(parent: string, token: string | number): string {
  return `${parent}/${escapePointerToken(String(token))}`;
}

/** Past this many remembered pointers, new ones are built afresh rather than remembered. */
const MAX_REMEMBERED = 65_536;
const remembered = new Map<string, Map<string | number, string>>();
let rememberedCount = 0;

/**
 * {@link pointerChild}, remembered: the same place in different files
 * (`/requirements/memoryGiB`, `/software/0`) is one string, not one per
 * file. Every located file keeps a pointer for each of its nodes, so a
 * large inventory kept hundreds of thousands of copies. A cache, not state:
 * the answer is always `pointerChild`'s, and the table stops growing at a
 * bound, so hostile files full of distinct keys cannot make it grow for ever.
 */
export function rememberedPointerChild(parent: string, token: string | number): string {
  const child = remembered.get(parent)?.get(token);
  if (child !== undefined) return child;
  const made = pointerChild(parent, token);
  if (rememberedCount < MAX_REMEMBERED) {
    let children = remembered.get(parent);
    if (children === undefined) {
      children = new Map();
      remembered.set(parent, children);
    }
    children.set(token, made);
    rememberedCount += 1;
  }
  return made;
}
