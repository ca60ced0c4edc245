// Consent for automated and prerecorded calls and texts: 47 CFR 64.1200(a)(1)(iii), (a)(2),
// (a)(3), (f)(9) (prior express written consent), revocation (a)(10); Florida § 501.059(8)(a),
// Oklahoma § 775C, Maryland § 14-4502(a)(3).
import { describe, expect, it } from 'vitest';
import type { ContactEvent } from 'callgate';
import { US, codes, exemptions, fresh, usDecide } from './support.js';

const AT = '2026-11-24T12:00:00-05:00';
const written: ContactEvent = { type: 'consent', at: '2026-10-01T12:00:00Z', advertiser: 'acme', written: true, proof: 'https://acme.example/consents/9' };
const oral: ContactEvent = { type: 'consent', at: '2026-10-01T12:00:00Z', advertiser: 'acme' };

describe('prior express written consent for automated marketing (64.1200(a)(2), (f)(9))', () => {
  it('a live, manually dialled marketing call needs no consent', () => {
    expect(usDecide(US.ohio, AT).allowed).toBe(true);
  });

  it('denies an autodialled or prerecorded marketing call without written consent, and a text (texts are calls)', () => {
    expect(codes(usDecide(US.ohio, AT, fresh(AT), { automated: true }))).toEqual(['us.consent.missing']);
    expect(codes(usDecide(US.ohio, AT, fresh(AT), { prerecorded: true }))).toEqual(['us.consent.missing']);
    const text = usDecide(US.ohio, AT, fresh(AT), { channel: 'sms' });
    expect(codes(text)).toEqual(['us.consent.missing']);
    expect(text.reasons[0]!.facts).toMatchObject({ required: 'prior express written consent', channel: 'sms' });
    expect(text.nextAllowedAt).toBeNull();
  });

  it('an oral consent is not enough for marketing; a written one is', () => {
    expect(codes(usDecide(US.ohio, AT, [...fresh(AT), oral], { automated: true }))).toEqual(['us.consent.missing']);
    const d = usDecide(US.ohio, AT, [...fresh(AT), written], { automated: true });
    expect(d.allowed).toBe(true);
    expect(exemptions(d)).toContain('us.exemption.written-consent');
  });

  it('an established business relationship is not consent for an autodialled call', () => {
    const customer: ContactEvent = { type: 'customer', at: '2026-11-01T12:00:00Z', advertiser: 'acme', kind: 'purchase' };
    expect(codes(usDecide(US.ohio, AT, [...fresh(AT), customer], { channel: 'sms' }))).toEqual(['us.consent.missing']);
  });

  it('a consent for voice does not cover texts', () => {
    const voiceOnly: ContactEvent = { ...written, channels: ['voice'] } as ContactEvent;
    expect(codes(usDecide(US.ohio, AT, [...fresh(AT), voiceOnly], { channel: 'sms' }))).toEqual(['us.consent.missing']);
  });

  it('a non-commercial automated call needs prior express consent, oral included (64.1200(a)(1)(iii))', () => {
    expect(codes(usDecide(US.ohio, AT, [], { automated: true, purpose: 'non-commercial' }))).toEqual(['us.consent.missing']);
    expect(usDecide(US.ohio, AT, [oral], { automated: true, purpose: 'non-commercial' }).allowed).toBe(true);
  });

  it('reports the basis a non-commercial call rests on — prior express consent — never a written consent the history lacks (issue 18)', () => {
    for (const consent of [oral, written]) {
      const d = usDecide(US.ohio, AT, [consent], { automated: true, purpose: 'non-commercial' });
      expect(exemptions(d)).toContain('us.exemption.prior-express-consent');
      expect(exemptions(d)).not.toContain('us.exemption.written-consent');
      const reason = d.exemptions.find((e) => e.code === 'us.exemption.prior-express-consent')!;
      expect(reason.facts.written).toBe(consent === written);
      expect(reason.message).toMatch(/prior express consent/);
    }
  });

  it('protects business wireless numbers too', () => {
    expect(codes(usDecide(US.ohio, AT, [], { channel: 'sms', recipient: { kind: 'business' } }))).toEqual(['us.consent.missing']);
  });

  it('rejects a consent whose `written` is not a boolean (fail closed, naming the field)', () => {
    const bad = { ...written, written: 'yes' } as unknown as ContactEvent;
    const d = usDecide(US.ohio, AT, [bad], { channel: 'sms' });
    expect(codes(d)).toEqual(['input.invalid-event']);
    expect(d.reasons[0]!.facts.field).toBe('history[0].written');
  });
});

describe('revocation by any reasonable means (64.1200(a)(10))', () => {
  it('a STOP ends the written consent at once: the next text is denied, saying when consent was revoked', () => {
    const stop: ContactEvent = { type: 'consent-withdrawn', at: '2026-11-24T11:59:00-05:00', advertiser: 'acme', channels: ['sms'] };
    const d = usDecide(US.ohio, AT, [...fresh(AT), written, stop], { channel: 'sms' });
    expect(codes(d)).toEqual(['us.dnc.company', 'us.consent.missing']);
    expect(d.reasons[1]!.facts.revokedAt).toBe('2026-11-24T11:59:00-05:00');
    expect(d.reasons[1]!.message).toContain('revoked');
  });

  it('a new written consent after the revocation re-opens contact', () => {
    const stop: ContactEvent = { type: 'consent-withdrawn', at: '2026-10-05T12:00:00Z', advertiser: 'acme' };
    const again: ContactEvent = { ...written, at: '2026-10-10T12:00:00Z' };
    expect(usDecide(US.ohio, AT, [...fresh(AT), written, stop, again], { channel: 'sms' }).allowed).toBe(true);
  });

  it('an expired consent does not count', () => {
    const expired = { ...written, expiresAt: '2026-11-01T00:00:00Z' } as ContactEvent;
    expect(codes(usDecide(US.ohio, AT, [...fresh(AT), expired], { channel: 'sms' }))).toEqual(['us.consent.missing']);
  });
});

describe('state consent laws for automated systems (FL § 501.059(8)(a), OK § 775C, MD § 14-4502(a)(3))', () => {
  it('Florida, from 2021-07-01: an automated marketing text without written consent is denied under both laws', () => {
    expect(codes(usDecide(US.miami, AT, fresh(AT), { channel: 'sms' }))).toEqual(['us.consent.missing', 'us.fl.consent.missing']);
    expect(codes(usDecide(US.miami, '2021-06-30T12:00:00-04:00', fresh('2021-06-30T12:00:00-04:00'), { channel: 'sms' }))).toEqual(['us.consent.missing']);
  });

  it('Oklahoma from 2022-11-01 and Maryland from 2024-01-01', () => {
    expect(codes(usDecide(US.oklahoma, AT, fresh(AT), { automated: true }))).toEqual(['us.consent.missing', 'us.ok.consent.missing']);
    expect(codes(usDecide(US.oklahoma, '2022-10-31T12:00:00-05:00', fresh('2022-10-31T12:00:00-05:00'), { automated: true }))).toEqual(['us.consent.missing']);
    expect(codes(usDecide(US.maryland, AT, fresh(AT), { automated: true }))).toEqual(['us.consent.missing', 'us.md.consent.missing']);
    expect(codes(usDecide(US.maryland, '2023-12-31T12:00:00-05:00', fresh('2023-12-31T12:00:00-05:00'), { automated: true }))).toEqual(['us.consent.missing']);
  });

  it('a written consent satisfies federal and state law alike', () => {
    expect(usDecide(US.miami, AT, [...fresh(AT), written], { channel: 'sms' }).allowed).toBe(true);
  });
});
