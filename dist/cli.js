import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-YWETQ3LZ.js";
import "./chunks/chunk-5XWL5JNG.js";

// src/cli/index.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
}
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`aws-requests ${VERSION}
`);
} else {
  const { runCli } = await import("./chunks/main-5AO4UNLI.js");
  try {
    process.exitCode = runCli(argv, {
      cwd: process.cwd(),
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      terminal: process.stdout.isTTY === true
    });
  } catch (error) {
    process.stderr.write(`aws-requests: internal error: ${error.message}
Please report this with the command you ran.
`);
    process.exitCode = 3;
  }
}
