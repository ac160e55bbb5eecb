// `npm run bench`: prints figures, asserts nothing. Each measurement runs in
// its own process so peak memory belongs to that measurement alone; figures
// are medians of several runs, with min and max, compared within one run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'aws-requests-bench-'));
const bundle = join(dir, 'bench-core.mjs');
await build({
  entryPoints: ['scripts/bench-core.ts'],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
});

// npm puts Node 24 (the `node` dev dependency, the Action's runtime) first on the PATH; npm itself
// may run on another Node. Measure on each, since their ratios differ.
const runtimes = [...new Set([process.execPath, process.env.npm_node_execpath].filter((p) => p && !p.endsWith('.js') && existsSync(p)))];

function measure(node, what, count, changed) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(JSON.parse(execFileSync(node, [bundle, what, String(count), String(changed)], { encoding: 'utf8' })));
  }
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = runs.map((r) => r.maxRssMB).sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], min: ms[0], max: ms.at(-1), rss: rss[Math.floor(rss.length / 2)], files: runs[0].files };
}

const fmt = (n) => n.toFixed(0).padStart(7);
const span = (m) => `${fmt(m.median)} ms (${m.min.toFixed(0)}-${m.max.toFixed(0)})`;

/** Median, min and max of a command's wall time over RUNS runs. */
function timeCommand(node, args, options = {}) {
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    execFileSync(node, args, { stdio: 'ignore', ...options });
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], min: ms[0], max: ms.at(-1) };
}

console.log(`aws-requests benchmark: ${RUNS} runs each, median (min-max)`);
for (const node of runtimes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\nnode ${version}`);

  console.log('  1. scaling: the whole inventory (check --all), in process and as the command');
  for (const count of [1000, 10000, 50000]) {
    const inProcess = measure(node, 'inventory', count, 0);
    const tree = mkdtempSync(join(tmpdir(), 'aws-requests-tree-'));
    execFileSync(node, [bundle, 'write', String(count), '0'], { env: { ...process.env, BENCH_DIR: tree }, stdio: 'ignore' });
    const command = timeCommand(node, ['bin/aws-requests.js', 'check', '--all', '--format', 'json', '--repo', tree]);
    rmSync(tree, { recursive: true, force: true });
    console.log(`     ${String(count).padStart(6)} files: evaluate ${span(inProcess)} = ${((inProcess.median * 1000) / count).toFixed(1)} µs/file, peak RSS ${inProcess.rss.toFixed(0)} MB; command ${span(command)} = ${((command.median * 1000) / count).toFixed(1)} µs/file`);
  }

  const floor = measure(node, 'floor', 10000, 200);
  const full = measure(node, 'evaluate', 10000, 200);
  console.log('  2. overhead over the floor: 10,000 files, 200 changed');
  console.log(`     floor (parse + schema only)   ${span(floor)}  peak RSS ${floor.rss.toFixed(0)} MB`);
  console.log(`     evaluate the change (full)    ${span(full)}  peak RSS ${full.rss.toFixed(0)} MB`);
  console.log(`     ratio full / floor            ${(full.median / floor.median).toFixed(2)}  (target <= 1.5; peak RSS target < 300 MB)`);

  const bare = timeCommand(node, ['-e', '0']);
  const event = join(dir, 'push.json');
  writeFileSync(event, '{}');
  const ignored = timeCommand(node, ['dist/index.js'], { env: { ...process.env, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' } });
  const version2 = timeCommand(node, ['bin/aws-requests.js', '--version']);
  console.log('  4. cold start');
  console.log(`     node -e 0                     ${span(bare)}`);
  console.log(`     the Action, ignored event     ${span(ignored)}  ratio ${(ignored.median / bare.median).toFixed(2)} (target <= 3)`);
  console.log(`     aws-requests --version        ${span(version2)}  ratio ${(version2.median / bare.median).toFixed(2)} (target <= 3)`);
}

const size = (path) => statSync(path).size;
const chunks = readdirSync('dist/chunks').map((f) => join('dist/chunks', f));
const total = [join('dist', 'index.js'), join('dist', 'cli.js'), ...chunks].reduce((sum, f) => sum + size(f), 0);
console.log(`\n6. bundle size: dist/ ${(total / 1024).toFixed(0)} KiB in ${2 + chunks.length} files (entry points ${size('dist/index.js')} and ${size('dist/cli.js')} bytes; budget 2 MB for the Action)`);
rmSync(dir, { recursive: true, force: true });
