import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/types.js';
import { evaluate, type Evaluation, type FileChange } from '../src/rules/evaluate.js';
import { fieldPath } from '../src/rules/schema-findings.js';
import { added, file, modified, removed, sampleInventory, sampleText, shippedPolicy } from './helpers.js';

const policy = shippedPolicy();
const base = sampleInventory();
const INSTANCE = 'requests/ex/ex-nutrition-analysis.yml';
const DASHBOARD = 'requests/ex/ex-roads-dashboard.yml';
const GROUP = 'requests/groups/WBGMaster-DIME-EX-Admin.yml';
const PROJECT = 'requests/ex/ex-nutrition.yml';

function judge(changes: FileChange[], baseFiles = base): Evaluation {
  return evaluate({ policy, base: baseFiles, changes });
}

function findings(evaluation: Evaluation, severity?: 'error' | 'warning'): Finding[] {
  return evaluation.files.flatMap((f) => f.findings).filter((f) => !severity || f.severity === severity);
}

function only(evaluation: Evaluation, rule: string): Finding {
  const matching = findings(evaluation).filter((f) => f.rule === rule);
  expect(matching, `findings with rule ${rule}: ${JSON.stringify(findings(evaluation), null, 1)}`).toHaveLength(1);
  return matching[0]!;
}

/** Edit one sample file by replacing a line (exact text) and return it as a modification. */
function edit(path: string, from: string, to: string): FileChange {
  const text = sampleText(path);
  expect(text).toContain(from);
  return modified(file(path, text.replace(from, to)));
}

describe('the shipped sample inventory', () => {
  it('is valid as a whole and classifies each resource', () => {
    const evaluation = evaluate({ policy, base: [], changes: base.map(added), mode: 'inventory' });
    expect(findings(evaluation, 'error')).toEqual([]);
    const verdicts = Object.fromEntries(evaluation.requests.map((r) => [r.id, [r.kind, r.useCase, r.environment]]));
    expect(verdicts).toEqual({
      'dime-ex-nutrition-raw': ['s3-bucket', 'computation', 'production'],
      'ex-nutrition': ['project', 'computation', null],
      'ex-nutrition-analysis': ['ec2-instance', 'computation', 'production'],
      'ex-roads': ['project', 'application', null],
      'ex-roads-dashboard': ['ec2-instance', 'application', 'development'],
      'WBGMaster-DIME-EX-Admin': ['security-group', null, null],
    });
    expect(evaluation.labels).toEqual(['application', 'ois-approval-required']);
  });

  it('locates what it finds in a valid file when judging every file as it does in a pull request (locations read again when asked)', () => {
    const development = file(INSTANCE, sampleText(INSTANCE).replace('environment: production', 'environment: development'));
    const changes = [...base.filter((f) => f.path !== INSTANCE).map(added), added(development)];
    const reasons = (evaluation: Evaluation): unknown[] => evaluation.requests.find((r) => r.id === 'ex-nutrition-analysis')!.reasons.map((r) => [r.rule, r.line, r.column]);
    const pullRequest = evaluate({ policy, base: [], changes });
    const inPullRequest = only(pullRequest, 'environment-computation');
    expect(inPullRequest).toMatchObject({ path: INSTANCE, line: 4, column: 14 });
    expect(reasons(pullRequest)).toEqual([
      ['standard-software', 11, 3],
      ['internal-inbound', 16, 10],
    ]);
    for (const mode of ['inventory', 'files'] as const) {
      const evaluation = evaluate({ policy, base: [], changes, mode });
      expect(only(evaluation, 'environment-computation')).toEqual(inPullRequest);
      expect(reasons(evaluation)).toEqual(reasons(pullRequest));
    }
  });

  it('judges each file on its own as it judges the whole inventory, keeping no documents', () => {
    // Read after its project: the project's use case waits for every file. A second file with an id already
    // judged is not judged again, whatever it says; a file that fails its schema has a verdict without a use case.
    const publicBucket = file('requests/zz/dime-ex-nutrition-site.yml', sampleText('requests/ex/dime-ex-nutrition-raw.yml').replace('bucket: dime-ex-nutrition-raw', 'bucket: dime-ex-nutrition-site').replace('publicAccess: false', 'publicAccess: true'));
    const sameId = file('requests/zz/EX-Nutrition-Analysis.yml', sampleText(INSTANCE).replace('environment: production', 'environment: development'));
    const broken = file('requests/zz/ex-roads-extra.yml', sampleText(DASHBOARD).replace('autoStop: false', 'autoStop: maybe'));
    const changes = [...base, publicBucket, sameId, broken].map(added);
    const verdicts = (evaluation: Evaluation): unknown[] => evaluation.requests.map(({ id, kind, path, change, useCase, environment, account, reasons }) => ({ id, kind, path, change, useCase, environment, account, reasons }));
    const inventory = evaluate({ policy, base: [], changes, mode: 'inventory' });
    const files = evaluate({ policy, base: [], changes, mode: 'files' });
    expect(verdicts(files)).toEqual(verdicts(inventory));
    expect(files.requests.find((r) => r.id === 'ex-nutrition')).toMatchObject({ useCase: 'application', path: PROJECT });
    expect(files.requests.find((r) => r.id === 'ex-nutrition-analysis')).toMatchObject({ path: INSTANCE, environment: 'production' });
    expect(files.requests.find((r) => r.id === 'ex-roads-extra')).toMatchObject({ useCase: null, environment: null });
    expect(files.requests.map((r) => r.request)).toEqual(files.requests.map(() => null));
    expect(files.approvals.find((a) => a.group === 'security')!.reasons).toEqual(inventory.approvals.find((a) => a.group === 'security')!.reasons);
    expect(only(files, 'schema-type')).toMatchObject({ path: broken.path, line: 15 });
    expect(findings(files).filter((f) => f.rule !== 'schema-type')).toEqual([]);
  });

  it('fills every tag for a resource from its project and group', () => {
    const evaluation = evaluate({ policy, base: [], changes: base.map(added), mode: 'inventory', pullRequest: { repository: 'org/requests', number: 12 } });
    const instance = evaluation.requests.find((r) => r.id === 'ex-nutrition-analysis')!;
    expect(instance.tags).toEqual([
      { key: 'Project', value: 'dimeexnutrition' },
      { key: 'ChargeCode', value: '1234567' },
      { key: 'ChargeCodeTag', value: 'ex-nutrition' },
      { key: 'SecurityGroup', value: 'WBGMaster-DIME-EX-Admin' },
      { key: 'UseCase', value: 'computation' },
      { key: 'Environment', value: 'production' },
      { key: 'DataClassification', value: 'official-use-only' },
      { key: 'RequestId', value: 'org/requests/pull/12' },
      { key: 'RequestFile', value: INSTANCE },
      { key: 'ManagedBy', value: 'aws-requests' },
    ]);
  });
});

