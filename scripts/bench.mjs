// `npm run bench`: prints one table of figures, then one line per budget. It
// exits non-zero only when a budget is exceeded beyond the noise of the runs
// (or a figure cannot be measured), never on a median that is merely over.
// Each measurement runs in its own process so peak memory belongs to it alone;
// timings are medians of several runs, with min and max, and the commands
// compared with each other take turns so a busy machine slows them alike.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_ONLY=2,3` measures only those figures (all six by default), for checking one budget quickly. */
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6').split(',').map((s) => s.trim()));
const dir = mkdtempSync(join(tmpdir(), 'aws-requests-bench-'));

async function bundle(entry, define = {}) {
  const outfile = join(dir, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    define,
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  return outfile;
}
const coreBundle = await bundle('scripts/bench-core.ts');
// The harness finds its fixtures beside its own source, which the bundle is not.
const apiBundle = await bundle('scripts/bench-api.ts', { 'import.meta.dirname': JSON.stringify(resolve('test/harness')) });

// npm puts Node 24 (the `node` dev dependency, the Action's runtime) first on the PATH; npm itself
// may run on another Node. Measure on each, since their ratios differ.
const runtimes = [...new Set([process.execPath, process.env.npm_node_execpath].filter((p) => p && !p.endsWith('.js') && existsSync(p)))];

// ---- measuring ---------------------------------------------------------------

/** Runs each job RUNS times, taking turns; returns each job's samples. */
function interleave(jobs) {
  const samples = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) for (const [name, job] of Object.entries(jobs)) samples[name].push(job());
  return samples;
}
/** A job timing the pure core in process (see bench-core.ts): its ms and peak RSS. */
const core = (node, what, count, changed) => () => JSON.parse(execFileSync(node, [coreBundle, what, String(count), String(changed)], { encoding: 'utf8' }));
/** A job timing a whole command, wall clock, start-up included. */
const wall = (node, args, options = {}) => () => {
  const started = process.hrtime.bigint();
  execFileSync(node, args, { stdio: 'ignore', ...options });
  return Number(process.hrtime.bigint() - started) / 1e6;
};
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
}
const msOf = (samples) => stats(samples.map((s) => s.ms));
const rssOf = (samples) => stats(samples.map((s) => s.maxRssMB));

/** `count` generated request files on disk, with the policy, for the commands to read. */
function withTree(node, count, use) {
  const tree = mkdtempSync(join(tmpdir(), 'aws-requests-tree-'));
  try {
    execFileSync(node, [coreBundle, 'write', String(count), '0'], { env: { ...process.env, BENCH_DIR: tree }, stdio: 'ignore' });
    return use(tree);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}

// ---- the table and the budgets -----------------------------------------------

const columns = [];
const rows = new Map();
let column = 0;
function put(label, text = '') {
  if (!rows.has(label)) rows.set(label, []);
  rows.get(label)[column] = text;
}
const int = (n) => Math.round(n).toLocaleString('en-US');
const span = (s, unit = 'ms') => `${int(s.median)} ${unit} (${int(s.min)}–${int(s.max)})`;
/** A ratio of two timings: the median's, from the most to the least favourable pairing of runs. */
const ratio = (a, b) => ({ median: a.median / b.median, best: a.min / b.max, worst: a.max / b.min });
const showRatio = (r) => `${r.median.toFixed(2)} (${r.best.toFixed(2)}–${r.worst.toFixed(2)})`;

const budgets = [];
/**
 * `value` is the figure (a median); `best` the most favourable the runs allow
 * (the same for counts and sizes, which have no noise). Over by the median is
 * "not met"; over even at best is "NOT MET (beyond noise)", and fails the benchmark.
 */
function budget(name, { value, best = value, limit, below = false, show = String(value) }) {
  const within = (v) => (below ? v < limit : v <= limit);
  budgets.push({ name, show, status: within(value) ? 'met' : within(best) ? 'not met (within noise)' : 'NOT MET (beyond noise)' });
}
const unmeasured = [];

// ---- runtime-dependent figures -------------------------------------------------

const KINDS = ['project', 'ec2-instance', 's3-bucket', 'security-group'];
// ajv-cli takes one schema per run; this one sends each file to its kind's schema, as `kind` does for us.
const dispatch = join(dir, 'request.schema.json');
writeFileSync(dispatch, JSON.stringify({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'request.schema.json',
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: KINDS } },
  allOf: KINDS.map((kind) => ({ if: { properties: { kind: { const: kind } } }, then: { $ref: `${kind}.schema.json` } })),
}));
// Our schemas are compiled with strict mode and all errors; so are the peer's.
const peerArgs = ['validate', '--spec=draft2020', '--strict=true', '--all-errors', '-c', 'ajv-formats', '-s', dispatch,
  ...['defs', ...KINDS].flatMap((name) => ['-r', resolve(`schemas/${name}.schema.json`)]), '-d', 'requests/**/*.yml'];
