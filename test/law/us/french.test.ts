// Every US rule speaks French: statement, reading and unverified note are translated, never the
// English text handed to French readers (issue 16 item 4).
import { describe, expect, it } from 'vitest';
import { usPack } from '../../../src/law/us/index.js';

describe('US pack texts in French', () => {
  const texts = usPack.rules.flatMap((rule) =>
    (['statement', 'reading', 'unverified'] as const).flatMap((field) => {
      const text = (rule as unknown as Record<string, { en: string; fr: string } | undefined>)[field];
      return text ? [{ id: `${rule.id} ${field}`, text }] : [];
    }),
  );

  it('reads more than the statements alone', () => {
    expect(texts.length).toBeGreaterThan(usPack.rules.length);
  });

  it.each(texts.map((t) => [t.id, t.text] as const))('%s has a French text of its own', (_, text) => {
    expect(text.fr.trim()).not.toBe('');
    expect(text.fr).not.toBe(text.en);
  });
});
