import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { generateInventory } from '../scripts/bench-inventory.js';
import { ROOT } from './helpers.js';

let repo: string;

function sh(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
}

function cli(...argv: string[]): { code: number; stdout: string; stderr: string } {
  return run(argv, false);
}

/** As a person at a terminal runs it. */
function cliAtTerminal(...argv: string[]): { code: number; stdout: string; stderr: string } {
  return run(argv, true);
}

function run(argv: string[], terminal: boolean): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { cwd: repo, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), terminal });
  return { code, stdout, stderr };
}

function write(path: string, text: string): void {
  writeFileSync(join(repo, path), text);
}

function read(path: string): string {
  return readFileSync(join(repo, path), 'utf8');
}

beforeEach(() => {
  // A real repository: the shipped policy and sample inventory committed on main, work on a branch.
  repo = mkdtempSync(join(tmpdir(), 'aws-requests-cli-'));
  cpSync(join(ROOT, 'policy.yml'), join(repo, 'policy.yml'));
  cpSync(join(ROOT, 'requests'), join(repo, 'requests'), { recursive: true });
  cpSync(join(ROOT, 'schemas'), join(repo, 'schemas'), { recursive: true });
  sh('init', '-q', '-b', 'main');
  sh('add', '.');
  sh('commit', '-q', '-m', 'inventory');
  sh('checkout', '-q', '-b', 'request');
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('aws-requests check', () => {
  it('judges uncommitted and committed changes against main, like the PR comment', () => {
    write('requests/ex/ex-nutrition-analysis.yml', read('requests/ex/ex-nutrition-analysis.yml').replace('  - git\n', '  - git\n  - {name: chromedriver, source: download, why: scraping}\n'));
    sh('commit', '-qam', 'add chromedriver');
    write('requests/ex/dime-ex-nutrition-raw.yml', read('requests/ex/dime-ex-nutrition-raw.yml').replace('bucket: dime-ex-nutrition-raw', 'bucket: Dime_Raw'));
    const result = cli('check');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatchSnapshot();
  });

  it('says so on main without origin/main, where committed requests count as merged', () => {
    sh('checkout', '-q', 'main');
    write('requests/ex/ex-roads.yml', read('requests/ex/ex-roads.yml').replace('tag: dimeexroads', 'tag: TODO'));
    sh('commit', '-qam', 'a half-filled request, committed on main');
    const onMain = cli('check');
    expect(onMain.stderr).toContain('note: you are on main and there is no origin/main, so only uncommitted changes are judged');
    expect(onMain.stdout).toContain('Already on the base branch');
    // On a branch, or with --base, there is a base to compare with: no note.
    expect(cli('check', '--base', 'HEAD~1')).toMatchObject({ code: 1, stderr: '' });
    sh('checkout', '-q', '-b', 'next');
    expect(cli('check').stderr).toBe('');
  });

  it('prints the documented JSON contract', () => {
    write('requests/ex/ex-roads-dashboard.yml', read('requests/ex/ex-roads-dashboard.yml').replace('memoryGiB: 8', 'memoryGiB: 16'));
    const result = cliAtTerminal('check', '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(['ok', 'files', 'requests', 'labels', 'approvals', 'impact', 'retags']);
    expect(result.stdout).toMatchSnapshot();
    // For a script (standard output piped or redirected): the same report on one line.
    const piped = cli('check', '--format', 'json');
    expect(piped.stdout).toBe(`${JSON.stringify(report)}\n`);
    expect(piped.stdout.trimEnd()).not.toContain('\n');
  });

  it('names the existing resources whose tags a project change moves, in the text and the JSON', () => {
    write('requests/ex/ex-roads.yml', read('requests/ex/ex-roads.yml').replace('tag: dimeexroads', 'tag: dimeexmarkets'));
    const text = cli('check');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      [
        'Existing resources whose tags change (IT services will update them)',
        '  ec2-instance ex-roads-dashboard · development (WBG AWS DIME DEV PDMZ)',
        '    requests/ex/ex-roads-dashboard.yml',
        '    - its project ex-roads changes',
        '    ~ tag Project: dimeexroads -> dimeexmarkets',
      ].join('\n'),
    );
    const report = JSON.parse(cli('check', '--format', 'json').stdout);
    expect(report.retags).toEqual([
      { id: 'ex-roads-dashboard', kind: 'ec2-instance', path: 'requests/ex/ex-roads-dashboard.yml', environment: 'development', account: 'WBG AWS DIME DEV PDMZ', because: 'its project ex-roads changes', changes: [{ key: 'Project', before: 'dimeexroads', after: 'dimeexmarkets' }] },
    ]);
  });

  it('shows the tags a moved resource changes (its RequestFile), in the text and the Markdown', () => {
    sh('mv', 'requests/ex/ex-nutrition-analysis.yml', 'requests/ex-nutrition-analysis.yml');
    const text = cli('check');
    expect(text.stdout).toContain('  changed ec2-instance ex-nutrition-analysis · computation · production (WBG AWS DIME PDMZ)\n    requests/ex-nutrition-analysis.yml\n');
    expect(text.stdout).toContain('    ~ tag RequestFile: requests/ex/ex-nutrition-analysis.yml -> requests/ex-nutrition-analysis.yml\n');
    expect(cli('check', '--format', 'markdown').stdout).toContain('| tag `RequestFile` | `requests/ex/ex-nutrition-analysis.yml` | `requests/ex-nutrition-analysis.yml` |');
  });

  it('sees untracked new files, deletions and renames', () => {
    write('requests/ex/ex-extra.yml', read('requests/ex/ex-nutrition-analysis.yml'));
    sh('mv', 'requests/ex/dime-ex-nutrition-raw.yml', 'requests/ex/dime-ex-nutrition-raw2.yml');
    unlinkSync(join(repo, 'requests/ex/ex-roads-dashboard.yml'));
    const report = JSON.parse(cli('check', '--format', 'json').stdout);
    expect(report.requests.map((r: { id: string; change: string }) => [r.id, r.change])).toEqual([
      ['dime-ex-nutrition-raw', 'removed'],
      ['dime-ex-nutrition-raw2', 'created'],
      ['ex-extra', 'created'],
      ['ex-roads-dashboard', 'removed'],
    ]);
  });

  it('judges with the base branch policy, not the working tree one', () => {
    write('policy.yml', read('policy.yml').replace('    - python3\n', '    - python3\n    - chromedriver\n'));
    write('requests/ex/ex-nutrition-analysis.yml', read('requests/ex/ex-nutrition-analysis.yml').replace('  - git\n', '  - git\n  - chromedriver\n'));
    const report = JSON.parse(cli('check', '--format', 'json').stdout);
    const instance = report.requests.find((r: { id: string }) => r.id === 'ex-nutrition-analysis');
    expect(instance.useCase).toBe('application');
    expect(report.labels).toContain('policy');
    // The same policy impact report the pull request gets: under the proposed policy it would be computation.
    expect(report.impact.map((e: { id: string; before: { useCase: string }; after: { useCase: string } }) => [e.id, e.before.useCase, e.after.useCase])).toEqual([
      ['ex-nutrition-analysis', 'application', 'computation'],
      ['ex-nutrition', 'application', 'computation'],
    ]);
  });

  it('--all judges the whole inventory as newly submitted', () => {
    const result = cli('check', '--all');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('aws-requests: 6 requests, 0 errors, 0 warnings');
    expect(result.stdout).toContain('created ec2-instance ex-roads-dashboard · application · development (WBG AWS DIME DEV PDMZ)');
  });

  it('refuses a symbolic link under requests/', () => {
    symlinkSync('/etc/passwd', join(repo, 'requests/ex/link.yml'));
    const result = cli('check');
    expect(result.stdout).toContain('requests/ex/link.yml:1:1: error: This path is a symbolic link');
    expect(result.code).toBe(1);
  });

  it('refuses a broken symbolic link, and a link to a folder named like a page, as the pull request would', () => {
    symlinkSync('nowhere.yml', join(repo, 'requests/ex/ex-dangle.yml'));
    mkdirSync(join(repo, 'docs'));
    symlinkSync('../requests', join(repo, 'docs/requests.md'));
    symlinkSync('nothere.md', join(repo, 'docs/gone.md'));
    const result = cli('check');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('requests/ex/ex-dangle.yml:1:1: error: This path is a symbolic link');
    expect(result.stdout).toContain('docs/requests.md:1:1: error: This page is a symbolic link, so it cannot be checked or shown: commit the page itself at this path.');
    expect(result.stdout).toContain('docs/gone.md:1:1: error: This page is a symbolic link');
    expect(result.code).toBe(1);
  });

  it('judges a link to a folder outside as the link it is, and never follows it out of the repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'aws-requests-outside-'));
    try {
      cpSync(join(repo, 'requests/ex/ex-roads.yml'), join(outside, 'ex-elsewhere.yml'));
      symlinkSync(outside, join(repo, 'requests/linked'));
      for (const args of [['validate'], ['validate', 'requests/linked']]) {
        const result = cli(...args);
        expect(result.stdout, args.join(' ')).toContain('requests/linked:1:1: error: This path is a symbolic link; a request must be a regular YAML file committed to the repository.');
        expect(result.stdout).not.toContain('ex-elsewhere');
        expect(result.code).toBe(1);
      }
      expect(cli('validate', 'requests/linked/ex-elsewhere.yml')).toMatchObject({ code: 2, stderr: expect.stringContaining('leads outside the repository') });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says what to do when git cannot place the branch or the folder is not there', () => {
    expect(cli('check', '--repo', 'nowhere')).toMatchObject({ code: 2, stderr: expect.stringMatching(/nowhere is not a folder: pass --repo the folder of a requests repository/) });
    sh('checkout', '-q', '--orphan', 'unrelated');
    sh('commit', '-qm', 'a history of its own');
    expect(cli('check', '--base', 'main')).toMatchObject({ code: 2, stderr: expect.stringContaining('this branch and main have no commit in common that git can see: in a shallow clone, run `git fetch --unshallow`') });
  });

  it('reads --base as the branch pages must not link to only when it names a branch', () => {
    sh('remote', 'add', 'origin', 'https://github.com/acme/requests.git');
    mkdirSync(join(repo, 'docs'));
    write('docs/guide.md', '# Guide\n\nSee [the policy](https://github.com/acme/requests/blob/main/policy.yml).\n');
    for (const base of ['HEAD', 'main']) {
      const rules = JSON.parse(cli('check', '--base', base, '--format', 'json').stdout).files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));
      expect(rules, base).toEqual(['markdown-absolute-link']);
    }
  });

  it('renders Markdown with inert user text', () => {
    write('requests/ex/ex-nutrition-analysis.yml', read('requests/ex/ex-nutrition-analysis.yml').replace('project: ex-nutrition', 'project: "@dime/everyone"'));
    const result = cli('check', '--format', 'markdown');
    expect(result.stdout).toContain('@\u200Bdime/everyone');
    expect(result.stdout).not.toMatch(/@dime/);
  });

  it('gives the usage for --help after a command, and refuses arguments after --version', () => {
    for (const args of [['check', '--help'], ['validate', '-h'], ['new', 'project', '--help']]) expect(cli(...args)).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: aws-requests <command> [options]'), stderr: '' });
    expect(cli('-v', 'extra')).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('unexpected argument extra: -v takes none') });
    expect(cli('--version', '--help').code).toBe(2);
  });

  it('exits 2 with a clear message on usage errors', () => {
    expect(cli('check', '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown --format xml') });
    expect(cli('check', '--bogus')).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--bogus'") });
    expect(cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command frobnicate') });
    expect(cli('check', '--base', 'no-such-branch')).toMatchObject({ code: 2, stderr: expect.stringContaining('--base no-such-branch is not a commit') });
  });

  it('says how to proceed when there is no main to compare with', () => {
    sh('branch', '-m', 'main', 'trunk');
    expect(cli('check')).toMatchObject({ code: 2, stderr: expect.stringContaining('pass --base REF, or --all') });
  });
});