describe('classification', () => {
  it('gives a computation verdict with reasons that point at lines', () => {
    const evaluation = judge([edit(INSTANCE, 'purpose: Runs', 'purpose: Still runs')]);
    const [verdict] = evaluation.requests;
    expect(verdict).toMatchObject({ id: 'ex-nutrition-analysis', change: 'changed', useCase: 'computation', account: 'WBG AWS DIME PDMZ' });
    expect(verdict!.reasons.map((r) => [r.rule, r.line])).toEqual([
      ['standard-software', 11],
      ['internal-inbound', 16],
    ]);
    expect(verdict!.reasons[0]!.message).toContain('`R` (pre-approved in policy.yml)');
    expect(verdict!.diff).toEqual([{ field: 'purpose', before: 'Runs the cleaning and analysis scripts in Python and R.', after: 'Still runs the cleaning and analysis scripts in Python and R.' }]);
    expect(evaluation.labels).toEqual(['computation']);
    expect(evaluation.approvals.map((a) => a.group)).toEqual(['support']);
  });

  it('makes non-standard software and public inbound an application, each reason on its line', () => {
    const text = `kind: ec2-instance
project: ex-roads
environment: development
requirements: {memoryGiB: 4, vcpus: 2}
os: rhel-9
storage: {rootGiB: 20}
software:
  - python3.11
  - {name: chromedriver, source: download, why: scraping}
  - some-unknown-tool
inbound:
  - {port: 22, protocol: tcp, from: 10.1.0.0/16}
  - {port: 8080, protocol: tcp, from: 203.0.113.0/24}
internetAccess: [example.org]
autoStop: true
`;
    const evaluation = judge([added(file('requests/ex/ex-scraper.yml', text))]);
    const [verdict] = evaluation.requests;
    expect(verdict!.useCase).toBe('application');
    expect(verdict!.reasons.map((r) => [r.rule, r.line, r.column])).toEqual([
      ['non-standard-software', 9, 5],
      ['non-standard-software', 10, 5],
      ['public-inbound', 13, 39],
    ]);
    expect(evaluation.labels).toEqual(['application', 'ois-approval-required']);
    expect(evaluation.approvals.map((a) => [a.group, a.name])).toEqual([
      ['support', 'DIME Analytics'],
      ['security', 'Office of Information Security (OIS)'],
    ]);
  });

  it('treats a public bucket as an application', () => {
    const evaluation = judge([edit('requests/ex/dime-ex-nutrition-raw.yml', 'publicAccess: false', 'publicAccess: true')]);
    expect(evaluation.requests[0]).toMatchObject({ useCase: 'application' });
    // Still in production and not promoted: an application must start in development.
    expect(only(evaluation, 'environment-application').line).toBe(4);
  });
});

describe('environment rules', () => {
  it('refuses computation outside production', () => {
    const evaluation = judge([edit(INSTANCE, 'environment: production', 'environment: development')]);
    const f = only(evaluation, 'environment-computation');
    expect([f.line, f.column, f.severity]).toEqual([4, 14, 'error']);
    expect(f.message).toContain('set `environment: production`');
  });

  it('refuses a new application straight in production', () => {
    const text = sampleText(DASHBOARD).replace('environment: development', 'environment: production');
    const evaluation = judge([removed(DASHBOARD), added(file('requests/ex/ex-roads-dashboard2.yml', text))]);
    expect(only(evaluation, 'environment-application').message).toContain('Applications are created first in development');
  });

  it('does not tell a production resource that becomes an application to move to development, which it cannot', () => {
    const evaluation = judge([edit(INSTANCE, '  - git\n', '  - git\n  - {name: chromedriver, source: download, why: scraping}\n')]);
    const message = only(evaluation, 'environment-application').message;
    expect(message).not.toContain('set `environment: development`');
    expect(message).toContain('a production resource cannot move back: undo what makes it an application, or request the new setup as a new resource in a new file, in development');
  });

  it('accepts a promotion from development with a testing note, and requires security approval', () => {
    const text = sampleText(DASHBOARD).replace('environment: development', 'environment: production\ntestedInDevelopment: Ran the dashboard for two weeks with partners.');
    const evaluation = judge([modified(file(DASHBOARD, text))]);
    expect(findings(evaluation, 'error')).toEqual([]);
    expect(evaluation.requests[0]).toMatchObject({ change: 'promoted', environment: 'production', account: 'WBG AWS DIME PDMZ' });
    expect(evaluation.approvals.find((a) => a.group === 'security')!.reasons).toContain('ex-roads-dashboard is promoted from development to production.');
  });

  it('refuses a promotion without a testing note', () => {
    const evaluation = judge([edit(DASHBOARD, 'environment: development', 'environment: production')]);
    expect(only(evaluation, 'promotion-tested').line).toBe(4);
  });
});

describe('files in the wrong place or under a new name', () => {
  it('warns about a request saved outside requests/, at its kind line', () => {
    const evaluation = judge([added(file('wa/wa-water-gpu.yml', `# copied\n${sampleText(INSTANCE)}`))]);
    const f = only(evaluation, 'request-outside');
    expect([f.path, f.line, f.column, f.severity]).toEqual(['wa/wa-water-gpu.yml', 3, 1, 'warning']);
    expect(f.message).toBe("This file is a request (`kind: ec2-instance`) but it is outside `requests/`, so it is not judged and no ticket would be filed for it: move it into your team's folder under `requests/`.");
    // YAML elsewhere that is no request, and workflows, are left alone.
    expect(judge([added(file('config/app.yml', 'kind: Deployment\n')), added(file('.github/workflows/x.yml', 'kind: project\n')), added(file('test/corpus/x.yml', sampleText(INSTANCE)))]).files).toEqual([]);
  });

  it('warns that renaming a request file decommissions one resource and creates another', () => {
    const renamed: FileChange = { path: 'requests/ex/ex-nutrition-compute.yml', previousPath: INSTANCE, status: 'renamed', file: file('requests/ex/ex-nutrition-compute.yml', sampleText(INSTANCE)) };
    const evaluation = judge([renamed]);
    const f = only(evaluation, 'request-renamed');
    expect([f.path, f.severity]).toEqual(['requests/ex/ex-nutrition-compute.yml', 'warning']);
    expect(f.message).toContain('renaming it decommissions `ex-nutrition-analysis` and creates `ex-nutrition-compute` anew');
    expect(evaluation.requests.map((r) => [r.id, r.change])).toEqual([['ex-nutrition-analysis', 'removed'], ['ex-nutrition-compute', 'created']]);
    // Moving it to another folder keeps its id: no warning.
    const moved: FileChange = { path: 'requests/other/ex-nutrition-analysis.yml', previousPath: INSTANCE, status: 'renamed', file: file('requests/other/ex-nutrition-analysis.yml', sampleText(INSTANCE)) };
    expect(judge([moved]).files.flatMap((x) => x.findings).filter((x) => x.rule === 'request-renamed')).toEqual([]);
  });

  it('takes a .gitkeep that keeps a new team folder for what it is', () => {
    expect(judge([added(file('requests/wa/.gitkeep', ''))]).files).toEqual([]);
  });
});

