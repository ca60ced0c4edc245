// Runs the BUILT command (`npm test` builds with tsup before vitest), as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function callgate(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON a command printed, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function json<T = Record<string, unknown>>(r: Run): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)}\n${r.stderr.slice(0, 500)}`);
  }
}

/** A scratch directory for input files, removed by `cleanup`. */
export function scratch(): { file(name: string, content: string | Buffer): string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'callgate-cli-'));
  return {
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Shape of the audit JSON report, as far as tests read it. */
export interface AuditJson {
  violations: Array<{ line: number; to: string; e164?: string; at: string; advertiser: string; reasons: Array<{ code: string; message: string; citations: Array<{ instrument: string; article?: string; url: string }> }>; nextAllowedAt: string | null }>;
  summary: {
    rows: number;
    attempts: number;
    events: number;
    loaded: { consents: number; oppositionChecks: number; refusals: number; objections: number };
    warnings: string[];
    duplicates: number;
    compliant: number;
    violating: number;
    compliantShare: number;
    byCode: Record<string, number>;
    byAdvertiser: Record<string, { attempts: number; violations: number }>;
    byMonth: Record<string, { attempts: number; violations: number }>;
    badRows: number;
    badRowsByField: Record<string, number>;
    badRowsListed: Array<{ line: number; field: string; column?: string; problem: string }>;
    advisories: { outOfOrder: number; outOfOrderLines: number[]; unknownStatuses: Record<string, number>; decisions: Record<string, number> };
    exposure: { kind: string; sanctionedAttempts: number; violatingAttempts: number; maxFinePerBreachEur: number; maxTotalEur: number; sanction: { article?: string; url: string } };
    complete: boolean;
  };
}

/** Line → codes of the violations, for exact comparisons. */
export function byLine(report: AuditJson): Record<number, string[]> {
  return Object.fromEntries(report.violations.map((v) => [v.line, v.reasons.map((r) => r.code).sort()]));
}