describe('aws-requests validate', () => {
  it('checks files on their own without git', () => {
    rmSync(join(repo, '.git'), { recursive: true, force: true });
    write('requests/ex/bad.yml', 'kind: s3-bucket\nproject: ex-nutrition\nenvironment: production\nbucket: dime-ok-name\nexpectedSizeGB: 5\nversioning: yes\npublicAccess: false\n');
    const result = cli('validate', 'requests/ex');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('requests/ex/bad.yml:6:13: error:');
    expect(result.stdout).toContain('quote this value');
    expect(cli('validate', 'requests/ex/ex-nutrition.yml').code).toBe(0);
  });
});

describe('aws-requests new', () => {
  it('writes the project as its file spells it, whatever the case given', () => {
    expect(cli('new', 's3-bucket', 'ex-nutrition-extra', '--project', 'EX-Nutrition').code).toBe(0);
    expect(read('requests/ex/ex-nutrition-extra.yml')).toContain('\nproject: ex-nutrition\n');
  });

  it('writes a template that fails until its placeholders are filled, then passes', () => {
    const result = cli('new', 'ec2-instance', 'ex-nutrition-gpu', '--project', 'ex-nutrition');
    expect(result).toMatchObject({ code: 0, stdout: 'Wrote requests/ex/ex-nutrition-gpu.yml. Replace every TODO, then run: npx aws-requests check\n' });
    const path = 'requests/ex/ex-nutrition-gpu.yml';
    expect(read(path)).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/schemas\/ec2-instance\.schema\.json\n/);
    const before = cli('check');
    expect(before.code).toBe(1);
    expect(before.stdout).toContain(`${path}:12:14: error: Replace the placeholder in \`requirements.memoryGiB\``);
    write(path, read(path).replace('memoryGiB: TODO', 'memoryGiB: 16').replace('vcpus: TODO', 'vcpus: 4'));
    const after = cli('check');
    expect(after.stdout).toContain('created ec2-instance ex-nutrition-gpu · computation · production');
    expect(after.code).toBe(0);
  });

  it.each(['project', 's3-bucket', 'security-group'])('writes a %s template that names every placeholder', (kind) => {
    const name = kind === 'security-group' ? 'WBGMaster-DIME-ZZ-Admin' : 'dime-zz-new';
    expect(cli('new', kind, name).code).toBe(0);
    const result = cli('check', '--format', 'json');
    const findings = JSON.parse(result.stdout).files.flatMap((f: { findings: { rule: string }[] }) => f.findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f: { rule: string }) => f.rule))).toEqual(new Set(['placeholder']));
  });

  it('writes a bucket template that passes without warnings once filled: its name starts with the organisation', () => {
    expect(cli('new', 's3-bucket', 'ex-nutrition-clean', '--project', 'ex-nutrition').code).toBe(0);
    const path = 'requests/ex/ex-nutrition-clean.yml';
    expect(read(path)).toContain('\nbucket: dime-ex-nutrition-clean\n');
    write(path, read(path).replace('expectedSizeGB: TODO', 'expectedSizeGB: 50'));
    const report = JSON.parse(cli('check', '--format', 'json').stdout);
    expect(report.files).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('refuses to overwrite or duplicate an existing request', () => {
    expect(cli('new', 'project', 'ex-nutrition')).toMatchObject({ code: 2, stderr: expect.stringContaining('already') });
  });

  it('writes only under requests/, and takes --project as an id', () => {
    expect(cli('new', 'ec2-instance', 'ex-gpu', '--project', 'requests/ex/ex-nutrition.yml')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--project requests/ex/ex-nutrition.yml is not a request id: give the project\'s name, as its file is named without .yml (for example ex-nutrition)'),
    });
    expect(cli('new', 'ec2-instance', 'ex-gpu', '--project', '../../outside').code).toBe(2);
    expect(cli('new', 's3-bucket', 'ex-gpu-data', '--project', 'EX-Nutrition-Analysis')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--project EX-Nutrition-Analysis is an ec2-instance (requests/ex/ex-nutrition-analysis.yml), not a project: give the id of the project the s3-bucket belongs to'),
    });
    expect(existsSync(join(repo, 'requests/ex/ex-gpu-data.yml'))).toBe(false);
    expect(cli('new', 'project', 'ex-foo', '--dir', 'docs')).toMatchObject({ code: 2, stderr: expect.stringContaining('--dir docs is not under requests/: requests are only read from there') });
    expect(cli('new', 'project', 'ex-foo', '--dir', 'requests/../..').code).toBe(2);
    expect(cli('new', 'project', 'ex-foo', '--dir', 'requests/new-team')).toMatchObject({ code: 0, stdout: expect.stringContaining('Wrote requests/new-team/ex-foo.yml') });
    expect(sh('status', '--porcelain', '--untracked-files=all')).toBe('?? requests/new-team/ex-foo.yml\n');
  });
});

