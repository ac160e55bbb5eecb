import { runCli } from './main.js';

try {
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  // A bug, not the user's input: one clear line and a distinct status instead of a stack dump.
  process.stderr.write(`aws-requests: internal error: ${(error as Error).message}\nPlease report this with the command you ran.\n`);
  process.exitCode = 3;
}
