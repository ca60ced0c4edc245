// A block that a dated event already in the history will lift ends at that date (issue 18 item 9):
// the contract exception (C. consom. L.223-1 al. 4 from 2026-08-11; the energy-renovation ban's
// exception) applies from the start of a contract the call names.
import { describe, expect, it } from 'vitest';
import { evaluate } from 'callgate';
import { call, codes, scrub } from './helpers.js';

const AT = '2026-11-24T11:00:00+01:00';
const later = { type: 'contract' as const, id: 'C-7', advertiser: 'acme', start: '2026-12-01T00:00:00+01:00' };

describe('nextAllowedAt when a contract of the history starts later', () => {
  it('opt-in era: denied before the start, and nextAllowedAt is the first lawful instant from the start (L.223-1 al. 4)', () => {
    const d = evaluate(call(AT, { contractId: 'C-7' }), [later]);
    expect(codes(d)).toEqual(['fr.consent.missing']);
    expect(d.reasons[0]!.facts).toMatchObject({ contractInProgress: false, contractStarts: '2026-12-01' });
    // 2026-12-01 is a Tuesday: the contract starts at midnight, the hours of D.223-9 open at 10:00.
    expect(d.reasons[0]!.until).toBe('2026-12-01T00:00:00+01:00');
    expect(d.nextAllowedAt).toBe('2026-12-01T10:00:00+01:00');
    const then = evaluate(call(d.nextAllowedAt!, { contractId: 'C-7' }), [later]);
    expect(then.allowed).toBe(true);
    expect(then.exemptions.map((e) => e.code)).toContain('fr.exemption.contract');
    expect(evaluate(call('2026-12-01T09:59:59+01:00', { contractId: 'C-7' }), [later]).allowed).toBe(false);
  });

  it('a contract of another id, or of another advertiser, does not end the block', () => {
    expect(evaluate(call(AT, { contractId: 'C-8' }), [later]).nextAllowedAt).toBeNull();
    expect(evaluate(call(AT, { contractId: 'C-7' }), [{ ...later, advertiser: 'globex' }]).nextAllowedAt).toBeNull();
    // Without invoking the exception, a later contract changes nothing.
    expect(evaluate(call(AT), [later]).nextAllowedAt).toBeNull();
  });

  it('a sector ban lifted by a later contract ends at its start (energy renovation, loi 2025-594 art. 13 II)', () => {
    const consent = { type: 'consent' as const, at: '2026-09-01T09:00:00Z', advertiser: 'acme' };
    const d = evaluate(call(AT, { contractId: 'C-7', sector: 'energy-renovation' }), [consent, later]);
    expect(codes(d)).toEqual(['fr.sector.prohibited']);
    expect(d.nextAllowedAt).toBe('2026-12-01T10:00:00+01:00');
  });

  it('Bloctel era: the listed and unchecked blocks end at a later contract start (L.223-1 al. 2, 2020 version)', () => {
    const at = '2025-03-04T11:00:00+01:00';
    const contract = { ...later, start: '2025-03-10T09:00:00+01:00' };
    const listed = evaluate(call(at, { contractId: 'C-7' }), [scrub('2025-03-01T09:00:00+01:00', true), contract]);
    expect(codes(listed)).toEqual(['fr.opposition.listed']);
    expect(listed.nextAllowedAt).toBe('2025-03-10T10:00:00+01:00');
    const unchecked = evaluate(call(at, { contractId: 'C-7' }), [contract]);
    expect(codes(unchecked)).toEqual(['fr.opposition.unchecked']);
    expect(unchecked.nextAllowedAt).toBe('2025-03-10T10:00:00+01:00');
  });
});
