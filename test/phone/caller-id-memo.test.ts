// The caller-ID memo (src/phone/number.ts) answers exactly as parsing afresh, and stays bounded:
// more distinct IDs than it keeps still get the right answer (issue 15 item 4).
import { describe, expect, it } from 'vitest';
import { parseCallerId, parseNumber } from '../../src/phone/number.js';

describe('parseCallerId', () => {
  it('gives parseNumber’s answer, remembered or not, for more distinct IDs than the memo keeps', () => {
    const ids = ['+33162123456', '0162123456', '+33612345678', '38123', 'ACME', '', ' +33 1 62 12 34 56 ', '+590947512345', '+1212555012'];
    for (let k = 0; k < 700; k++) ids.push(`+3316212${String(k).padStart(4, '0')}`);
    for (let round = 0; round < 2; round++) {
      for (const id of ids) expect(parseCallerId(id), id).toEqual(parseNumber(id));
    }
    expect(parseCallerId('+33162123456')).toBe(parseCallerId('+33162123456')); // remembered: the same object
    expect(Object.isFrozen(parseCallerId('+33162123456'))).toBe(true);
  });
});
