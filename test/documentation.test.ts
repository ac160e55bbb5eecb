import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/rules/evaluate.js';
import { checkMarkdown, headingAnchors, type DocumentTree } from '../src/rules/markdown-checks.js';
import { policyImpact } from '../src/rules/policy-impact.js';
import { loadPolicy } from '../src/rules/load-policy.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { added, file, modified, ROOT, sampleInventory, sampleText, shippedPolicy } from './helpers.js';

const tree: DocumentTree = {
  paths: new Set(['docs/README.md', 'docs/approvals.md', 'docs/img/flow.png', 'policy.yml', 'requests/ex/ex-roads.yml']),
  markdown: new Map([['docs/approvals.md', '# Approvals\n\n## Who approves what\n\n## Who approves what\n']]),
  repository: 'dime/requests',
  defaultBranch: 'main',
  serverUrl: 'https://github.com',
};

const check = (text: string) => checkMarkdown('docs/README.md', text, tree).map((f) => [f.rule, f.line, f.column]);

describe('Markdown checks', () => {
  it('accepts links, images and anchors that resolve', () => {
    const text = '# Guide\n\nSee [approvals](approvals.md#who-approves-what-1), [the flow](img/flow.png), [policy](../policy.yml), [top](#guide), [folder](../requests/ex), [site](https://example.org).\n\n![flow](./img/flow.png)\n';
    expect(check(text)).toEqual([]);
  });

  it('finds a missing file and a missing image, on their line and column', () => {
    const findings = checkMarkdown('docs/README.md', 'Intro\n\nSee [gone](gone.md) and ![pic](img/missing.png).\n', tree);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['markdown-link', 3, 5],
      ['markdown-link', 3, 25],
    ]);
    expect(findings[1]!.message).toContain('This image points at `docs/img/missing.png`, which does not exist');
  });

  it('finds anchors missing here and in another page', () => {
    expect(check('# Guide\n\n[x](#nowhere) [y](approvals.md#nowhere)\n')).toEqual([
      ['markdown-anchor', 3, 1],
      ['markdown-anchor', 3, 15],
    ]);
  });

  it('refuses links pinned to another branch and absolute links to this repository', () => {
    const findings = checkMarkdown('docs/README.md', '[a](https://github.com/dime/requests/blob/old-draft/docs/approvals.md)\n[b](https://github.com/dime/requests/blob/main/docs/approvals.md)\n[c](https://github.com/dime/requests/blob/0123456789abcdef0123456789abcdef01234567/x.md)\n', tree);
    expect(findings.map((f) => [f.rule, f.line])).toEqual([
      ['markdown-link-branch', 1],
      ['markdown-absolute-link', 2],
    ]);
    expect(findings[0]!.message).toContain('the branch `old-draft`');
  });

  it('refuses links out of the repository and broken front matter', () => {
    expect(check('---\ntitle: [unclosed\n---\n\n[x](../../outside.md)\n')).toEqual([
      ['markdown-front-matter', 1, 1],
      ['markdown-link', 5, 1],
    ]);
  });

  it('reports a link whose `%` starts no escape, without failing the page', () => {
    const findings = checkMarkdown('docs/README.md', '# Save 50%\n\nSee [x](#save-50%), [y](approvals%zz.md) and [z](approvals.md#who-approves-what%).\n', tree);
    expect(findings.map((f) => [f.rule, f.line, f.column])).toEqual([
      ['markdown-link', 3, 5],
      ['markdown-link', 3, 21],
      ['markdown-link', 3, 46],
    ]);
    expect(findings[0]!.message).toBe("This link's address has a `%` that starts no escape (`#save-50%`): write a percent sign as `%25`.");
    expect(check('# Save 50%\n\n[x](#save-50) [y](approvals.md#who-approves-what%25)\n').map(([rule]) => rule)).toEqual(['markdown-anchor']);
  });

  it("gives repeated headings GitHub's numbered anchors", () => {
    expect([...headingAnchors('# A b\n## A b\n### Ünïcode & co\n')]).toEqual(['a-b', 'a-b-1', 'ünïcode--co']);
  });

  it('labels a documentation pull request and reports its checks, with no request validation and no OIS', () => {
    const policy = shippedPolicy();
    const page = file('docs/README.md', '# Docs\n\n[gone](gone.md)\n');
    const evaluation = evaluate({ policy, base: sampleInventory(), changes: [modified(page)], documents: tree });
    expect(evaluation.labels).toEqual(['documentation', 'invalid']);
    expect(evaluation.pages).toBe(1);
    expect(evaluation.approvals.map((a) => a.group)).toEqual(['support']);
  });
});

