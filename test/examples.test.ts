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
});