describe('schema findings', () => {
  it('names a field by its path, counting list items from 1 as the messages about repeated items do', () => {
    expect(fieldPath('')).toBe('the file');
    expect(fieldPath('/requirements/vcpus')).toBe('`requirements.vcpus`');
    expect(fieldPath('/software/0')).toBe('item 1 of `software`');
    expect(fieldPath('/owners/2/cAccount')).toBe('`cAccount` in item 3 of `owners`');
    expect(fieldPath('/a/0/b/1')).toBe('item 2 of `b` in item 1 of `a`');
    expect(fieldPath('/a~1b/0/c~0d')).toBe('`c~d` in item 1 of `a/b`');
  });


  it('suggests the field a typo meant, at the key', () => {
    const evaluation = judge([edit(INSTANCE, 'requirements: {memoryGiB: 32, vcpus: 4}', 'requirements: {memroyGiB: 32, vcpus: 4}')]);
    const f = only(evaluation, 'schema-additionalProperties');
    expect([f.line, f.column]).toEqual([6, 16]);
    expect(f.message).toBe('Unknown field `memroyGiB` in `requirements`: did you mean `memoryGiB`?');
    // The missing memoryGiB is reported at the parent key.
    expect(only(evaluation, 'schema-required')).toMatchObject({ line: 6, column: 1 });
  });

  it('says which type a value must be', () => {
    const evaluation = judge([edit(INSTANCE, 'autoStop: true', 'autoStop: "sometimes"')]);
    const f = only(evaluation, 'schema-type');
    expect([f.line, f.column]).toEqual([18, 11]);
    expect(f.message).toContain('`autoStop` must be true or false, not text');
  });

  it('suggests the enum value a typo meant', () => {
    const evaluation = judge([edit(INSTANCE, 'os: rhel-9', 'os: rhel9')]);
    expect(only(evaluation, 'schema-enum').message).toContain('did you mean `rhel-9`?');
  });

  it('names an unknown kind and the closest real one', () => {
    const evaluation = judge([added(file('requests/ex/new.yml', 'kind: ec2-instanse\n'))]);
    const f = only(evaluation, 'kind');
    expect([f.line, f.column]).toEqual([1, 7]);
    expect(f.message).toBe('Unknown kind `ec2-instanse`: did you mean `ec2-instance`?');
  });

  it('names both accepted forms when a software item is neither', () => {
    const f = only(judge([edit(INSTANCE, '  - git\n', '  - 42\n')]), 'schema-anyOf');
    expect(f.message).toBe('Item 4 of `software` is neither of the accepted forms: a package name from the Red Hat repositories, e.g. `python3.11`; or software installed another way, as `{name, source, why}`, e.g. `{name: chromedriver, source: download, why: scraping}`.');
  });

  it('reports one relevant message for a malformed software item', () => {
    const evaluation = judge([edit(INSTANCE, '  - git\n', '  - {name: git, sauce: redhat}\n')]);
    const f = only(evaluation, 'schema-additionalProperties');
    expect(f.message).toContain('Unknown field `sauce` in item 4 of `software`');
    expect(findings(evaluation, 'error')).toHaveLength(1);
  });
});

describe('per-file rules', () => {
  it('suggests a real instance type for a typo', () => {
    const evaluation = judge([edit(INSTANCE, 'instanceType: r6i.xlarge', 'instanceType: r6i.xlarg')]);
    expect(only(evaluation, 'instance-type').message).toContain('did you mean `r6i.xlarge`?');
  });

  it('refuses an instance type smaller than the requirements and warns about one far bigger', () => {
    const small = judge([edit(INSTANCE, 'instanceType: r6i.xlarge', 'instanceType: m5.large')]);
    expect(only(small, 'instance-type-too-small').message).toContain('has 2 vCPUs and 8 GiB');
    const big = judge([edit(INSTANCE, 'instanceType: r6i.xlarge', 'instanceType: r6i.4xlarge')]);
    expect(only(big, 'instance-type-oversized').severity).toBe('warning');
    expect(big.ok).toBe(true);
  });

  it('checks volume sizes against the policy', () => {
    const evaluation = judge([edit(INSTANCE, 'rootGiB: 100', 'rootGiB: 4')]);
    expect(only(evaluation, 'volume-size').message).toBe('The system disk must be between 8 and 16384 GiB (policy.yml); it is 4.');
  });

  it('warns, without failing, when a resource opts out of the support group', () => {
    const evaluation = judge([edit(INSTANCE, 'dimeAnalyticsAccess: true', 'dimeAnalyticsAccess: false')]);
    const f = only(evaluation, 'support-opt-out');
    expect([f.severity, f.line]).toEqual(['warning', 19]);
    expect(evaluation.ok).toBe(true);
  });

  it.each([
    ['ab', 'must be 3 to 63 characters long'],
    ['Dime-Data', 'may contain only lower-case letters'],
    ['dime-data-', 'must start and end with a letter or digit'],
    ['dime..data', 'must not contain two dots in a row'],
    ['192.168.1.1', 'must not look like an IP address'],
    ['xn--dime', 'must not start with `xn--`'],
    ['sthree-dime', 'must not start with `sthree-`'],
    ['amzn-s3-demo-dime', 'must not start with `amzn-s3-demo-`'],
    ['dime-data-s3alias', 'must not end with `-s3alias`'],
    ['dime-data--ol-s3', 'must not end with `--ol-s3`'],
    ['dime-data.mrap', 'must not end with `.mrap`'],
    ['dime-data--x-s3', 'must not end with `--x-s3`'],
    ['dime-data--table-s3', 'must not end with `--table-s3`'],
  ])('refuses the bucket name %s', (name, message) => {
    const evaluation = judge([edit('requests/ex/dime-ex-nutrition-raw.yml', 'bucket: dime-ex-nutrition-raw', `bucket: "${name}"`)]);
    const f = only(evaluation, 'bucket-name');
    expect([f.line, f.column]).toEqual([6, 9]);
    expect(f.message).toContain(message);
  });

  it('warns that a bucket name without the organisation prefix may be taken', () => {
    const evaluation = judge([edit('requests/ex/dime-ex-nutrition-raw.yml', 'bucket: dime-ex-nutrition-raw', 'bucket: survey-data')]);
    expect(only(evaluation, 'bucket-name-collision').severity).toBe('warning');
  });

  it('enforces the owner rules of a security group', () => {
    const evaluation = judge([
      edit(GROUP, '{name: Maria Researcher, cAccount: c123456, github: maria-researcher, displayed: true}', '{name: Maria Researcher, cAccount: x123456, github: maria-researcher, role: dime-analytics}'),
    ]);
    const rules = findings(evaluation, 'error').map((f) => [f.rule, f.line, f.message]);
    expect(rules).toEqual([
      ['group-owners', 7, 'A group needs at least one owner from the team itself: add one with `displayed: true`.'],
      ['c-account', 9, expect.stringContaining('`x123456` is not a cloud account')],
      ['group-owners', 9, 'A group has exactly one owner with `role: dime-analytics` (from DIME Analytics); this one has 2.'],
    ]);
  });

  it('refuses a group whose team owners are all hidden: the directory shows one as its contact', () => {
    const evaluation = judge([edit(GROUP, 'github: maria-researcher, displayed: true}', 'github: maria-researcher}')]);
    const f = only(evaluation, 'group-displayed-owner');
    expect([f.line, f.column, f.severity]).toEqual([7, 1, 'error']);
    expect(f.message).toBe("The directory shows one team owner as the group's contact: add `displayed: true` to one of the team owners (for example Maria Researcher).");
  });

  it('refuses a group whose name breaks the pattern or differs from the file', () => {
    const evaluation = judge([edit(GROUP, 'name: WBGMaster-DIME-EX-Admin', 'name: WBGMaster-DIME-EXT-Admin')]);
    expect(findings(evaluation, 'error').map((f) => f.rule)).toEqual(expect.arrayContaining(['group-file-name', 'group-name']));
  });
});

