#!/usr/bin/env node
/**
 * The `callgate` command: `check`, `windows`, `audit`. See docs/audit.md.
 * @packageDocumentation
 */
import { main } from './cli/program.js';

// A reader that stops early (`callgate audit log.csv | head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`callgate: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
