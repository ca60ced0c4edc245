#!/usr/bin/env node
/**
 * The `callgate` command: `check`, `windows`, `audit`. See docs/audit.md.
 * @packageDocumentation
 */
import { main } from './cli/program.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`callgate: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
