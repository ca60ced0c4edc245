/** Strings that are not phone numbers (arbitrary). */
import fc from 'fast-check';

/** Strings that are not valid phone numbers (too short, letters, wrong plan, empty). */
export function invalidNumber(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('', '0', '+33', '+331234', '06123', 'not a number', '+999123456789', '+33012345678'),
    fc.string({ maxLength: 6 }),
  );
}
