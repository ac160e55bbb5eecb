// Preloaded into the Action's process (NODE_OPTIONS=--require) by tests that
// prove it runs nothing: every way of starting a process records its name in
// the file NO_SPAWN_LOG names and throws instead.
const childProcess = require('node:child_process');
const { appendFileSync } = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');

for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[name] = () => {
    appendFileSync(process.env.NO_SPAWN_LOG, `${name}\n`);
    throw new Error(`the Action tried to start a process (${name})`);
  };
}
// ESM imports of node:child_process see the replacements too.
syncBuiltinESMExports();
