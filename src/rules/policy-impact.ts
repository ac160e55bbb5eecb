import type { Policy, SourceFile } from '../model/types.js';
import type { UseCase } from './classify.js';
import { evaluate, type Evaluation } from './evaluate.js';
import { comparePaths, requestIdOf } from './paths.js';

/** A request whose verdict a proposed policy would change. */
export interface ImpactEntry {
  id: string;
  path: string;
  before: { useCase: UseCase | null; valid: boolean };
  after: { useCase: UseCase | null; valid: boolean };
  /** Why, under the proposed policy: its classification reasons or its first errors. */
  reasons: string[];
}

/**
 * Each file's verdict: its use case and validity, and why. A file the policy
 * makes unreadable (a kind it no longer accepts, say) has no request verdict
 * but is there all the same, invalid, with its errors as the reasons.
 */
function verdicts(evaluation: Evaluation, paths: readonly string[]): Map<string, { useCase: UseCase | null; valid: boolean; reasons: string[] }> {
  const errors = new Map<string, string[]>();
  for (const file of evaluation.files) errors.set(file.path, file.findings.filter((f) => f.severity === 'error').map((f) => `line ${f.line}: ${f.message}`));
  const requests = new Map(evaluation.requests.map((r) => [r.path, r]));
  return new Map(
    paths.map((path) => {
      const problems = errors.get(path) ?? [];
      const reasons = problems.length > 0 ? problems.slice(0, 3) : (requests.get(path)?.reasons.map((x) => x.message) ?? []);
      return [path, { useCase: requests.get(path)?.useCase ?? null, valid: problems.length === 0, reasons }];
    }),
  );
}

/**
 * Run the current and the proposed policy (data only) over the whole
 * inventory and list every request whose verdict would change: computation
 * and application, valid and invalid. A policy pull request says so before
 * it merges.
 */
export function policyImpact(current: Policy, proposed: Policy, inventory: SourceFile[]): ImpactEntry[] {
  const paths = inventory.map((file) => file.path);
  const judge = (policy: Policy): ReturnType<typeof verdicts> => verdicts(evaluate({ policy, base: [], changes: inventory.map((file) => ({ path: file.path, status: 'added', file })), mode: 'inventory' }), paths);
  const before = judge(current);
  const after = judge(proposed);
  const impact: ImpactEntry[] = [];
  for (const [path, now] of after) {
    const was = before.get(path);
    if (!was || (was.useCase === now.useCase && was.valid === now.valid)) continue;
    impact.push({ id: requestIdOf(path), path, before: { useCase: was.useCase, valid: was.valid }, after: { useCase: now.useCase, valid: now.valid }, reasons: now.reasons });
  }
  return impact.sort((a, b) => comparePaths(a.path, b.path));
}
