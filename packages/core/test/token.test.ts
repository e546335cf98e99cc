import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_TOKEN_KEY_BYTES, createTokenizer } from '../src/index.js';

const KEY = 'k'.repeat(MIN_TOKEN_KEY_BYTES);
const OTHER_KEY = new Uint8Array(32).fill(7);

describe('createTokenizer', () => {
  it('returns HMAC-SHA-256 of the value, base64url, prefixed tok_', () => {
    const tokenize = createTokenizer({ key: KEY });
    const expected = createHmac('sha256', KEY).update('jane@example.com').digest('base64url');
    expect(tokenize('jane@example.com')).toBe(`tok_${expected}`);
    expect(tokenize('jane@example.com')).toMatch(/^tok_[A-Za-z0-9_-]{43}$/);
  });

  it('is deterministic for a key and differs across keys and values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const one = createTokenizer({ key: KEY });
        const two = createTokenizer({ key: KEY });
        const other = createTokenizer({ key: OTHER_KEY });
        expect(one(a)).toBe(two(a));
        expect(one(a)).not.toBe(other(a));
        if (a !== b) expect(one(a)).not.toBe(one(b));
      }),
    );
  });

  it('never contains the value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4 }), (value) => {
        expect(createTokenizer({ key: KEY })(value).slice(4)).not.toContain(value);
      }),
    );
  });

  it('takes numbers and bigints as their decimal text and honours a custom prefix', () => {
    const tokenize = createTokenizer({ key: KEY, prefix: 'usr_' });
    expect(tokenize(42)).toBe(tokenize('42'));
    expect(tokenize(42n)).toBe(tokenize('42'));
    expect(tokenize('x')).toMatch(/^usr_/);
  });

  it('keeps its own copy of a byte key', () => {
    const key = new Uint8Array(32).fill(1);
    const tokenize = createTokenizer({ key });
    const before = tokenize('v');
    key.fill(2);
    expect(tokenize('v')).toBe(before);
  });

  it('rejects keys under 32 bytes with an error that gives the size, not the key', () => {
    expect(() => createTokenizer({ key: 'short-secret-key' })).toThrow(RangeError);
    expect(() => createTokenizer({ key: 'short-secret-key' })).toThrow(/at least 32 bytes, got 16/);
    expect(() => createTokenizer({ key: 'short-secret-key' })).not.toThrow(/short-secret-key/);
    expect(() => createTokenizer({ key: new Uint8Array(31) })).toThrow(/got 31/);
    // 11 characters, 33 bytes in UTF-8: measured in bytes.
    expect(() => createTokenizer({ key: '€€€€€€€€€€€' })).not.toThrow();
    expect(() => createTokenizer({ key: 42 as unknown as string })).toThrow(/`key` must be a string or a Uint8Array/);
  });

  it('rejects values it cannot tokenize without echoing them', () => {
    const tokenize = createTokenizer({ key: KEY }) as (value: unknown) => string;
    expect(() => tokenize({ secret: 'x' })).toThrow(/expected a string, number or bigint, got a value of type object/);
  });
});
