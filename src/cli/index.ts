import { VERSION } from './version.js';

// A reader that stops early (`| head`) closes the pipe: what it did not read is not wanted, so stop
// quietly with the status already decided, instead of failing on an unhandled write error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the checker loads, so scripts asking for the version pay nothing.
  process.stdout.write(`aws-requests ${VERSION}\n`);
} else {
  const { runCli } = await import('./main.js');
  try {
    process.exitCode = runCli(argv, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      terminal: process.stdout.isTTY === true,
    });
  } catch (error) {
    // A bug, not the user's input: one clear line and a distinct status instead of a stack dump.
    process.stderr.write(`aws-requests: internal error: ${(error as Error).message}\nPlease report this with the command you ran.\n`);
    process.exitCode = 3;
  }
}
