import type { LabelSpec } from '../model/types.js';
import { addLabels } from './api/add-labels.js';
import { createLabel } from './api/create-label.js';
import { listRepoLabels } from './api/list-repo-labels.js';
import { removeLabel } from './api/remove-label.js';
import type { GitHubClient, Repo } from './client.js';

/** GitHub allows at most this many labels on an issue or pull request. */
export const MAX_LABELS = 100;

export interface LabelChange {
  added: string[];
  removed: string[];
}

/**
 * Make the pull request carry exactly the wanted labels among those the
 * Action owns; labels people set by hand are never removed. Missing labels
 * are created first, with the policy's colour and description.
 */
export async function syncLabels(client: GitHubClient, repo: Repo, number: number, current: string[], wanted: string[], owned: LabelSpec[]): Promise<LabelChange> {
  const has = new Set(current.map((l) => l.toLowerCase()));
  const ownedNames = new Set(owned.map((l) => l.name.toLowerCase()));
  const wantedNames = new Set(wanted.map((l) => l.toLowerCase()));
  const added = wanted.filter((l) => !has.has(l.toLowerCase()));
  const removed = current.filter((l) => ownedNames.has(l.toLowerCase()) && !wantedNames.has(l.toLowerCase()));
  if (added.length > 0) {
    if (current.length - removed.length + added.length > MAX_LABELS) {
      throw new Error(`The pull request would carry more than ${MAX_LABELS} labels, GitHub's limit; remove some labels by hand.`);
    }
    const existing = await listRepoLabels(client, repo);
    for (const name of added) {
      const spec = owned.find((l) => l.name.toLowerCase() === name.toLowerCase());
      if (spec && !existing.has(name.toLowerCase())) await createLabel(client, repo, spec);
    }
    await addLabels(client, repo, number, added);
  }
  for (const name of removed) await removeLabel(client, repo, number, name);
  return { added, removed };
}
