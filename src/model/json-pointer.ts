/** Escape one reference token for a JSON pointer (RFC 6901: `~` -> `~0`, `/` -> `~1`). */
export function escapePointerToken(token: string): string {
  // Most field names need no escape: skip the two replaces for them.
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** The JSON pointer of a child: `pointerChild('/owners', 0)` is `/owners/0`. */
export function pointerChild(parent: string, token: string | number): string {
  return `${parent}/${escapePointerToken(String(token))}`;
}
