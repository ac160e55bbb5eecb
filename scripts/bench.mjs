// `npm run bench`: prints figures, asserts nothing. Each measurement runs in
// its own process so peak memory belongs to that measurement alone; figures
// are medians of several runs, with min and max, compared within one run.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

function measure(what, count, changed) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, [bundle, what, String(count), String(changed)], { encoding: 'utf8' })));
  }
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const rss = runs.map((r) => r.maxRssMB).sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)], min: ms[0], max: ms.at(-1), rss: rss[Math.floor(rss.length / 2)], files: runs[0].files };
}

const fmt = (n) => n.toFixed(0).padStart(7);
console.log(`aws-requests benchmark: node ${process.version}, ${RUNS} runs each, median (min-max)`);
const floor = measure('floor', 10000, 200);
const full = measure('evaluate', 10000, 200);
console.log(`files: ${full.files} in the inventory, 200 changed`);
console.log(`floor (parse + schema only)   ${fmt(floor.median)} ms (${floor.min.toFixed(0)}-${floor.max.toFixed(0)})  peak RSS ${floor.rss.toFixed(0)} MB`);
console.log(`evaluate the change (full)    ${fmt(full.median)} ms (${full.min.toFixed(0)}-${full.max.toFixed(0)})  peak RSS ${full.rss.toFixed(0)} MB`);
console.log(`ratio full / floor            ${(full.median / floor.median).toFixed(2)}  (target <= 1.5)`);
console.log(`peak RSS of the evaluation    ${full.rss.toFixed(0)} MB (target < 300 MB)`);
rmSync(dir, { recursive: true, force: true });
