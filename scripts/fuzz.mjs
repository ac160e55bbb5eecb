// `npm run fuzz [-- runs [seed]]`: the long property-based fuzz run. Mutated
// sample requests go through evaluate -> comment -> tickets -> text -> JSON
// (the properties are in test/corpus/fuzz-property.ts, which `npm test` runs
// 300 times with a fixed seed). Every failing input is counted, not only the
// first; a few are printed, minimised, with what broke. Known bugs are counted
// apart. Exits 1 when an unknown failure is found.
//
//   FUZZ_RUNS=50000 FUZZ_SEED=7 npm run fuzz
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.argv[3] ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: node scripts/fuzz.mjs [runs] [seed]');
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'aws-requests-fuzz-'));
try {
  const bundle = join(dir, 'fuzz.mjs');
  await build({
    stdin: { contents: "export { runFuzz } from './test/corpus/fuzz-property.ts';", resolveDir: ROOT, loader: 'ts', sourcefile: 'fuzz-entry.ts' },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    // test/helpers.ts finds the repository (policy.yml, requests/) from its own directory.
    define: { 'import.meta.dirname': JSON.stringify(join(ROOT, 'test')) },
    banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
  });
  const { runFuzz } = await import(pathToFileURL(bundle).href);
  const report = runFuzz({ runs, seed, keep: 5 });

  console.log(`aws-requests fuzz: seed ${report.seed}`);
  console.log(`runs      ${report.runs}`);
  console.log(`failures  ${report.failures}`);
  console.log(`known-bug failures (counted apart)  ${report.knownBugFailures}`);
  console.log(`time      ${(report.ms / 1000).toFixed(1)} s (${(report.ms / report.runs).toFixed(2)} ms per run)`);
  for (const known of report.knownBugExamples) console.log(`  known bug ${known.kind}, e.g. ${JSON.stringify(known.input)}`);
  for (const [i, example] of report.examples.entries()) {
    console.log(`\nfailure ${i + 1}: ${JSON.stringify(example.input)}`);
    console.log(`  judged as ${example.path}`);
    for (const problem of example.problems) console.log(`  - ${problem.split('\n').slice(0, 6).join('\n    ')}`);
    console.log(`  file:\n${example.text.replace(/^/gm, '    | ')}`);
  }
  if (report.failures > 0) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
