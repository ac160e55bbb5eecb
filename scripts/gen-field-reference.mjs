// Writes docs/reference.md from the schemas; with --check, fails when the committed page is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderFieldReference } from './field-reference.mjs';

const target = 'docs/reference.md';
const text = renderFieldReference(process.cwd());
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${target} is stale: run \`npm run docs\` and commit it.`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