describe('tags of existing resources', () => {
  const BUCKET = 'requests/ex/dime-ex-nutrition-raw.yml';
  const retagged = (evaluation: Evaluation) => evaluation.retags.map((r) => [r.id, r.environment, r.because, r.changes]);

  it('lists every resource of a project whose charge code changes, with the tags that move', () => {
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads')]);
    expect(findings(evaluation, 'error')).toEqual([]);
    const moved = [
      { key: 'ChargeCode', before: '1234567', after: '7654321' },
      { key: 'ChargeCodeTag', before: 'ex-nutrition', after: 'ex-roads' },
    ];
    expect(retagged(evaluation)).toEqual([
      ['dime-ex-nutrition-raw', 'production', 'its project ex-nutrition changes', moved],
      ['ex-nutrition-analysis', 'production', 'its project ex-nutrition changes', moved],
    ]);
  });

  it('follows a project tag and a data classification to their resources', () => {
    const tag = judge([edit(PROJECT, 'tag: dimeexnutrition', 'tag: dimeexmeals')]);
    expect(tag.retags.map((r) => [r.id, r.changes])).toEqual([
      ['dime-ex-nutrition-raw', [{ key: 'Project', before: 'dimeexnutrition', after: 'dimeexmeals' }]],
      ['ex-nutrition-analysis', [{ key: 'Project', before: 'dimeexnutrition', after: 'dimeexmeals' }]],
    ]);
    const classification = judge([edit('requests/ex/ex-roads.yml', 'classification: public', 'classification: confidential')]);
    expect(retagged(classification)).toEqual([['ex-roads-dashboard', 'development', 'its project ex-roads changes', [{ key: 'DataClassification', before: 'public', after: 'confidential' }]]]);
  });

  it("follows a group's charge code to the resources of the projects that use it, and only those", () => {
    const evaluation = judge([edit(GROUP, '{code: "7654321", tag: ex-roads}', '{code: "7650000", tag: ex-roads}')]);
    expect(retagged(evaluation)).toEqual([['ex-roads-dashboard', 'development', "its project's security group WBGMaster-DIME-EX-Admin changes", [{ key: 'ChargeCode', before: '7654321', after: '7650000' }]]]);
  });

  it('lists nothing when the change leaves every tag as it was', () => {
    expect(judge([edit(GROUP, 'members: [c123456, c234567, c345678]', 'members: [c123456, c234567]')]).retags).toEqual([]);
    expect(judge([edit(PROJECT, 'sizeGB: 200', 'sizeGB: 300')]).retags).toEqual([]);
    expect(judge([edit(INSTANCE, 'autoStop: true', 'autoStop: false')]).retags).toEqual([]);
  });

  it('leaves out a resource the change edits too: its own verdict carries its new tags', () => {
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads'), edit(BUCKET, 'versioning: true', 'versioning: false')]);
    expect(evaluation.retags.map((r) => r.id)).toEqual(['ex-nutrition-analysis']);
    expect(evaluation.requests.find((r) => r.id === 'dime-ex-nutrition-raw')!.tags).toContainEqual({ key: 'ChargeCode', value: '7654321' });
  });

  it("says which tags of a changed resource move with its project's change in the same pull request, and none when only the resource changes", () => {
    const moved = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads'), edit(BUCKET, 'versioning: true', 'versioning: false')]);
    expect(moved.requests.find((r) => r.id === 'dime-ex-nutrition-raw')!.tagChanges).toEqual([
      { key: 'ChargeCode', before: '1234567', after: '7654321' },
      { key: 'ChargeCodeTag', before: 'ex-nutrition', after: 'ex-roads' },
    ]);
    const alone = judge([edit(BUCKET, 'versioning: true', 'versioning: false')]);
    expect(alone.requests.find((r) => r.id === 'dime-ex-nutrition-raw')!.tagChanges).toEqual([]);
  });

  it('lists a resource whose file the change touches only in its comments (it gets no verdict of its own)', () => {
    const comment = modified(file(INSTANCE, `${sampleText(INSTANCE)}# reviewed in March\n`));
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads'), comment]);
    expect(evaluation.requests.map((r) => r.id)).toEqual(['ex-nutrition']);
    expect(evaluation.retags.map((r) => r.id)).toEqual(['dime-ex-nutrition-raw', 'ex-nutrition-analysis']);
  });

  it('lists every tag when the project was not valid on the base branch, since the tags the resources carry are not known', () => {
    const broken = base.map((f) => (f.path === PROJECT ? file(PROJECT, sampleText(PROJECT).replace('unit: DECIE,', 'unit: decie,')) : f));
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads')], broken);
    expect(findings(evaluation, 'error')).toEqual([]);
    const [bucket] = evaluation.retags;
    expect(bucket!.because).toBe("its project ex-nutrition changes, and it was not valid before, so the resource's present tags are not known: every tag is listed");
    expect(bucket!.changes.map((c) => [c.key, c.before, c.after])).toContainEqual(['ChargeCode', '', '7654321']);
    expect(bucket!.changes.map((c) => c.key)).toEqual(['Project', 'ChargeCode', 'ChargeCodeTag', 'SecurityGroup', 'UseCase', 'Environment', 'DataClassification', 'RequestFile', 'ManagedBy']);
  });

  it('leaves out resources whose new tags cannot be filled: the error on the pull request says why', () => {
    const evaluation = judge([edit(GROUP, '{code: "1234567", tag: ex-nutrition}', '{code: "1234567", tag: ex-nutri}')]);
    expect(findings(evaluation, 'error').map((f) => [f.path, f.rule])).toEqual([[PROJECT, 'charge-code']]);
    expect(evaluation.retags).toEqual([]);
  });

  it('names the project by its own id, whatever case the resource writes it in', () => {
    const BUCKET_TEXT = sampleText(BUCKET).replace('project: ex-nutrition', 'project: EX-Nutrition');
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads')], base.map((f) => (f.path === BUCKET ? file(BUCKET, BUCKET_TEXT) : f)));
    expect(evaluation.retags.find((r) => r.id === 'dime-ex-nutrition-raw')!.because).toBe('its project ex-nutrition changes');
  });

  it('is empty when judging the whole inventory, which has no tags before', () => {
    expect(evaluate({ policy, base: [], changes: base.map(added), mode: 'inventory' }).retags).toEqual([]);
  });
});

