// A rule's dates in force come from its citations (issue 12 item 1): one place per date.
import { describe, expect, it } from 'vitest';
import { inForceOf } from '../../src/law/common/in-force.js';
import { BLOCTEL_FROM, BLOCTEL_UNTIL, DECRET_2015_556, L121_34, L223_1_2016 } from '../../src/law/fr/citations.js';
import { frPack } from '../../src/law/fr/index.js';

describe('inForceOf', () => {
  it('is the days when every text is in force, within the era', () => {
    // L.223-1 (2016 version) and the Bloctel decree: the article's own dates (C. consom., ord. 2016-301).
    expect(inForceOf([L223_1_2016, DECRET_2015_556])).toEqual(L223_1_2016.inForce);
    // L.121-34 was in force from 2014, but the list opened on 2016-06-01.
    expect(inForceOf([L121_34, DECRET_2015_556], { from: BLOCTEL_FROM })).toEqual({ from: BLOCTEL_FROM, until: L121_34.inForce.until });
    expect(inForceOf([], { from: '2020-01-01' })).toEqual({ from: '2020-01-01' });
  });

  it('refuses texts that are never in force together', () => {
    expect(() => inForceOf([L121_34], { from: BLOCTEL_UNTIL })).toThrow(/never in force together/);
    expect(() => inForceOf([])).toThrow(TypeError);
  });

  it('gives the French opposition-list rules the dates of their texts', () => {
    const byId = new Map(frPack.rules.map((r) => [r.id, r.inForce]));
    expect(byId.get('fr.opposition.2016')).toEqual({ from: '2016-07-01', until: '2020-07-25' });
    expect(byId.get('fr.opposition.2020')!.until).toBe(BLOCTEL_UNTIL);
  });
});
