import { loadYaml, locate } from '../model/load-yaml.js';
import type { Finding, Policy } from '../model/types.js';
import { templateProblem } from '../model/mustache.js';
import { parseCidr } from './cidr.js';
import { sameData } from './diff.js';
import { schemaFindings } from './schema-findings.js';

export type PolicyOutcome = { ok: true; policy: Policy } | { ok: false; findings: Finding[] };

/**
 * Read `policy.yml`: safe YAML, its schema, then what a schema cannot say
 * (patterns must compile, networks must parse). Located findings on failure.
 */
export function loadPolicy(path: string, bytes: Uint8Array): PolicyOutcome {
  const loaded = loadYaml(path, bytes, { maxBytes: 1024 * 1024, maxDepth: 16, maxNodes: 200_000 });
  if (!loaded.ok) return loaded;
  const { value, locations } = loaded;
  const findings = schemaFindings(path, 'policy', value, locations);
  if (findings.length > 0) return { ok: false, findings };
  const policy = value as unknown as Policy;
  const at = (pointer: string, rule: string, message: string): Finding => ({ path, ...locate(locations, pointer, 'value'), rule, message, severity: 'error' });
  for (const [name, pattern] of Object.entries(policy.patterns)) {
    try {
      new RegExp(pattern, 'u');
    } catch (error) {
      findings.push(at(`/patterns/${name}`, 'policy-pattern', `\`patterns.${name}\` is not a valid regular expression: ${(error as Error).message}.`));
    }
  }
  for (const name of ['markdown', 'text', 'checklist'] as const) {
    const problem = templateProblem(policy.tickets[name]);
    if (problem) findings.push(at(`/tickets/${name}`, 'policy-template', `The ticket template \`tickets.${name}\` is broken: ${problem}`));
  }
  // AWS refuses a resource carrying one tag key twice (keys are case-sensitive), so every resource would fail.
  const keys = policy.tags.map((t) => t.key);
  keys.forEach((key, i) => {
    const first = keys.indexOf(key);
    if (first < i) findings.push(at(`/tags/${i}/key`, 'policy-tag', `Tag \`${key}\` is listed twice (tags ${first + 1} and ${i + 1}): AWS refuses a resource with the same tag key twice, so keep one.`));
  });
  policy.networks.internal.forEach((cidr, i) => {
    if (!parseCidr(cidr)) findings.push(at(`/networks/internal/${i}`, 'policy-network', `\`${cidr}\` is not a valid address range: write it like \`10.0.0.0/8\`.`));
  });
  return findings.length > 0 ? { ok: false, findings } : { ok: true, policy };
}

/**
 * Why a proposed policy needs the security reviewers too, in words (empty
 * when it does not): it widens what counts as computation or as valid
 * (software added to the catalogue, the pre-approved list or the language
 * sources; internal networks added; any change to a name pattern, since
 * whether a regular expression is looser cannot be told), changes who the
 * security reviewers are, or shortens the testing period before a
 * promotion. Removals only narrow, and need the support team.
 */
export function securityPolicyChanges(base: Policy, proposed: Policy): string[] {
  const added = (before: string[], after: string[]): boolean => {
    const known = new Set(before.map((s) => s.toLowerCase()));
    return after.some((s) => !known.has(s.toLowerCase()));
  };
  const sameSet = (a: string[], b: string[]): boolean => !added(a, b) && !added(b, a);
  const [was, is] = [base.reviewers.security, proposed.reviewers.security];
  const reasons = [
    added(base.software.standard, proposed.software.standard) || added(base.software.preApproved.map((p) => p.name), proposed.software.preApproved.map((p) => p.name)) ? 'more standard or pre-approved software' : '',
    added(base.software.languageSources, proposed.software.languageSources) ? 'more language package sources' : '',
    added(base.networks.internal, proposed.networks.internal) ? 'more internal networks' : '',
    // Reordering the patterns changes none of them.
    !sameData(base.patterns, proposed.patterns) ? 'changed name patterns' : '',
    !sameSet(was.users, is.users) || !sameSet(was.teams, is.teams) ? `other ${was.name} reviewers` : '',
    proposed.promotion.minimumDays < base.promotion.minimumDays ? `a shorter testing period before a promotion (${proposed.promotion.minimumDays} days instead of ${base.promotion.minimumDays})` : '',
  ];
  return reasons.filter(Boolean);
}
