// `npm run bench`: prints figures, asserts nothing. Each measurement runs in
// its own process so peak memory belongs to that measurement alone; figures
// are medians of several runs, with min and max, compared within one run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
console.log(`aws-requests benchmark: ${RUNS} runs each, median (min-max); 10,000 request files, 200 changed`);
for (const node of runtimes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const floor = measure(node, 'floor', 10000, 200);
  const full = measure(node, 'evaluate', 10000, 200);
  console.log(`\nnode ${version}`);
  console.log(`  floor (parse + schema only)   ${fmt(floor.median)} ms (${floor.min.toFixed(0)}-${floor.max.toFixed(0)})  peak RSS ${floor.rss.toFixed(0)} MB`);
  console.log(`  evaluate the change (full)    ${fmt(full.median)} ms (${full.min.toFixed(0)}-${full.max.toFixed(0)})  peak RSS ${full.rss.toFixed(0)} MB`);
  console.log(`  ratio full / floor            ${(full.median / floor.median).toFixed(2)}  (target <= 1.5)`);
  console.log(`  peak RSS of the evaluation    ${full.rss.toFixed(0)} MB (target < 300 MB)`);
}
rmSync(dir, { recursive: true, force: true });
