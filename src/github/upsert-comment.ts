import { createComment } from './api/create-comment.js';
import { deleteComment } from './api/delete-comment.js';
import { listComments, type IssueComment } from './api/list-comments.js';
import { updateComment } from './api/update-comment.js';
import { mayHaveHappened, type GitHubClient, type Repo } from './client.js';

function ours(comments: IssueComment[], marker: string): IssueComment[] {
  // Only a bot can have written the Action's comment: a person pasting the marker cannot take it over.
  return comments.filter((c) => c.byBot && c.body.startsWith(marker)).sort((a, b) => a.id - b.id);
}

/**
 * Keep exactly one comment that starts with `marker`, with `body`: update it
 * in place, or create it. Runs that raced and created their own are
 * deleted, oldest kept, so reruns converge on one comment.
 */
export async function upsertComment(client: GitHubClient, repo: Repo, number: number, marker: string, body: string): Promise<number> {
  let mine = ours(await listComments(client, repo, number), marker);
  if (mine.length === 0) {
    const sent = await createOnce(client, repo, number, body);
    // Another run may have created one at the same moment, or a lost answer hid ours: look again.
    mine = ours(await listComments(client, repo, number), marker);
    if (mine.length === 0 && !sent) {
      await createComment(client, repo, number, body);
      mine = ours(await listComments(client, repo, number), marker);
    }
  }
  const [keep, ...duplicates] = mine;
  if (!keep) throw new Error('The comment was created but cannot be found again.');
  if (keep.body !== body) await updateComment(client, repo, keep.id, body);
  for (const duplicate of duplicates) await deleteComment(client, repo, duplicate.id);
  return keep.id;
}

/** Create the comment; false when GitHub may or may not have created it (the listing tells). */
async function createOnce(client: GitHubClient, repo: Repo, number: number, body: string): Promise<boolean> {
  try {
    await createComment(client, repo, number, body);
    return true;
  } catch (error) {
    if (!mayHaveHappened(error)) throw error;
    return false;
  }
}
