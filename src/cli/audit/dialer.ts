/**
 * The US dialer-behaviour checks of an audit (src/law/us/dialer.ts): the abandonment rate of each
 * campaign per 30-day period, and unanswered calls hung up before 15 seconds. Only calls to +1
 * numbers count; what is answered and what is abandoned comes from the dialer's statuses (the
 * mapping: VICIdial DROP and PDROP are abandoned).
 */
import { ABANDONMENT, RING_TIME } from '../../law/us/dialer.js';
import type { Citation } from '../../index.js';
import type { AttemptRecord } from './records.js';

const DAY_MS = 86_400_000;
const LISTED = 20;

/** The abandonment rate of one campaign over one period. */
export interface AbandonmentPeriod {
  campaign: string;
  /** First and last instants of the period (UTC, ISO 8601). */
  from: string;
  until: string;
  /** Calls answered by a person (the abandoned ones included). */
  answered: number;
  abandoned: number;
  rate: number;
  maxRate: number;
  /** True when the rate is over the maximum. */
  breach: boolean;
}

/** Unanswered calls hung up too soon, per campaign. */
export interface RingTime {
  campaign: string;
  /** Unanswered calls whose duration the log gives. */
  unanswered: number;
  /** Those shorter than the minimum ring time. */
  short: number;
  minSeconds: number;
  /** Lines of the first short ones. */
  lines: number[];
}

/** What the summary reports of the dialer's behaviour (US numbers only). */
export interface DialerBehaviour {
  abandonment: AbandonmentPeriod[];
  ringTime: RingTime[];
  citations: { abandonment: readonly Citation[]; ringTime: readonly Citation[] };
}

interface Campaign {
  periodStart: number;
  answered: number;
  abandoned: number;
  periods: AbandonmentPeriod[];
  unanswered: number;
  short: number;
  lines: number[];
}

export class DialerTally {
  private readonly campaigns = new Map<string, Campaign>();

  /** An attempt the replay judged (in time order). */
  observe(record: AttemptRecord): void {
    if (!record.key.startsWith('+1')) return;
    const name = record.attempt.advertiser;
    let c = this.campaigns.get(name);
    if (!c) this.campaigns.set(name, (c = { periodStart: record.at, answered: 0, abandoned: 0, periods: [], unanswered: 0, short: 0, lines: [] }));
    // Periods of 30 days from the campaign's first US call; a call past the period closes it.
    while (record.at >= c.periodStart + ABANDONMENT.periodDays * DAY_MS) {
      this.close(name, c);
      c.periodStart += ABANDONMENT.periodDays * DAY_MS;
    }
    const first = record.history[0];
    const outcome = first?.type === 'attempt' ? first.outcome : undefined;
    if (outcome === 'answered') {
      c.answered++;
      if (record.abandoned) c.abandoned++;
    }
    if (outcome === 'no-answer' && record.durationSec !== undefined) {
      c.unanswered++;
      if (record.durationSec < RING_TIME.minSeconds) {
        c.short++;
        if (c.lines.length < LISTED) c.lines.push(record.line);
      }
    }
  }

  private close(campaign: string, c: Campaign): void {
    if (c.answered > 0) {
      const rate = c.abandoned / c.answered;
      c.periods.push({
        campaign,
        from: new Date(c.periodStart).toISOString(),
        until: new Date(c.periodStart + ABANDONMENT.periodDays * DAY_MS - 1).toISOString(),
        answered: c.answered,
        abandoned: c.abandoned,
        rate,
        maxRate: ABANDONMENT.maxRate,
        breach: rate > ABANDONMENT.maxRate,
      });
    }
    c.answered = 0;
    c.abandoned = 0;
  }

  /** The report, periods closed (a campaign's last period is measured on the calls it holds). */
  behaviour(): DialerBehaviour | null {
    if (this.campaigns.size === 0) return null;
    const abandonment: AbandonmentPeriod[] = [];
    const ringTime: RingTime[] = [];
    for (const [name, c] of [...this.campaigns].sort(([a], [b]) => a.localeCompare(b))) {
      this.close(name, c);
      abandonment.push(...c.periods);
      if (c.unanswered > 0) ringTime.push({ campaign: name, unanswered: c.unanswered, short: c.short, minSeconds: RING_TIME.minSeconds, lines: c.lines });
    }
    return { abandonment, ringTime, citations: { abandonment: ABANDONMENT.citations, ringTime: RING_TIME.citations } };
  }
}
