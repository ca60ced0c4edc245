// The examples run as a user would run them: against the built package (npm test builds first).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (file: string) => execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' });

describe('examples', () => {
  it('quick-start prints the deny, its reasons with citations and the next allowed time', () => {
    const out = run('examples/quick-start.ts');
    expect(out).toContain('verdict: deny');
    expect(out).toContain('fr.hours.outside-window');
    expect(out).toContain('fr.frequency.limit');
    expect(out).toContain('Code de la consommation D.223-9');
    expect(out).toContain('next allowed: 2026-12-02T10:15:00+01:00');
  });

  it('us-calls prints the Florida hours deny with its citation and the next morning', () => {
    const out = run('examples/us-calls.ts');
    expect(out).toContain('verdict: deny (jurisdiction US, regions US-NY + US-FL)');
    expect(out).toContain('us.fl.hours');
    expect(out).toContain('Florida Statutes (Florida Telemarketing Act) § 501.616(6)(a)');
    expect(out).toContain('next allowed: 2026-11-25T08:00:00-05:00');
  });

  it('custom-calendar blocks the company closing days as holidays', () => {
    const out = run('examples/custom-calendar.ts');
    expect(out).toContain('2026-12-23 allow');
    expect(out).toContain('2026-12-24 deny — Prospecting calls are not allowed on a public holiday: 2026-12-24 is Company closing day.');
    expect(out).toContain('next: 2026-12-28T10:00:00+01:00');
  });

  it('http-service answers decisions over HTTP and reserves atomically', async () => {
    const { buildService } = await import('../examples/http-service.js');
    const app = buildService();
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const to = '+33612345678';
      const post = (path: string, body: unknown) =>
        fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect((await post(`/recipients/${encodeURIComponent(to)}/events`, { type: 'consent', at: '2026-11-01T10:00:00Z', advertiser: 'acme' })).status).toBe(201);
      const bad = await post(`/recipients/${encodeURIComponent(to)}/events`, { type: 'refusal', at: 'yesterday', advertiser: 'acme' });
      expect(bad.status).toBe(422);
      const attempt = { to, channel: 'voice', advertiser: 'acme', callerId: '+33162123456' };
      const verdicts: string[] = [];
      for (const day of ['23', '24', '25', '26', '27']) {
        const res = await post('/decisions?reserve=1', { ...attempt, at: `2026-11-${day}T10:30:00+01:00` });
        verdicts.push(((await res.json()) as { verdict: string }).verdict);
      }
      expect(verdicts).toEqual(['allow', 'allow', 'allow', 'allow', 'deny']);
      expect((await post('/decisions', { ...attempt, at: '2026-11-27 10:30' })).status).toBe(422);
    } finally {
      await app.close();
    }
  });
});