describe('cross-file rules', () => {
  it('refuses a reference to a project that does not exist, suggesting the closest', () => {
    const evaluation = judge([edit(INSTANCE, 'project: ex-nutrition', 'project: ex-nutriton')]);
    const f = only(evaluation, 'reference');
    expect([f.line, f.column]).toEqual([3, 10]);
    expect(f.message).toBe('No project `ex-nutriton` exists under requests/: did you mean `ex-nutrition`?');
  });

  it('requires a charge code when the group has several', () => {
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition\n', '')]);
    const f = only(evaluation, 'charge-code-required');
    expect(f.message).toContain('add `chargeCode:` with one of their tags (`ex-nutrition`, `ex-roads`)');
    expect(f.line).toBe(5);
  });

  it('refuses an unknown charge-code tag with a suggestion', () => {
    const evaluation = judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-nutriton')]);
    expect(only(evaluation, 'charge-code').message).toContain('did you mean `ex-nutrition`?');
  });

  it('fills the only charge code in automatically', () => {
    const group = sampleText(GROUP).replace('  - {code: "7654321", tag: ex-roads}\n', '');
    const projects = [PROJECT, 'requests/ex/ex-roads.yml'].map((p) => modified(file(p, sampleText(p).replace(/chargeCode: .*\n/, ''))));
    const evaluation = judge([modified(file(GROUP, group)), ...projects]);
    expect(findings(evaluation, 'error')).toEqual([]);
    const instance = evaluate({ policy, base: [], changes: [...base.filter((f) => f.path !== GROUP && f.path !== PROJECT).map(added), modified(file(GROUP, group)), projects[0]!], mode: 'inventory' });
    expect(instance.requests.find((r) => r.id === 'ex-nutrition-analysis')!.tags.filter((t) => t.key.startsWith('ChargeCode'))).toEqual([{ key: 'ChargeCode', value: '1234567' }]);
  });

  it('refuses ids that differ only in case, in any folder, on the file that brings the clash', () => {
    // The existing file is left out: renaming it would decommission what it built.
    const evaluation = judge([added(file('requests/other/EX-Nutrition.yml', sampleText(PROJECT).replace('dimeexnutrition', 'dimeexother')))]);
    const duplicates = findings(evaluation).filter((f) => f.rule === 'duplicate-id');
    expect(duplicates.map((f) => [f.path, f.severity])).toEqual([['requests/other/EX-Nutrition.yml', 'error']]);
    // Judged as a whole inventory, every file is new: both are named.
    const inventory = evaluate({ policy, base: [], changes: [...base.filter((f) => f.path !== PROJECT).map(added), added(file(PROJECT, sampleText(PROJECT))), added(file('requests/other/EX-Nutrition.yml', sampleText(PROJECT).replace('dimeexnutrition', 'dimeexother')))], mode: 'inventory' });
    expect(findings(inventory).filter((f) => f.rule === 'duplicate-id').map((f) => f.path)).toEqual([PROJECT, 'requests/other/EX-Nutrition.yml']);
  });

  it('names every other holder when three files share an id', () => {
    const copy = (path: string, tag: string) => added(file(path, sampleText(PROJECT).replace('dimeexnutrition', tag)));
    const evaluation = judge([copy('requests/other/EX-Nutrition.yml', 'dimeexother'), copy('requests/third/ex-NUTRITION.yml', 'dimeexthird')]);
    const duplicates = findings(evaluation).filter((f) => f.rule === 'duplicate-id');
    expect(duplicates.map((f) => [f.path, f.message])).toEqual([
      ['requests/other/EX-Nutrition.yml', `Another request has the same id (file name, ignoring case): ${PROJECT}, requests/third/ex-NUTRITION.yml. Rename one of them.`],
      ['requests/third/ex-NUTRITION.yml', `Another request has the same id (file name, ignoring case): ${PROJECT}, requests/other/EX-Nutrition.yml. Rename one of them.`],
    ]);
  });

  it('keeps saying a clash already on the base, when the change only rewords it', () => {
    const raw = 'requests/ex/dime-ex-nutrition-raw.yml';
    const copies = ['b1', 'b2'].map((n) => file(`requests/ex/dime-ex-${n}.yml`, sampleText(raw)));
    const clashing = [...base, ...copies];
    // Removing one of the three files changes the others' messages, not their clash.
    const evaluation = judge([removed('requests/ex/dime-ex-b1.yml')], clashing);
    expect(findings(evaluation).filter((f) => f.rule === 'duplicate-bucket-name').map((f) => [f.path, f.severity, f.message.startsWith('Already on the base branch')])).toEqual([
      ['requests/ex/dime-ex-b2.yml', 'warning', true],
      [raw, 'warning', true],
    ]);
  });

  it('names each repeated lifecycle prefix and software item with the item it repeats', () => {
    const bucket = 'requests/ex/dime-ex-nutrition-raw.yml';
    const lifecycle = sampleText(bucket).replace('  - {prefix: tmp/, expireDays: 30}\n', '  - {prefix: tmp/, expireDays: 30}\n  - {prefix: raw/, expireDays: 90}\n  - {prefix: tmp/, expireDays: 7}\n  - {prefix: tmp/, expireDays: 1}\n');
    const instance = 'requests/ex/ex-nutrition-analysis.yml';
    const software = sampleText(instance).replace(/software:\n/, 'software:\n  - git\n  - GIT\n  - {name: Git, source: redhat}\n');
    const evaluation = judge([modified(file(bucket, lifecycle)), modified(file(instance, software))]);
    const messages = (rule: string): string[] => findings(evaluation).filter((f) => f.rule === rule).map((f) => `${f.line}: ${f.message}`);
    expect(messages('duplicate-lifecycle')).toEqual([
      '13: Two lifecycle rules have the prefix `tmp/` (rules 1 and 3): keep one.',
      '14: Two lifecycle rules have the prefix `tmp/` (rules 1 and 4): keep one.',
    ]);
    expect(messages('duplicate-software').map((m) => m.replace(/^\d+: /, ''))).toEqual([
      '`git` is listed twice (items 1 and 2): remove one.',
      '`git` is listed twice (items 1 and 3): remove one.',
      // The sample's own `git`, now the fourth.
      '`git` is listed twice (items 1 and 7): remove one.',
    ]);
  });

  it('refuses a bucket name used twice', () => {
    const evaluation = judge([added(file('requests/ex/dime-ex-copy.yml', sampleText('requests/ex/dime-ex-nutrition-raw.yml')))]);
    const f = findings(evaluation, 'error').find((x) => x.path === 'requests/ex/dime-ex-copy.yml')!;
    expect(f.rule).toBe('duplicate-bucket-name');
  });

  it('blocks deleting a group that projects still use, on the deleting PR', () => {
    const evaluation = judge([removed(GROUP)]);
    expect(only(evaluation, 'delete-referenced')).toMatchObject({ path: GROUP, severity: 'error' });
    // The projects now dangle; that is caused by this PR, so it is an error too.
    expect(findings(evaluation, 'error').filter((f) => f.rule === 'reference').map((f) => f.path)).toEqual([PROJECT, 'requests/ex/ex-roads.yml']);
    expect(evaluation.requests[0]).toMatchObject({ change: 'removed', kind: 'security-group' });
  });

  it('reports problems already on the base branch as warnings, not errors', () => {
    const broken = base.map((f) => (f.path === INSTANCE ? file(INSTANCE, sampleText(INSTANCE).replace('project: ex-nutrition', 'project: gone')) : f));
    const evaluation = judge([edit(DASHBOARD, 'autoStop: false', 'autoStop: true')], broken);
    const f = only(evaluation, 'reference');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/^Already on the base branch: /);
    expect(evaluation.ok).toBe(true);
  });
});

