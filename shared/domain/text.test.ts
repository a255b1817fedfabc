import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { Activity } from './schemas';
import { multilineText, parseStored, text } from './text';

describe('one rule for characters in text', () => {
  it('refuses control characters and U+FFFD in every text, line breaks in one-line text', () => {
    for (const bad of ['a\u000bb', 'a\u0000b', 'a\u007fb', 'a\ufffdb']) {
      expect(text(100).safeParse(bad).success).toBe(false);
      expect(multilineText(100).safeParse(bad).success).toBe(false);
    }
    expect(text(100).safeParse('a\nb').success).toBe(false);
    expect(multilineText(100).safeParse('a\r\nb\tc').success).toBe(true);
    expect(text(100).safeParse('a\tb — „Één”').success).toBe(true);
  });

  it('keeps the lengths and trimming the schemas had', () => {
    expect(text(3, { trim: true, min: 1 }).safeParse('  abc  ').data).toBe('abc');
    expect(text(3, { trim: true, min: 1 }).safeParse('   ').success).toBe(false);
    expect(text(3).safeParse('abcd').success).toBe(false);
  });

  it('repairs text stored before the rule, so an old database stays readable', () => {
    const a = createDemoData().activities[0]!;
    const stored = { ...a, title: 'Toe\u000bzicht', description: 'Een\n\u0007twee\ufffd' };
    const row = parseStored(Activity, stored);
    expect(row.title).toBe('Toe zicht');
    expect(row.description).toBe('Een\n twee');
    expect(stored.title).toBe('Toe\u000bzicht');
    expect(() => parseStored(Activity, { ...stored, materialCents: -0.5 })).toThrow();
  });
});
