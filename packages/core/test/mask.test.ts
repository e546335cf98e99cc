import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULLY_MASKED, REDACTED, maskCard, maskEmail, maskMiddle, maskPhone, redactString } from '../src/index.js';

const digitsOf = (s: string): string => [...s].filter((c) => c >= '0' && c <= '9').join('');
const anyText = fc.string({ unit: 'grapheme', maxLength: 60 });
const anyUnicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), anyText, fc.string({ maxLength: 60 }));

describe('maskEmail', () => {
  it.each([
    ['jane.doe@example.com', 'j*******@example.com'],
    ['Bob.Smith+tag@mail.co.uk', 'B*******@mail.co.uk'],
    ['a.very.long.local.part.indeed@x.io', 'a*******@x.io'],
  ])('keeps the first character and the domain: %s', (input, expected) => {
    expect(maskEmail(input)).toBe(expected);
  });

  it.each([
    ['ab@x.io'],
    ['abc@example.com'],
    ['not an email'],
    ['@example.com'],
    ['jane.doe@'],
    ['jane.doe@localhost'],
    ['jane doe@example.com'],
    ['jane.doe@.com'],
    [''],
  ])('fully masks %j (too short or malformed)', (input) => {
    expect(maskEmail(input)).toBe(FULLY_MASKED);
  });

  it('keeps a whole code point, never half a surrogate pair', () => {
    expect(maskEmail('😀jane@example.com')).toBe('😀*******@example.com');
  });

  it('never throws on values that are not strings', () => {
    expect(maskEmail(undefined as unknown as string)).toBe(FULLY_MASKED);
    expect(maskEmail({} as unknown as string)).toBe(FULLY_MASKED);
  });

  it('reveals at most the first code point of the local part and the domain, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.emailAddress(),
          anyUnicode,
          fc.tuple(anyUnicode, anyUnicode).map(([a, b]) => `${a}@${b}`),
        ),
        (input) => {
          const out = maskEmail(input);
          if (out === FULLY_MASKED) return;
          const at = input.lastIndexOf('@');
          const local = [...input.slice(0, at)];
          expect(local.length).toBeGreaterThanOrEqual(4);
          expect(out).toBe(`${local[0]}*******@${input.slice(at + 1)}`);
          expect(out).not.toBe(input);
        },
      ),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['+44 20 7946 0958', '******0958'],
    ['(555) 123-4567', '******4567'],
    ['555-0199', '******199'],
    ['12345', '******45'],
  ])('keeps only the last digits of %s', (input, expected) => {
    expect(maskPhone(input)).toBe(expected);
  });

  it.each([['1234'], ['no digits'], [''], ['١٢٣٤٥٦٧٨٩٠']])('fully masks %j', (input) => {
    expect(maskPhone(input)).toBe(FULLY_MASKED);
  });

  it('reveals at most 4 trailing digits and never a whole short number', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/)), (input) => {
        const out = maskPhone(input);
        if (out === FULLY_MASKED) return;
        const shown = digitsOf(out);
        const all = digitsOf(input);
        expect(shown.length).toBeLessThanOrEqual(4);
        expect(shown.length).toBeLessThan(all.length / 2);
        expect(all.endsWith(shown)).toBe(true);
        expect(out.replace(/[0-9]/g, '')).toBe('******');
      }),
    );
  });
});

describe('maskCard', () => {
  it('keeps only the last 4 digits', () => {
    expect(maskCard('4242 4242 4242 4242')).toBe('**** **** **** 4242');
    expect(maskCard('378282246310005')).toBe('**** **** **** 0005');
  });

  it.each([['1234'], ['4242 4242 42'], ['card'], ['']])('fully masks %j, which is no card number', (input) => {
    expect(maskCard(input)).toBe(FULLY_MASKED);
  });

  it('reveals at most the last 4 digits of a number of 12 digits or more', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, fc.stringMatching(/^[0-9 -]{0,25}$/)), (input) => {
        const out = maskCard(input);
        if (out === FULLY_MASKED) return;
        const all = digitsOf(input);
        expect(all.length).toBeGreaterThanOrEqual(12);
        expect(out).toBe(`**** **** **** ${all.slice(-4)}`);
      }),
    );
  });
});

describe('maskMiddle', () => {
  it('keeps the ends it is asked to keep', () => {
    expect(maskMiddle('DE89370400440532013000', { keepStart: 4, keepEnd: 4 })).toBe('DE89**************3000');
    expect(maskMiddle('Jonathan')).toBe('J******n');
    expect(maskMiddle('Jonathan', { keepStart: 0, keepEnd: 2 })).toBe('******an');
  });

  it('fully masks a value too short for the options', () => {
    expect(maskMiddle('Bob', { keepStart: 1, keepEnd: 1 })).toBe(FULLY_MASKED);
    expect(maskMiddle('abcd', { keepStart: 2, keepEnd: 1 })).toBe(FULLY_MASKED);
    expect(maskMiddle('')).toBe(FULLY_MASKED);
  });

  it('counts code points', () => {
    expect(maskMiddle('😀😀😀😀😀😀', { keepStart: 1, keepEnd: 1 })).toBe('😀****😀');
  });

  it('rejects options that are not whole numbers, naming the option', () => {
    expect(() => maskMiddle('value', { keepStart: -1 })).toThrow(/`keepStart` must be a whole number/);
    expect(() => maskMiddle('value', { keepEnd: 1.5 })).toThrow(/`keepEnd` must be a whole number/);
  });

  it('hides at least half of the value and shows only its ends', () => {
    fc.assert(
      fc.property(anyUnicode, fc.nat(8), fc.nat(8), (input, keepStart, keepEnd) => {
        const out = maskMiddle(input, { keepStart, keepEnd });
        if (out === FULLY_MASKED) return;
        const chars = [...input];
        const outChars = [...out];
        expect(outChars).toHaveLength(chars.length);
        const hidden = chars.length - keepStart - keepEnd;
        expect(hidden).toBeGreaterThanOrEqual(Math.ceil(chars.length / 2));
        expect(outChars.slice(0, keepStart)).toEqual(chars.slice(0, keepStart));
        expect(outChars.slice(keepStart, keepStart + hidden).every((c) => c === '*')).toBe(true);
        expect(outChars.slice(keepStart + hidden)).toEqual(chars.slice(keepStart + hidden));
      }),
    );
  });
});

describe('redactString', () => {
  it('always returns the same text, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(redactString(input)).toBe(REDACTED);
      }),
    );
  });
});
