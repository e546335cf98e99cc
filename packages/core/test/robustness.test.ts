// Runtime robustness: the maskers and the tokenizer fed arbitrary Unicode and very long strings
// never hang, never throw anything undocumented, and never return the raw value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FULLY_MASKED,
  createTokenizer,
  maskCard,
  maskEmail,
  maskMiddle,
  maskPhone,
  redactString,
} from '../src/index.js';

const maskers = { maskEmail, maskPhone, maskCard, maskMiddle: (v: string) => maskMiddle(v), redactString };
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.emailAddress(),
);

describe.each(Object.entries(maskers))('%s', (_name, mask) => {
  it('never throws and never returns a raw value of 4 code points or more', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const out = mask(value);
        expect(typeof out).toBe('string');
        if ([...value].length >= 4) expect(out).not.toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('handles very long input in linear time', () => {
    for (const value of [
      'a'.repeat(1_000_000),
      `${'a.'.repeat(200_000)}@${'b.'.repeat(200_000)}`,
      '9'.repeat(500_000),
      '😀'.repeat(300_000),
    ]) {
      const started = performance.now();
      const out = mask(value);
      expect(out).not.toBe(value);
      // A generous bound: catastrophic backtracking on these inputs would take minutes.
      expect(performance.now() - started).toBeLessThan(5_000);
    }
  });

  it('treats values that are not strings as malformed, without throwing', () => {
    for (const value of [
      null,
      undefined,
      42,
      {},
      [],
      Symbol('s'),
      () => 'x',
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('trap');
          },
        },
      ),
    ]) {
      expect(typeof mask(value as string)).toBe('string');
    }
  });
});

describe('the tokenizer', () => {
  it('tokenizes arbitrary Unicode and long strings, and never returns the value', () => {
    const tokenize = createTokenizer({ key: 'k'.repeat(32) });
    fc.assert(
      fc.property(anyString, (value) => {
        const token = tokenize(value);
        expect(token).toMatch(/^tok_[A-Za-z0-9_-]{43}$/);
      }),
      { numRuns: 300 },
    );
    expect(tokenize('x'.repeat(2_000_000))).toMatch(/^tok_/);
    expect(maskEmail('x')).toBe(FULLY_MASKED);
  });
});