describe('a proposed policy.yml', () => {
  it('may not list one tag key twice, since AWS would refuse every resource', () => {
    const text = readFileSync(join(ROOT, 'policy.yml'), 'utf8').replace('  - {key: ManagedBy, from: literal, value: aws-requests}\n', '  - {key: ManagedBy, from: literal, value: aws-requests}\n  - {key: Project, from: literal, value: other}\n  - {key: project, from: literal, value: lower-case is another key}\n');
    const outcome = loadPolicy('policy.yml', new TextEncoder().encode(text));
    expect(outcome.ok ? [] : outcome.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['policy-tag', text.split('\n').findIndex((l) => l.includes('value: other}')) + 1, 'Tag `Project` is listed twice (tags 1 and 12): AWS refuses a resource with the same tag key twice, so keep one.'],
    ]);
  });
});

describe('policy impact', () => {
  const policy = shippedPolicy();
  const propose = (text: string) => {
    const outcome = loadPolicy('policy.yml', new TextEncoder().encode(text));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.findings));
    return outcome.policy;
  };
  const scraper = file('requests/ex/ex-roads-scraper.yml', sampleText('requests/ex/ex-roads-dashboard.yml').replace('{name: shiny-server, source: download, why: serves the public dashboard}', 'chromedriver').replace(/  - \{port: 443.*\n/, '').replace('inbound:\n', 'inbound: []\n'));
  const inventory = [...sampleInventory(), scraper];

  it('adding chromedriver to the standard list flips a scraping request to computation', () => {
    const proposed = propose(sampleText('policy.yml').replace('    - python3\n', '    - python3\n    - chromedriver\n'));
    expect(policyImpact(policy, proposed, inventory).map((e) => [e.id, e.before.useCase, e.after.useCase])).toEqual([
      ['ex-roads-scraper', 'application', 'computation'],
    ]);
  });

  it('removing R from the pre-approved list flips R instances to application', () => {
    const proposed = propose(sampleText('policy.yml').replace(/    - name: R\n      note: .*\n/, ''));
    const impact = policyImpact(policy, proposed, inventory);
    // The project takes the use case of its strictest resource, so it flips too.
    expect(impact.map((e) => [e.id, e.before.useCase, e.after.useCase])).toEqual([
      ['ex-nutrition-analysis', 'computation', 'application'],
      ['ex-nutrition', 'computation', 'application'],
    ]);
    expect(impact[0]!.reasons[0]).toContain('`R` is not standard software');
  });

  it('a policy that would make existing requests invalid says so', () => {
    const proposed = propose(sampleText('policy.yml').replace('rootVolumeGiB: {min: 8, max: 16384}', 'rootVolumeGiB: {min: 8, max: 64}'));
    const impact = policyImpact(policy, proposed, inventory);
    expect(impact.map((e) => [e.id, e.before.valid, e.after.valid])).toEqual([['ex-nutrition-analysis', true, false]]);
    expect(impact[0]!.reasons[0]).toContain('The system disk must be between 8 and 64 GiB');
  });

  it('lists the files a policy would make unreadable', () => {
    const proposed = propose(sampleText('policy.yml').replace('  - security-group\n', ''));
    const impact = policyImpact(policy, proposed, inventory);
    expect(impact.map((e) => [e.id, e.before.valid, e.after.valid, e.after.useCase])).toEqual([['WBGMaster-DIME-EX-Admin', true, false, null]]);
    expect(impact[0]!.reasons[0]).toContain('Requests of kind `security-group` are not accepted in this repository');
  });

  it('is part of the evaluation of a policy pull request, which then needs security approval when it widens', () => {
    const text = sampleText('policy.yml').replace('    - python3\n', '    - python3\n    - chromedriver\n');
    const evaluation = evaluate({ policy, base: sampleInventory(), changes: [modified(file('policy.yml', text)), added(scraper)] });
    expect(evaluation.impact.map((e) => e.id)).toEqual(['ex-roads-scraper']);
    expect(evaluation.labels).toContain('policy');
    expect(evaluation.approvals.map((a) => a.group)).toEqual(['support', 'security']);
  });

  it('a narrowing policy change needs only the support team', () => {
    const text = sampleText('policy.yml').replace('    - python3\n', '');
    const evaluation = evaluate({ policy, base: sampleInventory(), changes: [modified(file('policy.yml', text))] });
    expect(evaluation.approvals.map((a) => a.group)).toEqual(['support']);
  });
});
