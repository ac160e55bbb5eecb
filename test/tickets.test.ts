import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/render/markdown.js';
import { fitTickets, MAX_ISSUE_BODY, renderTicket, renderTicketIssue } from '../src/render/ticket.js';
import { renderTemplate, templateProblem } from '../src/model/mustache.js';
import { evaluate, type FileChange } from '../src/rules/evaluate.js';
import { planTickets, type TicketContext } from '../src/rules/tickets.js';
import { added, file, modified, removed, sampleInventory, sampleText, shippedPolicy } from './helpers.js';

const policy = shippedPolicy();
const base = sampleInventory();
const GROUP = 'requests/groups/WBGMaster-DIME-EX-Admin.yml';
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';

function context(approvers: Record<string, string[]> = {}): (approvals: ReturnType<typeof evaluate>['approvals']) => TicketContext {
  return (approvals) => ({
    pullRequest: { repository: 'dime/requests', number: 42, url: 'https://github.com/dime/requests/pull/42', headSha: 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2', mergeCommitSha: 'f0e1d2c3b4a5f0e1d2c3b4a5f0e1d2c3b4a5f0e1' },
    approvals: approvals.map((a) => ({ ...a, approvedBy: approvers[a.group] ?? [], satisfied: Boolean(approvers[a.group]) })),
    developmentTickets: new Map([['ex-roads-dashboard', '#17']]),
  });
}

function tickets(changes: FileChange[], baseFiles = base, approvers: Record<string, string[]> = { support: ['alex-analyst'], security: ['ois-officer'] }) {
  const evaluation = evaluate({ policy, base: baseFiles, changes, pullRequest: { repository: 'dime/requests', number: 42 } });
  expect(evaluation.files.flatMap((f) => f.findings).filter((f) => f.severity === 'error')).toEqual([]);
  const ctx = context(approvers)(evaluation.approvals);
  return { list: planTickets(policy, evaluation, ctx), ctx };
}

const newInstance = (name: string, project: string): string =>
  sampleText(INSTANCE).replace('project: ex-nutrition', `project: ${project}`).replace('instanceType: r6i.xlarge\n', '').replace('purpose: Runs the cleaning and analysis scripts in Python and R.', `purpose: ${name}`);

describe('ticket text', () => {
  it('a new computation instance in a group with one charge code fills the code in', async () => {
    const group = sampleText(GROUP).replace('  - {code: "7654321", tag: ex-roads}\n', '');
    const project = sampleText('requests/ex/ex-nutrition.yml').replace('chargeCode: ex-nutrition\n', '');
    const roads = sampleText('requests/ex/ex-roads.yml').replace('chargeCode: ex-roads\n', '');
    const oneCode = base.map((f) => (f.path === GROUP ? file(GROUP, group) : f.path === 'requests/ex/ex-nutrition.yml' ? file(f.path, project) : f.path === 'requests/ex/ex-roads.yml' ? file(f.path, roads) : f));
    const { list, ctx } = tickets([added(file('requests/ex/ex-nutrition-gpu.yml', newInstance('GPU model training.', 'ex-nutrition')))], oneCode);
    expect(list.map((t) => [t.key, t.title])).toEqual([['its-production', 'ITS: create ec2-instance ex-nutrition-gpu in WBG AWS DIME PDMZ']]);
    const [ticket] = list;
    expect(ticket!.requests[0]!.tags).toContainEqual({ key: 'ChargeCode', value: '1234567' });
    expect(ticket!.requests[0]!.tags.find((t) => t.key === 'ChargeCodeTag')).toBeUndefined();
    await expect(renderTicket(policy, ticket!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/computation-one-charge-code.md');
    await expect(renderTicket(policy, ticket!, ctx, 'text')).toMatchFileSnapshot('__snapshots__/tickets/computation-one-charge-code.txt');
  });

  it('a new computation instance in a group with several charge codes names the tag', async () => {
    const { list, ctx } = tickets([added(file('requests/ex/ex-nutrition-gpu.yml', newInstance('GPU model training.', 'ex-nutrition')))]);
    const tags = list[0]!.requests[0]!.tags;
    expect(tags).toContainEqual({ key: 'ChargeCode', value: '1234567' });
    expect(tags).toContainEqual({ key: 'ChargeCodeTag', value: 'ex-nutrition' });
    expect(tags).toContainEqual({ key: 'Approvers', value: 'alex-analyst' });
    expect(tags).toContainEqual({ key: 'RequestId', value: 'dime/requests/pull/42' });
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/computation-several-charge-codes.md');
  });

  it('a bucket', async () => {
    const text = sampleText('requests/ex/dime-ex-nutrition-raw.yml').replace(/dime-ex-nutrition-raw/g, 'dime-ex-nutrition-clean');
    const { list, ctx } = tickets([added(file('requests/ex/dime-ex-nutrition-clean.yml', text))]);
    expect(list.map((t) => t.title)).toEqual(['ITS: create s3-bucket dime-ex-nutrition-clean in WBG AWS DIME PDMZ']);
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/bucket.md');
  });

  it("a project's new charge code updates the tags of its existing resources in their account's ticket", async () => {
    const project = 'requests/ex/ex-nutrition.yml';
    const { list, ctx } = tickets([modified(file(project, sampleText(project).replace('chargeCode: ex-nutrition', 'chargeCode: ex-roads')))]);
    expect(list.map((t) => [t.key, t.title])).toEqual([
      ['its-production', 'ITS: retag s3-bucket dime-ex-nutrition-raw, retag ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ'],
      ['its-directory', 'ITS: change project ex-nutrition (directory groups and project tags)'],
    ]);
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/retag.md');
    await expect(renderTicket(policy, list[0]!, ctx, 'text')).toMatchFileSnapshot('__snapshots__/tickets/retag.txt');
    // A tag update builds nothing, so it leaves no hidden line by which a promotion would date the resource.
    expect(renderTicketIssue(policy, list[0]!, ctx)).not.toContain('aws-requests:request');
  });

  it('asks nothing of IT services for a project file moved to another folder, or a group whose charge codes only change order', () => {
    const project = 'requests/ex/ex-nutrition.yml';
    const moved = { path: 'requests/nutrition/ex-nutrition.yml', previousPath: project, status: 'renamed' as const, file: file('requests/nutrition/ex-nutrition.yml', sampleText(project)) };
    const movedPlan = tickets([moved]);
    expect(movedPlan.list).toEqual([]);
    const swapped = sampleText(GROUP).replace('  - {code: "1234567", tag: ex-nutrition}\n  - {code: "7654321", tag: ex-roads}\n', '  - {code: "7654321", tag: ex-roads}\n  - {code: "1234567", tag: ex-nutrition}\n');
    expect(swapped).not.toBe(sampleText(GROUP));
    expect(tickets([modified(file(GROUP, swapped))]).list).toEqual([]);
    // A real change of a charge code still goes to IT services.
    const recoded = sampleText(GROUP).replace('{code: "7654321", tag: ex-roads}', '{code: "7654322", tag: ex-roads}');
    expect(tickets([modified(file(GROUP, recoded))]).list.map((t) => t.key)).toEqual(['its-development', 'its-directory']);
  });

  it('a changed resource lists the tags that move with it: a file moved to another folder changes its RequestFile', () => {
    const moved = { path: 'requests/nutrition/ex-nutrition-analysis.yml', previousPath: INSTANCE, status: 'renamed' as const, file: file('requests/nutrition/ex-nutrition-analysis.yml', sampleText(INSTANCE)) };
    const { list } = tickets([moved]);
    expect(list.map((t) => t.requests.map((r) => [r.action, r.changes]))).toEqual([[['change', [{ field: 'tag RequestFile', before: INSTANCE, after: 'requests/nutrition/ex-nutrition-analysis.yml' }]]]]);
    // Edited together with its project's charge code, a resource shows the tags that move beside its own fields.
    const project = 'requests/ex/ex-nutrition.yml';
    const both = tickets([modified(file(project, sampleText(project).replace('chargeCode: ex-nutrition', 'chargeCode: ex-roads'))), modified(file(INSTANCE, sampleText(INSTANCE).replace('rootGiB: 100', 'rootGiB: 150')))]);
    const instance = both.list.flatMap((t) => t.requests).find((r) => r.id === 'ex-nutrition-analysis')!;
    expect(instance.changes).toEqual([
      { field: 'storage.rootGiB', before: '100', after: '150' },
      { field: 'tag ChargeCode', before: '1234567', after: '7654321' },
      { field: 'tag ChargeCodeTag', before: 'ex-nutrition', after: 'ex-roads' },
    ]);
  });

  it('an application in development', async () => {
    const text = sampleText(DASHBOARD).replace('purpose: A public Shiny server showing the market-access dashboard.', 'purpose: Scrapes market prices.');
    const { list, ctx } = tickets([added(file('requests/ex/ex-roads-scraper.yml', text))]);
    expect(list.map((t) => [t.key, t.useCase])).toEqual([['its-development', 'application']]);
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/application-development.md');
    await expect(renderTicket(policy, list[0]!, ctx, 'text')).toMatchFileSnapshot('__snapshots__/tickets/application-development.txt');
  });

  it('its promotion to production references the development ticket', async () => {
    const text = sampleText(DASHBOARD).replace('environment: development', 'environment: production\ntestedInDevelopment: Ran for two weeks with ministry partners; no incidents.');
    const { list, ctx } = tickets([modified(file(DASHBOARD, text))]);
    expect(list.map((t) => t.title)).toEqual(['ITS: promote ec2-instance ex-roads-dashboard in WBG AWS DIME PDMZ']);
    const markdown = renderTicket(policy, list[0]!, ctx, 'markdown');
    expect(markdown).toContain('(development ticket #17)');
    await expect(markdown).toMatchFileSnapshot('__snapshots__/tickets/promotion.md');
  });

  it('a promotion keeps saying that the team opted out of the support group (the production resource is built anew)', () => {
    const optedOut = sampleText(DASHBOARD).replace('environment: development', 'dimeAnalyticsAccess: false\nenvironment: development');
    const baseFiles = base.map((f) => (f.path === DASHBOARD ? file(DASHBOARD, optedOut) : f));
    const promoted = optedOut.replace('environment: development', 'environment: production\ntestedInDevelopment: Ran for two weeks with ministry partners; no incidents.');
    const evaluation = evaluate({ policy, base: baseFiles, changes: [modified(file(DASHBOARD, promoted))], pullRequest: { repository: 'dime/requests', number: 42 } });
    const ctx = context({ support: ['alex-analyst'], security: ['ois-officer'] })(evaluation.approvals);
    const [ticket] = planTickets(policy, evaluation, ctx);
    expect(renderTicket(policy, ticket!, ctx, 'markdown')).toContain('- **DIME Analytics support group:** not applied (the team opted out)');
    expect(renderTicket(policy, ticket!, ctx, 'text')).toContain('DIME Analytics support group: not applied (the team opted out)');
  });

  it('a change of instance type shows before and after', async () => {
    const text = sampleText(INSTANCE).replace('instanceType: r6i.xlarge', 'instanceType: r6i.2xlarge').replace('{memoryGiB: 32, vcpus: 4}', '{memoryGiB: 64, vcpus: 8}');
    const { list, ctx } = tickets([modified(file(INSTANCE, text))]);
    expect(list[0]!.requests[0]!.changes).toEqual([
      { field: 'requirements.memoryGiB', before: '32', after: '64' },
      { field: 'requirements.vcpus', before: '4', after: '8' },
      { field: 'instanceType', before: 'r6i.xlarge', after: 'r6i.2xlarge' },
    ]);
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/change-instance-type.md');
  });

  it('a decommission', async () => {
    const { list, ctx } = tickets([removed(INSTANCE)]);
    expect(list.map((t) => t.title)).toEqual(['ITS: decommission ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ']);
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/decommission.md');
  });

  it('a membership change is a checklist for the owners, not an ITS ticket', async () => {
    const text = sampleText(GROUP).replace('members: [c123456, c234567, c345678]', 'members: [c123456, c345678, c456789]');
    const { list, ctx } = tickets([modified(file(GROUP, text))], base, { support: ['alex-analyst'], 'owners:WBGMaster-DIME-EX-Admin': ['maria-researcher'] });
    expect(list.map((t) => [t.key, t.type, t.assignees])).toEqual([['owners-WBGMaster-DIME-EX-Admin', 'checklist', ['alex-analyst', 'maria-researcher']]]);
    expect(list[0]!.checklist).toEqual({ group: 'WBGMaster-DIME-EX-Admin', add: ['c456789'], remove: ['c234567'], addOwners: [], removeOwners: [] });
    await expect(renderTicket(policy, list[0]!, ctx, 'markdown')).toMatchFileSnapshot('__snapshots__/tickets/membership-checklist.md');
  });

  it("an owner change is applied by the group's current owners, and a new displayed owner is the directory's business", () => {
    const handover = sampleText(GROUP)
      .replace('  - {name: Maria Researcher, cAccount: c123456, github: maria-researcher, displayed: true}', '  - {name: Maria Researcher, cAccount: c123456, github: maria-researcher}\n  - {name: Omar Owner, cAccount: c234567, github: omar-owner, displayed: true}');
    const { list } = tickets([modified(file(GROUP, handover))], base, { support: ['alex-analyst'], 'owners:WBGMaster-DIME-EX-Admin': ['maria-researcher'] });
    expect(list.map((t) => [t.key, t.assignees])).toEqual([
      ['its-directory', []],
      ['owners-WBGMaster-DIME-EX-Admin', ['alex-analyst', 'maria-researcher']],
    ]);
    expect(list[1]!.checklist).toMatchObject({ addOwners: ['c234567'], removeOwners: [] });
  });

  it('moving the displayed mark between owners needs an owner and a directory ticket; writing out role: team needs nothing', () => {
    const roles = sampleText(GROUP).replace('github: maria-researcher, displayed: true}', 'github: maria-researcher, displayed: true, role: team}');
    const same = evaluate({ policy, base, changes: [modified(file(GROUP, roles))] });
    expect(same.approvals.map((a) => a.group)).toEqual(['support']);
    const twoOwners = base.map((f) => (f.path === GROUP ? file(GROUP, sampleText(GROUP).replace('displayed: true}', 'displayed: true}\n  - {name: Omar Owner, cAccount: c234567, github: omar-owner}')) : f));
    const moved = sampleText(GROUP).replace('displayed: true}', '}\n  - {name: Omar Owner, cAccount: c234567, github: omar-owner, displayed: true}');
    expect(evaluate({ policy, base: twoOwners, changes: [modified(file(GROUP, moved))] }).approvals.map((a) => a.group)).toEqual(['support', 'owners:WBGMaster-DIME-EX-Admin']);
    expect(tickets([modified(file(GROUP, moved))], twoOwners).list.map((t) => t.key)).toEqual(['its-directory']);
  });

  it('a pull request mixing several kinds of change gets several tickets', async () => {
    const group = sampleText(GROUP).replace('members: [c123456, c234567, c345678]', 'members: [c123456, c234567, c345678, c456789]');
    const project = sampleText('requests/ex/ex-nutrition.yml').replace(/ex-nutrition|dimeexnutrition|School Meals and Child Nutrition/g, (m) => ({ 'ex-nutrition': 'ex-nutrition', dimeexnutrition: 'dimeexwater', 'School Meals and Child Nutrition': 'Rural Water' })[m]!);
    const { list, ctx } = tickets([
      modified(file(GROUP, group)),
      added(file('requests/ex/ex-water.yml', project)),
      added(file('requests/ex/ex-water-analysis.yml', newInstance('Water survey analysis.', 'ex-water'))),
      added(file('requests/ex/ex-roads-scraper.yml', sampleText(DASHBOARD))),
      removed('requests/ex/dime-ex-nutrition-raw.yml'),
    ]);
    expect(list.map((t) => t.title)).toEqual([
      'ITS: decommission s3-bucket dime-ex-nutrition-raw, create ec2-instance ex-water-analysis in WBG AWS DIME PDMZ',
      'ITS: create ec2-instance ex-roads-scraper in WBG AWS DIME DEV PDMZ',
      'ITS: create project ex-water (directory groups and project tags)',
      'Group membership: change security-group WBGMaster-DIME-EX-Admin',
    ]);
    const all = list.map((t) => `${'='.repeat(20)} ${t.key}\n${renderTicketIssue(policy, t, ctx)}`).join('\n');
    await expect(all).toMatchFileSnapshot('__snapshots__/tickets/mixed.md');
  });

  it('asks for nothing when only documentation or policy change', () => {
    const evaluation = evaluate({ policy, base, changes: [{ path: 'docs/how-to-request.md', status: 'modified' }, modified(file('policy.yml', sampleText('policy.yml')))] });
    expect(planTickets(policy, evaluation, { approvals: [] })).toEqual([]);
  });

  it('keeps request text inert in the Markdown ticket and intact in the text one', () => {
    const text = newInstance('Uses @dime/everyone <!-- aws-requests:ticket --> and ```fences``` | pipes', 'ex-nutrition');
    const { list, ctx } = tickets([added(file('requests/ex/ex-evil.yml', text))]);
    const markdown = renderTicketIssue(policy, list[0]!, ctx);
    expect(markdown).not.toMatch(/@dime|<!-- aws-requests:ticket -->|```/);
    expect(markdown.match(/<!-- aws-requests:ticket/g)).toHaveLength(1);
    expect(renderTicket(policy, list[0]!, ctx, 'text')).toContain('Purpose: Uses @dime/everyone <!-- aws-requests:ticket --> and ```fences``` | pipes');
  });

  it('caps the title at 256 characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => added(file(`requests/ex/ex-nutrition-node-${i}.yml`, newInstance(`Node ${i}.`, 'ex-nutrition'))));
    const { list } = tickets(many);
    expect(list[0]!.title.length).toBeLessThanOrEqual(256);
    expect(list[0]!.title).toMatch(/and \d+ more in WBG AWS DIME PDMZ$/);
  });
});

describe('the template language', () => {
  it('fills values, repeats lists, shows sections by truth, and drops standalone tag lines', () => {
    const template = 'Hi {{name}}\n{{#items}}\n- {{.}}\n{{/items}}\n{{^items}}\nnone\n{{/items}}\n{{#flag}}on{{/flag}}{{! note }}\n';
    expect(renderTemplate(template, { name: 'a_b', items: ['x', 'y'], flag: true })).toBe('Hi a_b\n- x\n- y\non\n');
    expect(renderTemplate(template, { name: 'z', items: [], flag: false })).toBe('Hi z\nnone\n\n');
  });

  it('escapes values but not {{&raw}} ones', () => {
    expect(renderTemplate('{{v}} {{&v}}', { v: 'a*b' }, (t) => t.replace('*', '\\*'))).toBe('a\\*b a*b');
  });

  it('reports broken templates in words', () => {
    expect(templateProblem('{{#a}}x')).toBe('`{{#a}}` is never closed.');
    expect(templateProblem('{{#a}}x{{/b}}')).toBe('`{{/b}}` closes `{{#a}}`.');
    expect(templateProblem('{{a b}}')).toContain('is not a valid placeholder');
  });
});

describe('the pull-request comment', () => {
  it('is unaffected by ticket planning', () => {
    const evaluation = evaluate({ policy, base, changes: [removed(INSTANCE)] });
    expect(renderMarkdown(evaluation)).toContain('removed ec2-instance `ex-nutrition-analysis`');
  });

  it('lists the existing resources whose tags change, each linked to its file', () => {
    const project = 'requests/ex/ex-roads.yml';
    const evaluation = evaluate({ policy, base, changes: [modified(file(project, sampleText(project).replace('tag: dimeexroads', 'tag: dimeexmarkets')))] });
    const body = renderMarkdown(evaluation, { link: (path, line) => `https://example.org/blob/${path}#L${line}` });
    expect(body).toContain(
      [
        '### Existing resources whose tags change',
        '',
        'These resources stay as they are, but their project or its group changes the values of their tags; the merge asks IT services to update them:',
        '',
        '- ec2-instance `ex-roads-dashboard` in development (WBG AWS DIME DEV PDMZ), [`requests/ex/ex-roads-dashboard.yml:1`](https://example.org/blob/requests/ex/ex-roads-dashboard.yml#L1): its project ex-roads changes. `Project` `dimeexroads` → `dimeexmarkets`',
      ].join('\n'),
    );
  });
});

describe('the minimum testing period before a promotion', () => {
  const text = sampleText(DASHBOARD).replace('environment: development', 'environment: production\ntestedInDevelopment: Ran for two weeks with ministry partners.');
  const strict = { ...policy, promotion: { minimumDays: 14 } };
  const judge = (since?: string) =>
    evaluate({ policy: strict, base, changes: [modified(file(DASHBOARD, text))], developmentSince: since ? new Map([['ex-roads-dashboard', since]]) : undefined, now: '2026-11-28T12:00:00Z' });

  it('passes once the development ticket is old enough', () => {
    expect(judge('2026-11-01T00:00:00Z').ok).toBe(true);
  });

  it('refuses a promotion that comes too early, saying how long is left', () => {
    const evaluation = judge('2026-11-20T00:00:00Z');
    expect(evaluation.files[0]!.findings).toEqual([expect.objectContaining({ rule: 'promotion-too-early', line: 4, message: expect.stringContaining('8 days old; the policy asks for 14 days') })]);
  });

  it('leaves it to the security reviewers, with a warning, when no development ticket can date it', () => {
    // An error here could never be resolved: a resource older than the checks has no ticket to find.
    const evaluation = judge();
    expect(evaluation.ok).toBe(true);
    expect(evaluation.files[0]!.findings).toEqual([expect.objectContaining({ rule: 'promotion-too-early', severity: 'warning', message: expect.stringContaining('no development ticket filed by aws-requests was found to date it') })]);
    expect(evaluation.approvals.map((a) => a.group)).toContain('security');
  });
});

describe('tickets too long for one issue', () => {
  const buckets = (count: number): FileChange[] =>
    Array.from({ length: count }, (_, i) => {
      const name = `dime-ex-nutrition-part-${String(i).padStart(3, '0')}`;
      return added(file(`requests/ex/${name}.yml`, sampleText('requests/ex/dime-ex-nutrition-raw.yml').replace(/dime-ex-nutrition-raw/g, name)));
    });

  it('splits into parts of whole requests, in order, each issue under GitHub\'s limit, found again by its own key', () => {
    const { list, ctx } = tickets(buckets(120));
    expect(list.map((t) => t.key)).toEqual(['its-production']);
    expect(renderTicketIssue(policy, list[0]!, ctx)).toContain('The rest of this ticket is cut');
    const parts = fitTickets(policy, list, ctx);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.key)).toEqual(parts.map((_, i) => `its-production-part-${i + 1}`));
    expect(parts.flatMap((p) => p.requests.map((r) => r.id))).toEqual(list[0]!.requests.map((r) => r.id));
    for (const [i, part] of parts.entries()) {
      const body = renderTicketIssue(policy, part, ctx);
      expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY);
      expect(body).not.toContain('The rest of this ticket is cut');
      expect(body.startsWith(`<!-- aws-requests:ticket pr=42 ticket=its-production-part-${i + 1} -->\n`)).toBe(true);
      expect(part.title).toMatch(new RegExp(`^ITS: create s3-bucket dime-ex-nutrition-part-\\d{3}, .* more in WBG AWS DIME PDMZ \\(part ${i + 1} of ${parts.length}\\)$`));
      expect(part.title.length).toBeLessThanOrEqual(256);
    }
    // Parts are as full as fits: joining any part with the next request would not.
    const joined = renderTicketIssue(policy, { ...parts[0]!, requests: [...parts[0]!.requests, parts[1]!.requests[0]!] }, ctx);
    expect(joined.length > MAX_ISSUE_BODY - 200 || joined.includes('The rest of this ticket is cut')).toBe(true);
  });

  it('leaves a ticket that fits as it is, and cuts, saying so, one that one request alone makes too long', () => {
    const { list, ctx } = tickets(buckets(2));
    expect(fitTickets(policy, list, ctx)).toEqual(list);
    const request = list[0]!.requests[0]!;
    const huge = { ...list[0]!, requests: [{ ...request, specs: [...request.specs, { label: 'Purpose', value: 'x'.repeat(70_000) }] }] };
    const body = renderTicketIssue(policy, huge, ctx);
    expect(body.length).toBe(MAX_ISSUE_BODY);
    expect(body).toMatch(/The rest of this ticket is cut: GitHub limits an issue to 65,536 characters\. The pull request has the whole change\.\n$/);
  });
});
