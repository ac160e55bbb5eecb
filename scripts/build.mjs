// Bundles the Action (dist/index.js) and the CLI (dist/cli.js). The output is
// committed, and CI rebuilds it to prove it matches the source.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
const { outputFiles } = await build({ ...shared, entryPoints: { index: 'src/index.ts', cli: 'src/cli/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]', write: false });
for (const file of outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, asciiOnly(file.text));
}

/**
 * esbuild escapes non-ASCII characters in code but keeps them in the comments
 * it copies from dependencies, and one such character makes V8 hold the whole
 * chunk as two-byte text: slower to decode and compile on every start. The
 * ones left are in comments, where `\uXXXX` is plain text; in code it would
 * mean the same character.
 */
function asciiOnly(text) {
  return text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
