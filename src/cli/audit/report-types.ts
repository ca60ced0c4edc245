/**
 * The report's leaf types: its formats, a violating attempt as reported, and a writer's shape
 * (shared by ./writers.ts and ./html.ts without an import cycle).
 */
import type { Citation, Reason } from '../../index.js';
import type { AuditSummary } from './summary.js';

export type ReportFormat = 'text' | 'json' | 'csv' | 'html';

/** A violating attempt, as reported. */
export interface Violation {
  /** Line of the log the attempt ends on. */
  line: number;
  /** The number as written in the log. */
  to: string;
  e164?: string;
  /** The attempt's instant in the recipient's local time (ISO 8601 with offset). */
  at: string;
  timeZone?: string;
  advertiser: string;
  channel: string;
  reasons: Array<Pick<Reason, 'code' | 'message' | 'facts'> & { citations: Array<Pick<Citation, 'instrument' | 'article' | 'url' | 'role'>> }>;
  /** When the same call would have been allowed, given the history then. */
  nextAllowedAt: string | null | undefined;
}

/** Writes a report in one format: violations as they come, then the summary. */
export interface ReportWriter {
  start(): void;
  violation(v: Violation): void;
  finish(s: AuditSummary): void;
}