describe('approvals and labels', () => {
  it("asks the receiving group's owners when a project moves into their group", () => {
    const zz = 'requests/groups/WBGMaster-DIME-ZZ-Admin.yml';
    const zzText = sampleText(GROUP)
      .replace(/WBGMaster-DIME-EX-Admin/g, 'WBGMaster-DIME-ZZ-Admin')
      .replace('{code: EX, name: Example Evaluations}', '{code: ZZ, name: Other Team}')
      .replace('{name: Maria Researcher, cAccount: c123456, github: maria-researcher, displayed: true}', '{name: Zed Owner, cAccount: c999999, github: zed-owner, displayed: true}')
      .replace('  - {code: "1234567", tag: ex-nutrition}\n  - {code: "7654321", tag: ex-roads}\n', '  - {code: "5555555", tag: zz-main}\n');
    const withZz = [...base, file(zz, zzText)];
    const moved = judge([edit(PROJECT, 'securityGroup: WBGMaster-DIME-EX-Admin\nchargeCode: ex-nutrition\n', 'securityGroup: WBGMaster-DIME-ZZ-Admin\n')], withZz);
    expect(findings(moved, 'error')).toEqual([]);
    const owners = moved.approvals.find((a) => a.group === 'owners:WBGMaster-DIME-ZZ-Admin')!;
    expect([owners.users, owners.reasons]).toEqual([['alex-analyst', 'zed-owner'], ["ex-nutrition moves into WBGMaster-DIME-ZZ-Admin: its members get access to the project's resources, and its charge code pays for them."]]);
    // Staying in its group, a project asks no owner.
    expect(judge([edit(PROJECT, 'chargeCode: ex-nutrition', 'chargeCode: ex-roads')]).approvals.map((a) => a.group)).toEqual(['support']);
  });

  it('asks the base branch owners to approve a membership change', () => {
    const evaluation = judge([edit(GROUP, 'members: [c123456, c234567, c345678]', 'members: [c123456, c234567, c345678, c456789]')]);
    const owners = evaluation.approvals.find((a) => a.group === 'owners:WBGMaster-DIME-EX-Admin')!;
    expect(owners.users).toEqual(['alex-analyst', 'maria-researcher']);
    expect(evaluation.labels).toEqual([]);
  });

  it('labels a docs-only change documentation and asks only the support team', () => {
    const evaluation = judge([{ path: 'docs/how-to-request.md', status: 'modified' }]);
    expect(evaluation.labels).toEqual(['documentation']);
    expect(evaluation.approvals.map((a) => a.group)).toEqual(['support']);
  });

  it('asks security to approve a policy change that widens the software catalogue', () => {
    const text = sampleText('policy.yml').replace('    - python3\n', '    - python3\n    - chromedriver\n');
    const evaluation = judge([modified(file('policy.yml', text))]);
    expect(evaluation.labels).toEqual(['policy', 'ois-approval-required']);
    expect(evaluation.approvals.find((a) => a.group === 'security')!.reasons[0]).toBe('The proposed policy.yml changes security rules: more standard or pre-approved software.');
  });

  it('asks security to approve a policy change of who the security reviewers are, or of a shorter testing period', () => {
    const reviewers = sampleText('policy.yml').replace(/(\n  security:\n(?:    .*\n)*?    users: )\[[^\]]*\]/, '$1[maria-researcher]');
    expect(reviewers).not.toBe(sampleText('policy.yml'));
    const changed = judge([modified(file('policy.yml', reviewers))]);
    expect(changed.approvals.find((a) => a.group === 'security')!.reasons[0]).toBe('The proposed policy.yml changes security rules: other Office of Information Security (OIS) reviewers.');
    // The shipped policy asks for no testing period; one that asked for 14 days is shortened by it.
    const strict = { ...policy, promotion: { minimumDays: 14 } };
    const shorter = evaluate({ policy: strict, base, changes: [modified(file('policy.yml', sampleText('policy.yml')))] });
    expect(shorter.approvals.find((a) => a.group === 'security')!.reasons[0]).toBe('The proposed policy.yml changes security rules: a shorter testing period before a promotion (0 days instead of 14).');
  });

  it('does not ask security about a policy change that only reorders the name patterns', () => {
    const text = sampleText('policy.yml');
    const start = text.indexOf('\npatterns:\n');
    const block = text.slice(start + 1, text.indexOf('\n\n', start + 1) + 1);
    const lines = block.split('\n').filter(Boolean);
    const entries = lines.slice(1).filter((l) => /^  [a-zA-Z]+:/.test(l));
    expect(entries.length).toBeGreaterThan(1);
    const reordered = text.replace(block, () => `${lines[0]}\n${[...entries].reverse().join('\n')}\n`);
    const evaluation = judge([modified(file('policy.yml', reordered))]);
    expect(findings(evaluation, 'error')).toEqual([]);
    expect(evaluation.approvals.map((a) => a.group)).toEqual(['support']);
  });

  it('reports a broken proposed policy with its location', () => {
    const text = sampleText('policy.yml').replace('region: us-east-1', 'region: us-east-1\nregoin: x');
    const evaluation = judge([modified(file('policy.yml', text))]);
    const f = only(evaluation, 'schema-additionalProperties');
    expect(f.path).toBe('policy.yml');
    expect(evaluation.labels).toContain('invalid');
  });

  it('refuses a tag value AWS would reject, at PR time', () => {
    const strict = { ...policy, tags: [...policy.tags, { key: 'Team,Name', from: 'literal', value: 'x' }] };
    const evaluation = evaluate({ policy: strict, base, changes: [edit(INSTANCE, 'autoStop: true', 'autoStop: false')] });
    expect(only(evaluation, 'tag').message).toContain('tag key may contain only letters');
    expect(only(evaluation, 'tag').message).toContain('Fix the tag in policy.yml.');
  });

  it("blames the file's own name when its path cannot be a tag value, at the top of the file", () => {
    const path = 'requests/ex (2024)/dime-ex-nutrition-raw2.yml';
    const text = sampleText('requests/ex/dime-ex-nutrition-raw.yml').replace('bucket: dime-ex-nutrition-raw', 'bucket: dime-ex-nutrition-raw2');
    const f = only(judge([added(file(path, text))]), 'tag');
    expect([f.path, f.line, f.column]).toEqual([path, 1, 1]);
    expect(f.message).toBe("This resource's tags would be refused by AWS: `RequestFile`: tag value may contain only letters, digits, spaces and + - = . _ : / @. Rename the file or its folders so that its path holds only those characters.");
  });
});

describe('files under requests/', () => {
  it('refuses files that cannot be requests, and still judges the others', () => {
    const evaluation = judge([
      added(file('requests/ex/notes.txt', 'hello')),
      added(file('requests/ex/broken.yml', 'kind: project\nname: [unclosed\n')),
      edit(INSTANCE, 'purpose: Runs', 'purpose: Still runs'),
      { path: 'requests/ex/link.yml', status: 'added', file: { path: 'requests/ex/link.yml', type: 'symlink', bytes: new Uint8Array() } },
    ]);
    expect(findings(evaluation, 'error').map((f) => [f.path, f.rule])).toEqual([
      ['requests/ex/broken.yml', 'yaml-syntax'],
      ['requests/ex/link.yml', 'request-file-type'],
      ['requests/ex/notes.txt', 'request-path'],
    ]);
    expect(evaluation.requests.map((r) => [r.id, r.useCase])).toEqual([['ex-nutrition-analysis', 'computation']]);
  });

  it('treats a README under requests/ as documentation', () => {
    const evaluation = judge([added(file('requests/README.md', '# Our requests\n'))]);
    expect(evaluation.ok).toBe(true);
    expect(evaluation.labels).toEqual(['documentation']);
  });
});

