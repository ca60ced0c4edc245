// Opt-out keywords in inbound replies: 47 CFR 64.1200(a)(10) (stop, quit, end, revoke, opt out,
// cancel, unsubscribe, and reasonable variants) and the French "STOP" / "STOP SMS" (CPCE L.34-5).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluate, isOptOut, OPT_OUT_KEYWORDS } from 'callgate';

const FCC = ['stop', 'quit', 'end', 'revoke', 'opt out', 'cancel', 'unsubscribe'];

describe('isOptOut', () => {
  it('recognises every word of the FCC list (64.1200(a)(10)) and the French STOP / STOP SMS', () => {
    for (const w of FCC) expect(isOptOut(w, { locale: 'en' })?.keyword).toBe(w);
    expect(isOptOut('STOP SMS', { locale: 'fr' })?.keyword).toBe('stop sms');
    expect(isOptOut('Arrêt', { locale: 'fr' })?.keyword).toBe('arret');
    expect(isOptOut('Désinscription', { locale: 'fr' })?.keyword).toBe('desinscription');
  });

  it('reasonable variants: punctuation, case, hyphens, a few polite words', () => {
    for (const t of ['Stop.', 'STOP!!', ' stop ', 'Opt-Out', 'optout', 'please unsubscribe me', 'Stop texting me please', 'UNSUB']) {
      expect(isOptOut(t), t).not.toBeNull();
    }
  });

  it('does not read a long message that merely contains the word as an opt-out, nor other replies', () => {
    expect(isOptOut('I will stop by the shop tomorrow afternoon after work')).toBeNull();
    for (const t of ['Yes', 'Oui merci', 'Call me tomorrow', '', '   ', '!!!']) expect(isOptOut(t), t).toBeNull();
    expect(isOptOut(42)).toBeNull();
    expect(isOptOut('arrêt', { locale: 'en' })).toBeNull(); // a French keyword is not in the English list
  });

  it('returns the objection to record for the channel, which then blocks the advertiser’s SMS (L.34-5)', () => {
    const at = '2026-11-20T10:00:00+01:00';
    const r = isOptOut('STOP', { advertiser: 'acme', at });
    expect(r?.event).toEqual({ type: 'objection', at, advertiser: 'acme', channels: ['sms'] });
    const consent = { type: 'consent' as const, at: '2026-09-01T09:00:00Z', advertiser: 'acme', channels: ['sms' as const] };
    const sms = { to: '+33612345678', at: '2026-11-24T11:00:00+01:00', channel: 'sms' as const, advertiser: 'acme' };
    expect(evaluate(sms, [consent]).allowed).toBe(true);
    const after = evaluate(sms, [consent, r!.event!]);
    expect(after.allowed).toBe(false);
    expect(after.reasons.map((x) => x.code)).toContain('fr.objection');
    expect(isOptOut('stop', { advertiser: 'acme', at, channel: 'voice' })?.event).toMatchObject({ channels: ['voice'] });
    expect(isOptOut('stop')?.event).toBeUndefined(); // no advertiser or instant: nothing to record
  });
});

// Every keyword, written as people write it, is still recognised.
const keyword = fc.constantFrom(...new Set([...OPT_OUT_KEYWORDS.en, ...OPT_OUT_KEYWORDS.fr]));
const accents: Record<string, string> = { e: 'é', a: 'à', i: 'î' };
const written = fc.tuple(keyword, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
  fc.constantFrom('', ' ', '  ', '\t'), fc.constantFrom('', '.', '!', '!!', '?', ' :)'), fc.constantFrom(' ', '-', '_', '  '))
  .map(([k, upper, accent, pad, tail, sep]) => {
    const chars = [...k.replace(/ /g, sep)].map((c, i) => {
      const withAccent = accent[i] && accents[c] ? accents[c]! : c;
      return upper[i] ? withAccent.toUpperCase() : withAccent;
    });
    return { k, text: `${pad}${chars.join('')}${tail}${pad}` };
  });

describe('isOptOut properties', () => {
  test.prop([written], { numRuns: 300 })('case, accents, punctuation and spacing never hide a keyword', ({ k, text }) => {
    const r = isOptOut(text);
    expect(r, JSON.stringify(text)).not.toBeNull();
    expect(r!.keyword.length).toBeGreaterThanOrEqual(k.length); // the keyword, or a longer one it is part of
  });

  test.prop([fc.array(fc.constantFrom('hello', 'yes', 'tomorrow', 'price', 'merci', 'bonjour', 'ok', 'thanks', 'when', 'rappel'), { minLength: 1, maxLength: 10 })], { numRuns: 200 })(
    'messages made only of other words are never opt-outs',
    (words) => {
      expect(isOptOut(words.join(' '))).toBeNull();
    },
  );

  test.prop([keyword, fc.array(fc.constantFrom('please', 's il vous plait', 'now', 'merci', 'thanks'), { maxLength: 3 })], { numRuns: 200 })(
    'a keyword with a few polite words around it is an opt-out',
    (k, extra) => {
      expect(isOptOut([...extra, k].join(' '))).not.toBeNull();
      expect(isOptOut([k, ...extra].join(' '))).not.toBeNull();
    },
  );
});
