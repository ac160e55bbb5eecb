// Benchmarks of the pure core, bundled and run by scripts/bench.mjs.
import yaml from 'js-yaml';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateAgainstSchema } from '../src/model/schemas.js';
import type { RequestKind } from '../src/model/types.js';
import { evaluate } from '../src/rules/evaluate.js';
import { loadPolicy } from '../src/rules/load-policy.js';
import { generateInventory } from './bench-inventory.js';

const [what = 'evaluate', countText = '10000', changedText = '200'] = process.argv.slice(2);
const policyOutcome = loadPolicy('policy.yml', new Uint8Array(readFileSync('policy.yml')));
if (!policyOutcome.ok) throw new Error('policy.yml is invalid');
const policy = policyOutcome.policy;
const { files, changedFiles } = generateInventory(Number(countText), Number(changedText));
const decoder = new TextDecoder();

function floor(): number {
  // The least any validator must do: decode, parse and schema-check every file once.
  let invalid = 0;
  for (const file of [...files, ...changedFiles]) {
    const doc = yaml.load(decoder.decode(file.bytes), { schema: yaml.CORE_SCHEMA }) as { kind: RequestKind };
    if (validateAgainstSchema(doc.kind, doc).length > 0) invalid++;
  }
  return invalid;
}

function inventory(): number {
  // The whole inventory as newly submitted: what `check --all` and `npm start` do.
  const evaluation = evaluate({ policy, base: [], changes: files.map((f) => ({ path: f.path, status: 'added', file: f })), mode: 'inventory' });
  return evaluation.requests.length;
}

function write(): number {
  // Lay the inventory out on disk, with the policy, for timing the command itself.
  const dir = process.env.BENCH_DIR!;
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
  }
  writeFileSync(join(dir, 'policy.yml'), readFileSync('policy.yml'));
  return files.length;
}

function full(): number {
  const evaluation = evaluate({ policy, base: files, changes: changedFiles.map((f) => ({ path: f.path, status: 'modified', file: f })) });
  if (!evaluation.ok) throw new Error(`generated inventory is invalid: ${JSON.stringify(evaluation.files[0])}`);
  return evaluation.requests.length;
}

// One warm-up run (schema compilation, JIT) outside the timing, as in a long CI job it is paid once.
validateAgainstSchema('project', {});
const run = what === 'floor' ? floor : what === 'inventory' ? inventory : what === 'write' ? write : full;
const started = process.hrtime.bigint();
const result = run();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(`${JSON.stringify({ what, files: files.length, changed: changedFiles.length, ms, result, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