describe('values YAML reads as another type', () => {
  it('asks to quote a number where text is expected', () => {
    const evaluation = judge([edit(GROUP, '{code: "1234567", tag: ex-nutrition}', '{code: 1.10, tag: ex-nutrition}')]);
    const f = only(evaluation, 'schema-type');
    expect([f.line, f.column]).toEqual([12, 12]);
    // Quotes would not help: a charge code is digits only, so the hint is the advice.
    expect(f.message).toBe('`code` in item 1 of `chargeCodes` must be text, not a number (The charge code, quoted, e.g. `"1234567"`).');
  });

  it('names characters pasted from a document that only look like the ones typed', () => {
    const curly = only(judge([edit(GROUP, '{code: "1234567", tag: ex-nutrition}', '{code: \u201C1234567\u201D, tag: ex-nutrition}')]), 'schema-pattern');
    expect(curly.message).toContain('It contains characters pasted from a document, not typed: `\u201C` (U+201C, a curly quote; YAML quotes are the straight `"`); `\u201D` (U+201D');
    const space = only(judge([edit(INSTANCE, 'os: rhel-9', 'os: rhel-9\u00A0')]), 'schema-enum');
    expect(space.message).toBe('`os` must be one of `rhel-8`, `rhel-9`, `rhel-10`; did you mean `rhel-9`? It contains a character pasted from a document, not typed: (U+00A0, a non-breaking space). Retype it on the keyboard.');
    const hyphen = only(judge([edit(INSTANCE, 'project: ex-nutrition', 'project: ex\u2011nutrition')]), 'schema-pattern');
    expect(hyphen.message).toMatch(/\(U\+2011, a non-breaking hyphen, not `-`\)\. Retype it on the keyboard\. Did you mean `ex-nutrition`\?$/);
  });

  it('gives the one fix that works for a value of the wrong type', () => {
    // Quoting 555001 would only trade this error for the cloud-account one: the `c` is what is missing.
    const account = only(judge([edit(GROUP, 'members: [c123456, c234567, c345678]', 'members: [c123456, 555001, c345678]')]), 'schema-type');
    expect(account.message).toBe("Item 2 of `members` must be text, not a whole number (A cloud account: the letter c followed by the person's UPI, e.g. c123456).");
    const fraction = only(judge([edit(INSTANCE, 'vcpus: 4', 'vcpus: 0.5')]), 'schema-type');
    expect(fraction.message).toMatch(/^`requirements.vcpus` must be a whole number, not a fraction \(0.5\)/);
    const unit = only(judge([edit(INSTANCE, 'memoryGiB: 32', 'memoryGiB: 32GiB')]), 'schema-type');
    expect(unit.message).toMatch(/^`requirements.memoryGiB` must be a number, not text .*\. Write the number alone, without its unit: `32`\.$/);
    // 512MB is not 512 GiB: the field's unit is said instead.
    const other = only(judge([edit(INSTANCE, 'memoryGiB: 32', 'memoryGiB: 512MB')]), 'schema-type');
    expect(other.message).toMatch(/Write the number alone, in GiB: this field is counted in GiB\.$/);
    // Quoting 9 would give `"9"`, which is not an operating system either.
    const os = judge([edit(INSTANCE, 'os: rhel-9', 'os: 9')]).files.flatMap((x) => x.findings);
    expect(os.map((x) => x.message).join(' ')).not.toContain('Quote this value');
  });

  it('lists the data classifications, with a guess, however the level is written', () => {
    const f = only(judge([edit(PROJECT, 'classification: official-use-only', 'classification: Official Use Only')]), 'data-classification');
    expect(f.message).toContain('(did you mean `official-use-only`?)');
  });

  it('says `Kind:` is `kind:` in the wrong case, at the key', () => {
    const f = only(judge([edit(INSTANCE, 'kind: ec2-instance', 'Kind: ec2-instance')]), 'kind');
    expect([f.line, f.column, f.message]).toEqual([2, 1, 'Field names are written in lower case: write `kind:`, not `Kind:`.']);
  });

  it('does not advise removing a name that a comma split off its value', () => {
    const f = only(judge([edit(PROJECT, '{who: field coordinator, type: consultant', '{who: Jane, Bob, type: consultant')]), 'schema-additionalProperties');
    expect(f.message).toBe('Unknown field `Bob` in item 2 of `access`: it is probably the end of `who`\'s value: in `{...}` a comma ends a value, so put that whole value in quotes, `who: "Jane, Bob"`.');
    // A field of its own line without a value is only unknown.
    const alone = only(judge([edit(PROJECT, 'codeDevelopment: github', 'codeDevelopment: github\nnotes:')]), 'schema-additionalProperties');
    expect(alone.message).toMatch(/^Unknown field `notes`: remove it; the fields allowed here are /);
  });

  it('guesses the project tag with the organisation in front, unless it has it or a typo of it', () => {
    expect(only(judge([edit(PROJECT, 'tag: dimeexnutrition', 'tag: exnutrition')]), 'project-tag').message).toContain(': did you mean `dimeexnutrition`?');
    expect(only(judge([edit(PROJECT, 'tag: dimeexnutrition', 'tag: diemexnutrition')]), 'project-tag').message).not.toContain('did you mean');
  });

  it('suggests the catalogue name a misspelt package was meant to be, in its reason and in the environment error', () => {
    const evaluation = judge([edit(INSTANCE, '  - python3.11-pip\n', '  - python3.11-pi\n')]);
    const reason = evaluation.requests[0]!.reasons.find((r) => r.rule === 'non-standard-software')!;
    expect(reason.message).toContain('Did you mean `python3.11-pip`, which is?');
    expect(only(evaluation, 'environment-application').message).toMatch(/If `python3.11-pi` is meant to be `python3.11-pip` \(in the catalogue\), correct the name instead\.$/);
    // Another version of a package is not a typo of the one in the catalogue.
    const version = judge([edit(INSTANCE, '  - python3.11-pip\n', '  - python3.13\n')]);
    expect(version.requests[0]!.reasons.find((r) => r.rule === 'non-standard-software')!.message).not.toContain('Did you mean');
  });

  it('says an empty required value is empty', () => {
    const evaluation = judge([edit(PROJECT, 'name: School Meals and Child Nutrition impact evaluation', 'name: ~')]);
    expect(only(evaluation, 'schema-type').message).toContain('`name` must be text, not empty');
  });
});

describe('review fixes', () => {
  it('does not repeat old warnings of files the change did not touch', () => {
    const optedOut = base.map((f) => (f.path === DASHBOARD ? file(DASHBOARD, `${sampleText(DASHBOARD)}dimeAnalyticsAccess: false\n`) : f));
    const evaluation = judge([edit(INSTANCE, 'purpose: Runs', 'purpose: Still runs')], optedOut);
    expect(findings(evaluation)).toEqual([]);
  });

  it('counts pre-approved software as standard however it is installed', () => {
    const evaluation = judge([edit(INSTANCE, '  - git\n', '  - git\n  - {name: stata, source: download, why: licensed Stata 18}\n')]);
    expect(evaluation.requests[0]).toMatchObject({ useCase: 'computation' });
    expect(findings(evaluation, 'error')).toEqual([]);
  });

  it('fills no tags from a broken group, and blames only the group', () => {
    const evaluation = judge([edit(GROUP, '{code: "1234567", tag: ex-nutrition}', '{code: 1.5, tag: ex-nutrition}'), edit(INSTANCE, 'autoStop: true', 'autoStop: false')]);
    expect(findings(evaluation, 'error').map((f) => [f.path, f.rule])).toEqual([[GROUP, 'schema-type']]);
  });
});

describe('a reference to a file too broken to read', () => {
  it('is not reported again as missing: the broken file says what is wrong', () => {
    const evaluation = judge([modified(file(GROUP, 'kind: security-group\nname: [unclosed\n'))]);
    expect(findings(evaluation, 'error').map((f) => [f.path, f.rule])).toEqual([[GROUP, 'yaml-syntax']]);
  });
});

describe('a changed request that can no longer be read', () => {
  it('is reported by its findings, not listed as removed', () => {
    const evaluation = judge([edit(INSTANCE, 'rootGiB: 100', 'rootGiB: 0100')]);
    expect(evaluation.requests).toEqual([]);
    expect(only(evaluation, 'yaml-coerced').path).toBe(INSTANCE);
  });
});