const cli = resolve('bin/aws-requests.js');

/** 1: time per file as the inventory grows, in process and as a command. */
function measureScaling(node) {
  put('**1. Scaling**: the whole inventory (`check --all`), in process; the command');
  for (const count of [1000, 10000, 50000]) {
    const s = withTree(node, count, (tree) => interleave({ evaluate: core(node, 'inventory', count, 0), command: wall(node, [cli, 'check', '--all', '--format', 'json', '--repo', tree]) }));
    const evaluate = msOf(s.evaluate);
    const command = stats(s.command);
    put(`${int(count)} files`, `${span(evaluate)} = ${((evaluate.median * 1000) / count).toFixed(0)} µs/file, ${int(rssOf(s.evaluate).median)} MB; command ${span(command)}`);
  }
}

/** 2: a change of 200 files on an inventory of 10,000, against the floor. */
function measureChange(node, major) {
  put('**2. A change**: 10,000 files, 200 changed');
  const change = interleave({ floor: core(node, 'floor', 10000, 200), full: core(node, 'evaluate', 10000, 200) });
  const [floor, full, fullRss] = [msOf(change.floor), msOf(change.full), rssOf(change.full)];
  const overhead = ratio(full, floor);
  put('floor: parse + schema-validate only', `${span(floor)}, ${int(rssOf(change.floor).median)} MB`);
  put('evaluate (locations, cross-file rules, classification, tags)', `${span(full)}, ${int(fullRss.median)} MB`);
  put('ratio evaluate / floor (budget ≤ 1.5)', showRatio(overhead));
  budget(`2. evaluate / floor ≤ 1.5, Node ${major}`, { value: overhead.median, best: overhead.best, limit: 1.5, show: showRatio(overhead) });
  budget(`2. peak RSS of the evaluation < 300 MB, Node ${major}`, { value: fullRss.median, best: fullRss.min, limit: 300, below: true, show: `${span(fullRss, 'MB')}` });
}

/** 3: `validate` and `check --all` against ajv-cli, each its own process. */
function measurePeer(node, major) {
  put('**3. Against a peer**: 10,000 files on disk, each its own process');
  const peer = withTree(node, 10000, (tree) => interleave({
    peer: wall(node, [resolve('node_modules/ajv-cli/dist/index.js'), ...peerArgs], { cwd: tree }),
    validate: wall(node, [cli, 'validate', 'requests', '--format', 'json'], { cwd: tree }),
    check: wall(node, [cli, 'check', '--all', '--format', 'json', '--repo', '.'], { cwd: tree }),
  }));
  const [ajv, validate, check] = [stats(peer.peer), stats(peer.validate), stats(peer.check)];
  const versus = ratio(validate, ajv);
  put('ajv-cli: YAML + the same schemas, `kind` dispatched by a wrapper schema', span(ajv));
  put('`aws-requests validate` (+ locations, policy rules, classification)', span(validate));
  put('ratio validate / ajv-cli (budget ≤ 1)', showRatio(versus));
  put('`aws-requests check --all` (+ cross-file rules, tags), ratio to ajv-cli', `${span(check)}, ${showRatio(ratio(check, ajv))}`);
  budget(`3. validate / ajv-cli ≤ 1, Node ${major}`, { value: versus.median, best: versus.best, limit: 1, show: showRatio(versus) });
}

