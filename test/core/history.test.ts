// A history read once (core/history.ts) decides exactly as the host's history read by evaluate:
// the internal callers that pass it (the windows command, the audit replay) get evaluate's answers.
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluate } from 'callgate';
import { attempt, history, instant } from 'callgate/testing';
import { decide } from '../../src/core/engine.js';
import { NormalisedHistory, normaliseHistory } from '../../src/core/history.js';
import { engineSettings } from '../../src/settings.js';
import { reachCounter } from '../support.js';

const recent = instant({ from: '2026-09-01', to: '2026-12-31' });
const settings = engineSettings({});

describe('a history read once', () => {
  const reach = reachCounter('normalised history decides as evaluate', 0.9);
  test.prop([attempt({ at: recent }), history({ at: recent, maxLength: 14 })], { numRuns: 300 })('gives the same decision as evaluate on the raw history', (a, h) => {
    reach.run();
    const normalised = normaliseHistory(h);
    if (!(normalised instanceof NormalisedHistory)) return;
    reach.reached();
    expect(decide(a, normalised, settings)).toEqual(evaluate(a, h));
  });

  it('reports the problems of an invalid history as evaluate does, and sorts events given out of order', () => {
    const bad = normaliseHistory([{ type: 'attempt', at: 'yesterday', advertiser: 'acme', channel: 'voice' }]);
    expect(bad).toEqual([expect.objectContaining({ code: 'input.invalid-event', field: 'history[0].at' })]);
    const h = normaliseHistory([
      { type: 'refusal', at: '2026-11-20T10:00:00Z', advertiser: 'acme' },
      { type: 'attempt', at: '2026-11-19T10:00:00Z', advertiser: 'acme', channel: 'voice' },
    ]) as NormalisedHistory;
    expect(h.events.map((e) => e.type)).toEqual(['attempt', 'refusal']);
    expect(h.concat([{ type: 'refusal', at: Date.parse('2026-11-01T00:00:00Z'), advertiser: 'x' }]).events[0]!.type).toBe('refusal');
  });
});
