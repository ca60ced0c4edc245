// The JSON report writes each violation with its citations' JSON made once: it must be exactly
// what JSON.stringify gives for the same violation, whatever the decision.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { evaluate } from 'callgate';
import { attempt, history, usAttempt, usHistory } from 'callgate/testing';
import { violation, violationJson } from 'callgate/cli/audit/writers';

const decided = fc.oneof(
  fc.tuple(attempt(), history()).map(([a, h]) => ({ a, d: evaluate(a, h) })),
  fc.tuple(usAttempt(), usHistory()).map(([a, h]) => ({ a, d: evaluate(a, h, { locale: 'fr' }) })),
);

let denied = 0;
test.prop([decided], { numRuns: 300 })('writes a violation exactly as JSON.stringify does (FR and US decisions, both locales)', ({ a, d }) => {
  const v = violation(7, String(a.to), String(a.advertiser), String(a.channel), d);
  if (!d.allowed) denied++;
  expect(violationJson(v)).toBe(JSON.stringify(v));
  // A second time, from the cached citations.
  expect(violationJson(violation(7, String(a.to), String(a.advertiser), String(a.channel), d))).toBe(JSON.stringify(v));
});

test('most generated decisions were denials with reasons and citations (the property above reached them)', () => {
  expect(denied).toBeGreaterThan(100);
});
