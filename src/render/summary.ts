import type { Evaluation } from '../rules/evaluate.js';

/** Counts shared by every rendering, so the CLI, comment and summary agree. */
export function countFindings(evaluation: Evaluation): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const file of evaluation.files) {
    for (const f of file.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  }
  return { errors, warnings };
}

/** `1 error`, `2 warnings`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Who may approve, in words: `@user`-free so rendering never pings anyone by accident. */
export function reviewerList(users: string[], teams: string[]): string {
  const parts = [...teams.map((t) => `team ${t}`), ...users];
  return parts.length ? parts.join(', ') : 'nobody is listed';
}