// npm puts the `node` dev dependency (Node 24, the Action's runtime) first on the PATH; npm itself
// runs on the machine's Node (20 here). The bundle must work on both.
const runtimes = [...new Set([process.execPath, process.env.npm_node_execpath].filter((p): p is string => Boolean(p) && !p!.endsWith('npm-cli.js')))];

describe.each(runtimes)('the built command on %s', (node) => {
  it('runs from bin/ with the exit status the docs promise', () => {
    const bin = join(ROOT, 'bin/aws-requests.js');
    const ok = spawnSync(node, [bin, 'check', '--all'], { cwd: repo, encoding: 'utf8' });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    write('requests/ex/ex-roads.yml', 'kind: project\n');
    const bad = spawnSync(node, [bin, 'check'], { cwd: repo, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('requests/ex/ex-roads.yml:1:1: error: Missing field `name`');
    expect(spawnSync(node, [bin, '--version'], { encoding: 'utf8' }).stdout).toMatch(/^aws-requests \d+\.\d+\.\d+\n$/);
  });

  it('stops quietly, with its own status, when the reader closes the pipe early (| head)', async () => {
    // Enough requests that the report fills the pipe before the reader goes away.
    for (const f of generateInventory(400, 0).files) {
      mkdirSync(join(repo, dirname(f.path)), { recursive: true });
      writeFileSync(join(repo, f.path), f.bytes);
    }
    const child = spawn(node, [join(ROOT, 'bin/aws-requests.js'), 'validate', '--format', 'json'], { cwd: repo });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('review fixes', () => {
  it('--base compares against where the branch left it, not the tip of the base', () => {
    sh('checkout', '-q', 'main');
    write('requests/ex/dime-ex-other.yml', read('requests/ex/dime-ex-nutrition-raw.yml').replace('bucket: dime-ex-nutrition-raw', 'bucket: dime-ex-other'));
    sh('add', '.');
    sh('commit', '-qm', 'another bucket on main');
    sh('checkout', '-q', 'request');
    const report = JSON.parse(cli('check', '--base', 'main', '--format', 'json').stdout);
    expect(report.requests).toEqual([]);
  });

  it('validate judges each file alone: no tags, labels or approvals, and refuses non-request files', () => {
    const result = cli('validate', 'requests/ex');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Labels: (none)');
    expect(result.stdout).not.toContain('Approvals required');
    expect(cli('validate', 'policy.yml')).toMatchObject({ code: 2, stderr: expect.stringContaining('policy.yml is not a request file') });
  });

  it('check --all works outside git', () => {
    rmSync(join(repo, '.git'), { recursive: true, force: true });
    expect(cli('check', '--all').code).toBe(0);
  });

  it('new puts a project in its team folder', () => {
    expect(cli('new', 'project', 'ex-water').stdout).toContain('Wrote requests/ex/ex-water.yml.');
  });
});

describe('aws-requests ticket', () => {
  it('prints exactly the tickets the merge would file', () => {
    write('requests/ex/ex-nutrition-analysis.yml', read('requests/ex/ex-nutrition-analysis.yml').replace('instanceType: r6i.xlarge', 'instanceType: r6i.2xlarge').replace('{memoryGiB: 32, vcpus: 4}', '{memoryGiB: 64, vcpus: 8}'));
    const markdown = cli('ticket');
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatchSnapshot();
    const text = cli('ticket', '--format', 'text');
    expect(text.stdout).toContain('Changed instanceType: r6i.xlarge -> r6i.2xlarge');
    const piped = cli('ticket', '--format', 'json').stdout;
    const json = JSON.parse(piped);
    expect(cliAtTerminal('ticket', '--format', 'json').stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(piped).toBe(`${JSON.stringify(json)}\n`);
    expect(json.map((t: { key: string; title: string }) => [t.key, t.title])).toEqual([['its-production', 'ITS: change ec2-instance ex-nutrition-analysis in WBG AWS DIME PDMZ']]);
  });

  it('refuses to preview tickets for an invalid change', () => {
    write('requests/ex/ex-roads.yml', 'kind: project\n');
    const result = cli('ticket');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No tickets: fix the errors above first');
  });

  it('says when a change asks for nothing', () => {
    expect(cli('ticket').stdout).toBe('No tickets: this change asks nothing of IT services or group owners.\n');
  });
});
