// Bundles the Action (dist/index.js) and the CLI (dist/cli.js). The output is
// committed, and CI rebuilds it to prove it matches the source.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { renderValidators } from './gen-validators.mjs';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);" },
};

// The schemas, compiled ahead of time; written only when they changed, so a build never dirties a clean tree.
const validators = 'src/model/validators.generated.js';
const compiled = renderValidators();
if (!existsSync(validators) || readFileSync(validators, 'utf8') !== compiled) writeFileSync(validators, compiled);

// Split bundles: an event the Action ignores, or `--version`, loads only a few kilobytes;
// the checker and the GitHub client come in as chunks when needed.
await rm('dist', { recursive: true, force: true });
await build({ ...shared, entryPoints: { index: 'src/index.ts', cli: 'src/cli/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
