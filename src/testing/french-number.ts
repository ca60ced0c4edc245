/** Valid French numbers of each territory (arbitrary). */
import fc from 'fast-check';

/**
 * Valid numbers of each French territory, as subscriber-number templates: the `x`s are filled
 * with random digits (every completion is valid for libphonenumber-js/max).
 */
export const FRENCH_NUMBER_TEMPLATES = {
  FR: ['+3361xxxxxxx', '+3375xxxxxxx', '+3378xxxxxxx', '+3314xxxxxxx', '+3397xxxxxxx'],
  GP: ['+590690xxxxxx'],
  MQ: ['+596696xxxxxx'],
  GF: ['+5946942xxxxx'],
  RE: ['+262692xxxxxx'],
  YT: ['+2626392xxxxx'],
  PM: ['+50855xxxx'],
} as const satisfies Record<string, readonly string[]>;

/** Territories with number templates. */
export type Territory = keyof typeof FRENCH_NUMBER_TEMPLATES;

/** A valid French number (E.164), optionally of one territory. */
export function frenchNumber(territory?: Territory): fc.Arbitrary<string> {
  const templates = territory
    ? FRENCH_NUMBER_TEMPLATES[territory]
    : Object.values(FRENCH_NUMBER_TEMPLATES).flat();
  return fc.constantFrom(...templates).chain((t) => {
    const n = t.split('x').length - 1;
    return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((digits) => {
      let i = 0;
      return t.replace(/x/g, () => String(digits[i++]));
    });
  });
}
