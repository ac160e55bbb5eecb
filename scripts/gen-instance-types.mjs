#!/usr/bin/env node
/**
 * Regenerates src/model/instance-types.json, the catalogue of EC2 instance
 * type names, from the `_InstanceType` enum of `@aws-sdk/client-ec2`.
 *
 * Why a committed JSON file rather than importing the SDK at run time: the
 * SDK is large, it is only a devDependency, and the Action must judge a PR
 * against a catalogue that is reviewed like any other change. Bumping the
 * SDK and re-running this script is how new instance types arrive.
 *
 *   node scripts/gen-instance-types.mjs          write the file
 *   node scripts/gen-instance-types.mjs --check  exit 1 if the file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import { _InstanceType } from '@aws-sdk/client-ec2';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src', 'model', 'instance-types.json');

const require = createRequire(import.meta.url);
const { version } = require('@aws-sdk/client-ec2/package.json');

/** The catalogue exactly as it should be on disk (sorted, deduplicated, newline-terminated). */
export function renderCatalogue() {
  const types = [...new Set(Object.values(_InstanceType))].sort();
  const catalogue = { source: `@aws-sdk/client-ec2 ${version}`, count: types.length, types };
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

function main() {
  const wanted = renderCatalogue();
  const rel = relative(process.cwd(), target) || target;
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // A missing file is simply stale.
    }
    if (current !== wanted) {
      console.error(
        `${rel} does not match @aws-sdk/client-ec2 ${version}.\n` +
          'Run `npm run instance-types` and commit the result.',
      );
      process.exit(1);
    }
    console.log(`${rel} is current (@aws-sdk/client-ec2 ${version}).`);
    return;
  }
  writeFileSync(target, wanted);
  const { count } = JSON.parse(wanted);
  console.log(`wrote ${rel}: ${count} instance types from @aws-sdk/client-ec2 ${version}`);
}

// Run only when executed directly, so a test can import renderCatalogue().
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