/** 4: what an ignored event and `--version` cost over bare Node. */
function measureColdStart(node, major) {
  put('**4. Cold start** (budget ≤ 3 × bare Node)');
  const event = join(dir, 'push.json');
  writeFileSync(event, '{}');
  const ignoredEvent = { env: { ...process.env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' } };
  const start = interleave({ bare: wall(node, ['-e', '0']), action: wall(node, ['dist/index.js'], ignoredEvent), version: wall(node, [cli, '--version']) });
  const bare = stats(start.bare);
  put('`node -e 0`', span(bare));
  for (const [name, label] of [['action', 'the Action on an event it ignores'], ['version', '`aws-requests --version`']]) {
    const r = ratio(stats(start[name]), bare);
    put(label, `${span(stats(start[name]))}, ratio ${showRatio(r)}`);
    budget(`4. ${label} ≤ 3 × node -e 0, Node ${major}`, { value: r.median, best: r.best, limit: 3, show: showRatio(r) });
  }
}

/** 5: requests to GitHub per event, on the first runtime (counts do not depend on it). */
function measureApiRequests() {
  put(`**5. API requests per event** (local GitHub, REST + GraphQL, the Action on ${columns[0]}; counts are exact)`);
  const api = JSON.parse(execFileSync(runtimes[0], [apiBundle], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const requests = (figure, what) => {
    if ('requests' in figure) return figure.requests;
    unmeasured.push(`5. ${what}: the Action failed: ${figure.failed.split('\n')[0]}`);
    return undefined;
  };
  const shown = (n) => (n === undefined ? 'failed' : String(n));
  const sizes = Object.keys(api.synchronize).map(Number);
  const sync = Object.fromEntries(sizes.map((size) => [size, Object.fromEntries(Object.entries(api.synchronize[size]).map(([run, figure]) => [run, requests(figure, `${run}, ${size} files`)]))]));
  put('first run (opened) / a push (synchronize, new head) / rerun (synchronize, same head)');
  for (const size of sizes) put(`${int(size)} changed request file${size === 1 ? '' : 's'}`, `${shown(sync[size].first)} / ${shown(sync[size].push)} / ${shown(sync[size].rerun)}`);
  put('a review submitted (1 file)', shown(requests(api.review, 'review')));
  for (const [size, figure] of Object.entries(api.merge)) put(`a merge (closed, merged) with ${size} changed request${size === '1' ? '' : 's'}`, shown(requests(figure, `merge with ${size} requests`)));

  const SMALL = sizes.filter((size) => size <= 100);
  const synchronizes = SMALL.flatMap((size) => [sync[size].push, sync[size].rerun]);
  if (!synchronizes.includes(undefined)) budget('5. a synchronize with up to 100 files ≤ 10 requests', { value: Math.max(...synchronizes), limit: 10, show: `at most ${Math.max(...synchronizes)}` });
  // Beyond 100 files the Action may read one more page of files and one more GraphQL batch per 100 files, nothing else.
  const PER_PAGE = 2;
  const [upTo100, largest] = [Math.max(...SMALL), Math.max(...sizes)];
  const extraPages = Math.ceil(largest / 100) - Math.ceil(upTo100 / 100);
  for (const [run, name] of [['first', 'first run'], ['push', 'push'], ['rerun', 'rerun']]) {
    const [small, large] = [sync[upTo100][run], sync[largest][run]];
    if (small === undefined || large === undefined) continue;
    budget(`5. ${name}, ${int(largest)} files ≤ its ${upTo100}-file count + ${PER_PAGE} per extra page of 100`, { value: large - small, limit: PER_PAGE * extraPages, show: `${large} − ${small} = ${large - small}, allowed ${PER_PAGE * extraPages}` });
  }
}

console.log(`aws-requests benchmark, ${RUNS} runs each: median (min–max); ratios: median (most–least favourable pairing of runs)\n`);
for (const node of runtimes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const major = version.split('.')[0];
  column = columns.push(`Node ${version}`) - 1;
  if (ONLY.has('1')) measureScaling(node);
  if (ONLY.has('2')) measureChange(node, major);
  if (ONLY.has('3')) measurePeer(node, major);
  if (ONLY.has('4')) measureColdStart(node, major);
}

// ---- figures that do not depend on the runtime -----------------------------------

column = 0;
if (ONLY.has('5')) measureApiRequests();

// The Action loads dist/index.js and the chunks it imports, statically or on demand; the CLI's own chunks are not its size.
function loaded(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, path] of readFileSync(file, 'utf8').matchAll(/(?:from ?|import\(|import ?)"(\.\/[^"]+)"/g)) loaded(join(dirname(file), path), seen);
  return seen;
}
/** 6: the bytes of the Action's bundle and of all of `dist/`. */
function measureBundle() {
  const bytes = (file) => statSync(file).size;
  const action = [...loaded('dist/index.js')].reduce((sum, f) => sum + bytes(f), 0);
  const dist = ['dist/index.js', 'dist/cli.js', ...readdirSync('dist/chunks').map((f) => join('dist/chunks', f))];
  put('**6. Bundle** (budget: the Action < 2 MB = 2,000,000 bytes)', `the Action ${int(action)} bytes in ${loaded('dist/index.js').size} files; all of \`dist/\` with the CLI ${int(dist.reduce((sum, f) => sum + bytes(f), 0))} bytes in ${dist.length} files`);
  budget('6. the Action\'s bundle < 2 MB', { value: action, limit: 2_000_000, below: true, show: `${int(action)} bytes` });
}
if (ONLY.has('6')) measureBundle();

// ---- output ----------------------------------------------------------------------

console.log(`| | ${columns.join(' | ')} |`);
console.log(`|---|${columns.map(() => '---').join('|')}|`);
for (const [label, cells] of rows) console.log(`| ${label} | ${columns.map((_, i) => cells[i] ?? '').join(' | ')} |`);
console.log('\nBudgets (a timing is exceeded only if even its most favourable pairing of runs is over):');
for (const b of budgets) console.log(`  ${b.status.padEnd(22)} ${b.name}: ${b.show}`);
for (const reason of unmeasured) console.log(`  ${'NOT MEASURED'.padEnd(22)} ${reason}`);
rmSync(dir, { recursive: true, force: true });
process.exitCode = budgets.some((b) => b.status.startsWith('NOT MET')) || unmeasured.length > 0 ? 1 : 0;
