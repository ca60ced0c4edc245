/**
 * Prometheus metrics of the service, in the text exposition format: decisions by verdict and
 * reason code, request latency as a histogram, store errors. Hand-written: three metric families
 * do not need a client library. Labels never hold a number or a name of the input.
 */

/** Upper bounds of the latency histogram, in seconds. */
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export class Metrics {
  private readonly decisions = new Map<string, number>();
  private readonly latency = new Map<string, { buckets: number[]; sum: number; count: number }>();
  private storeErrors = 0;

  decision(endpoint: string, verdict: 'allow' | 'deny', codes: readonly string[]): void {
    const add = (code: string) => {
      const k = `endpoint="${endpoint}",verdict="${verdict}",code="${code}"`;
      this.decisions.set(k, (this.decisions.get(k) ?? 0) + 1);
    };
    if (codes.length === 0) add('');
    for (const c of codes) add(c);
  }

  request(route: string, status: number, seconds: number): void {
    const k = `route="${route}",status="${status}"`;
    let h = this.latency.get(k);
    if (!h) this.latency.set(k, (h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }));
    BUCKETS.forEach((b, i) => { if (seconds <= b) h!.buckets[i]!++; });
    h.sum += seconds;
    h.count++;
  }

  storeError(): void {
    this.storeErrors++;
  }

  text(): string {
    const out = [
      '# HELP callgate_decisions_total Decisions by endpoint, verdict and reason code (one line per code of a denied decision).',
      '# TYPE callgate_decisions_total counter',
      ...[...this.decisions].map(([k, n]) => `callgate_decisions_total{${k}} ${n}`),
      '# HELP callgate_request_duration_seconds Request latency by route and status.',
      '# TYPE callgate_request_duration_seconds histogram',
    ];
    for (const [k, h] of this.latency) {
      BUCKETS.forEach((b, i) => out.push(`callgate_request_duration_seconds_bucket{${k},le="${b}"} ${h.buckets[i]}`));
      out.push(`callgate_request_duration_seconds_bucket{${k},le="+Inf"} ${h.count}`, `callgate_request_duration_seconds_sum{${k}} ${h.sum}`, `callgate_request_duration_seconds_count{${k}} ${h.count}`);
    }
    out.push('# HELP callgate_store_errors_total Requests that failed because the store did not answer.', '# TYPE callgate_store_errors_total counter', `callgate_store_errors_total ${this.storeErrors}`);
    return `${out.join('\n')}\n`;
  }
}
