import { describe, expect, it } from 'vitest';
import { judgeApprovals, type RequiredApproval, type Review, type TeamMembers } from '../src/rules/approvals.js';

// Cases after palantir/policy-bot's approval tests: latest review wins, only the head commit
// counts, the author never counts, commenters do not count, membership is checked.
const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const security: RequiredApproval = { group: 'security', name: 'OIS', users: ['listed-user'], teams: ['ois-reviewers'], reasons: ['app'], satisfied: false, approvedBy: [] };
const teams: TeamMembers = new Map([['ois-reviewers', new Set(['ois-member'])]]);
let id = 0;
const review = (user: string, state: Review['state'], commitId = HEAD): Review => ({ user, state, commitId, id: ++id });

function judge(reviews: Review[], context: Partial<{ author: string; teams: TeamMembers }> = {}) {
  return judgeApprovals([security], reviews, { author: context.author ?? 'author', headSha: HEAD, teams: context.teams ?? teams })[0]!;
}

describe('judgeApprovals', () => {
  it('counts an approval by a listed user on the head commit', () => {
    expect(judge([review('listed-user', 'APPROVED')])).toMatchObject({ satisfied: true, approvedBy: ['listed-user'] });
  });

  it('counts an approval by an active team member, matching logins case-insensitively', () => {
    expect(judge([review('OIS-Member', 'APPROVED')])).toMatchObject({ satisfied: true, approvedBy: ['OIS-Member'] });
  });

  it('does not count the author, even when listed', () => {
    const judged = judge([review('listed-user', 'APPROVED')], { author: 'Listed-User' });
    expect(judged.satisfied).toBe(false);
    expect(judged.notes).toEqual(['listed-user opened the pull request, so their own approval does not count.']);
  });

  it('does not count someone outside the required set', () => {
    const judged = judge([review('random-person', 'APPROVED')]);
    expect(judged).toMatchObject({ satisfied: false, approvedBy: [], notes: [] });
  });

  it('does not count an approval of an earlier commit', () => {
    const judged = judge([review('listed-user', 'APPROVED', OLD)]);
    expect(judged.satisfied).toBe(false);
    expect(judged.notes[0]).toContain('approved an earlier commit (bbbbbbb)');
  });

  it('lets the latest review win: approved then changes requested is not approved', () => {
    expect(judge([review('listed-user', 'APPROVED'), review('listed-user', 'CHANGES_REQUESTED')]).satisfied).toBe(false);
  });

  it('lets the latest review win: changes requested then approved is approved', () => {
    expect(judge([review('listed-user', 'CHANGES_REQUESTED'), review('listed-user', 'APPROVED')]).satisfied).toBe(true);
  });

  it('ignores comments after an approval', () => {
    expect(judge([review('listed-user', 'APPROVED'), review('listed-user', 'COMMENTED')]).satisfied).toBe(true);
  });

  it('does not count a dismissed approval', () => {
    expect(judge([review('listed-user', 'DISMISSED')]).satisfied).toBe(false);
  });

  it('does not count comments as approval', () => {
    expect(judge([review('listed-user', 'COMMENTED')]).satisfied).toBe(false);
  });

  it('orders by review id, not by the order given', () => {
    const approve = review('listed-user', 'APPROVED');
    const block = review('listed-user', 'CHANGES_REQUESTED');
    expect(judge([block, approve]).satisfied).toBe(false);
  });

  it('says so, and does not count, when team membership cannot be read', () => {
    const judged = judge([review('ois-member', 'APPROVED')], { teams: new Map([['ois-reviewers', 'unreadable']]) });
    expect(judged.satisfied).toBe(false);
    expect(judged.notes).toEqual([expect.stringContaining("ois-member's approval is not counted: their membership of ois-reviewers cannot be confirmed")]);
  });

  it('needs one valid approval among several reviews', () => {
    const judged = judge([review('author', 'APPROVED'), review('random', 'APPROVED'), review('ois-member', 'APPROVED', OLD), review('listed-user', 'APPROVED')]);
    expect(judged.approvedBy).toEqual(['listed-user']);
  });
});