describe('what counts as a change', () => {
  it('does not list a request whose fields were only reordered or reformatted; only the support team reviews it', () => {
    const reordered = edit(DASHBOARD, 'requirements: {memoryGiB: 8, vcpus: 2}', 'requirements:\n  vcpus: 2\n  memoryGiB: 8');
    const evaluation = judge([reordered]);
    expect(evaluation.requests).toEqual([]);
    expect(evaluation.ok).toBe(true);
    // Still a change to the repository: the support team reviews it, and nobody else.
    expect(evaluation.approvals.map((a) => [a.group, a.reasons])).toEqual([['support', ['DIME Analytics reviews every change: files under requests/ change, though no request does.']]]);
    expect(evaluation.labels).toEqual([]);
    // A real change among reordered fields is still one, with only that field in the diff.
    const changed = judge([edit(DASHBOARD, 'requirements: {memoryGiB: 8, vcpus: 2}', 'requirements: {vcpus: 4, memoryGiB: 8}')]);
    expect(changed.requests.map((r) => [r.id, r.change, r.diff])).toEqual([['ex-roads-dashboard', 'changed', [{ field: 'requirements.vcpus', before: '2', after: '4' }]]]);
  });
});

describe('moving a resource between accounts or kinds', () => {
  const BUCKET = 'requests/ex/dime-ex-nutrition-raw.yml';
  const devBucket = file(BUCKET, sampleText(BUCKET).replace('environment: production', 'environment: development').replace('publicAccess: false', 'publicAccess: true'));
  const baseWithDevBucket = base.map((f) => (f.path === BUCKET ? devBucket : f));

  it('refuses a production resource moved back to development', () => {
    const evaluation = judge([edit(INSTANCE, 'environment: production', 'environment: development')]);
    expect(findings(evaluation, 'error').map((f) => f.rule)).toEqual(['environment-computation']);
    const application = judge([modified(file(DASHBOARD, sampleText(DASHBOARD).replace('environment: development', 'environment: development')))], base.map((f) => (f.path === DASHBOARD ? file(DASHBOARD, sampleText(DASHBOARD).replace('environment: development', 'environment: production')) : f)));
    const move = only(application, 'environment-move');
    expect(move.message).toBe('This resource is in production (WBG AWS DIME PDMZ); it cannot move back to development. Keep `environment: production`, and add a new request for a development resource if one is needed.');
    expect([move.line, move.column]).toEqual([4, 14]);
  });

  it('promotes a development resource that becomes computation in production, with the promotion rules', () => {
    const computation = sampleText(DASHBOARD)
      .replace('environment: development', 'environment: production')
      .replace('  - {name: shiny-server, source: download, why: serves the public dashboard}\n', '')
      .replace(/inbound:\n.*\n/, 'inbound: []\n');
    const evaluation = judge([modified(file(DASHBOARD, computation))]);
    expect(evaluation.requests.map((r) => [r.id, r.change, r.useCase])).toEqual([['ex-roads-dashboard', 'promoted', 'computation']]);
    expect(findings(evaluation, 'error').map((f) => f.rule)).toEqual(['promotion-tested']);
    expect(evaluation.approvals.map((a) => a.group)).toContain('security');
  });

  it('asks a promoted bucket for a name of its own, since the development bucket keeps its name', () => {
    const promoted = sampleText(BUCKET).replace('publicAccess: false', 'publicAccess: true\ntestedInDevelopment: two weeks with partners');
    const sameName = judge([modified(file(BUCKET, promoted))], baseWithDevBucket);
    expect(sameName.requests.map((r) => r.change)).toEqual(['promoted']);
    const error = only(sameName, 'promotion-bucket-name');
    expect(error.message).toContain('the development bucket `dime-ex-nutrition-raw` stays until a request removes it');
    expect(error.line).toBe(6);
    const renamed = judge([modified(file(BUCKET, promoted.replace('bucket: dime-ex-nutrition-raw', 'bucket: dime-ex-nutrition-raw-prod')))], baseWithDevBucket);
    expect(findings(renamed, 'error')).toEqual([]);
    expect(renamed.requests.map((r) => r.change)).toEqual(['promoted']);
  });

  it('refuses a request whose kind changes under the same name', () => {
    const bucketText = sampleText(BUCKET).replace('bucket: dime-ex-nutrition-raw', 'bucket: dime-ex-roads-dashboard').replace('project: ex-nutrition', 'project: ex-roads').replace('environment: production', 'environment: development').replace('publicAccess: false', 'publicAccess: true');
    const evaluation = judge([modified(file(DASHBOARD, bucketText))]);
    const error = only(evaluation, 'kind-change');
    expect(error.message).toBe("This request was an ec2-instance and is now an s3-bucket: a request's kind cannot change. Keep this file as the ec2-instance (or delete it, which decommissions it) and add the s3-bucket as a new file with its own name.");
    expect(evaluation.requests.map((r) => r.change)).toEqual(['changed']);
  });
});

describe('a resource whose project or group was already broken', () => {
  const brokenProject = file(PROJECT, sampleText(PROJECT).replace(/^codeDevelopment:.*\n/m, ''));
  const newInstance = added(file('requests/ex/ex-nutrition-gpu.yml', sampleText(INSTANCE)));

  it('fails: its ticket could not carry its tags', () => {
    const evaluation = judge([newInstance], base.map((f) => (f.path === PROJECT ? brokenProject : f)));
    expect(evaluation.ok).toBe(false);
    const error = only(evaluation, 'tag');
    expect(error.path).toBe('requests/ex/ex-nutrition-gpu.yml');
    expect(error.message).toBe("This resource's tags (charge code, data classification, …) cannot be filled: its project's request, requests/ex/ex-nutrition.yml, is not valid. Fix that first, in this pull request or before it.");
    expect(findings(evaluation, 'warning').map((f) => f.path)).toContain(PROJECT);
  });

  it('passes once the same pull request repairs the project', () => {
    const evaluation = judge([newInstance, modified(file(PROJECT, sampleText(PROJECT)))], base.map((f) => (f.path === PROJECT ? brokenProject : f)));
    expect(findings(evaluation, 'error')).toEqual([]);
    expect(evaluation.requests.find((r) => r.id === 'ex-nutrition-gpu')!.tags.length).toBeGreaterThan(5);
  });
});

describe('field names with control characters', () => {
  it('are reported where they are, without echoing the characters that would recolour a terminal or split the line', () => {
    const text = sampleText(PROJECT).replace('codeDevelopment:', '"bad\\e[31mKEY\\nline2": 1\n"zero\\u200Bwidth": 2\ncodeDevelopment:');
    const evaluation = judge([modified(file(PROJECT, text))]);
    const lines = text.split('\n');
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    expect(findings(evaluation).map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      ['unsafe-character', at('"bad'), 1, 'This field name contains an invisible or control character (U+001B): field names are plain words such as `purpose`, so retype it.'],
      ['unsafe-character', at('"zero'), 1, 'This field name contains an invisible or control character (U+200B): field names are plain words such as `purpose`, so retype it.'],
    ]);
    // A raw zero-width space in a name, without any escape, is found too.
    const raw = judge([modified(file(PROJECT, sampleText(PROJECT).replace('codeDevelopment:', 'odd\u200Bname: 1\ncodeDevelopment:')))]);
    expect(findings(raw).map((f) => f.rule)).toEqual(['unsafe-character']);
  });
});
