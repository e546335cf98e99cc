// Runtime robustness of the redactor: cyclic objects, getters that throw, Proxies, very long
// strings and arbitrary Unicode never hang, never throw, and never leak a raw classified value.
import { REDACTED } from '@classified/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { redactor, restricted } from '../src/index.js';

const Profile = z.object({
  email: restricted(z.string(), { mask: 'email' }),
  name: restricted(z.string()),
  tags: z.array(restricted(z.string())),
  meta: z.record(z.string(), restricted(z.string())),
  note: z.string(),
});
const redact = redactor(Profile);
type Profile = z.infer<typeof Profile>;

/** Every string value inside a value (not the keys). */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => strings(v, seen));
}

describe('redactor robustness', () => {
  it('never leaks a classified string, whatever its characters', () => {
    const secret = fc
      .string({ unit: 'binary', minLength: 4, maxLength: 80 })
      .filter((s) => !s.includes('*') && !REDACTED.includes(s));
    fc.assert(
      fc.property(
        secret,
        secret,
        fc.array(secret, { maxLength: 3 }),
        fc.dictionary(fc.string(), secret, { maxKeys: 3 }),
        (email, name, tags, meta) => {
          const out = strings(redact({ email, name, tags, meta, note: 'plain' }));
          for (const raw of [email, name, ...tags, ...Object.values(meta)])
            expect(out.filter((s) => s.includes(raw))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('copes with very long strings', () => {
    const long = 'x'.repeat(2_000_000);
    const out = redact({ email: `${long}@example.com`, name: long, tags: [long], meta: { a: long }, note: 'n' });
    expect(strings(out).some((s) => s.includes(long))).toBe(false);
  });

  it('replaces values that throw when read, and Proxies that trap, with [REDACTED]', () => {
    const throwing = Object.defineProperty({ name: 'Jane', tags: [], meta: {}, note: 'n' }, 'email', {
      enumerable: true,
      get() {
        throw new Error('secret-in-error');
      },
    });
    expect(redact(throwing as unknown as Profile)).toBe(REDACTED);
    const trap = new Proxy({} as Profile, {
      get() {
        throw new Error('trap');
      },
      ownKeys() {
        throw new Error('trap');
      },
    });
    expect(redact(trap)).toBe(REDACTED);
    const listTrap = {
      email: 'a@b.co',
      name: 'n',
      tags: new Proxy([], {
        get: () => {
          throw new Error('trap');
        },
      }),
      meta: {},
      note: 'n',
    };
    expect(redact(listTrap as unknown as Profile)).toMatchObject({ tags: REDACTED });
  });

  it('ends on cyclic data of any shape', () => {
    const Loose = z.looseObject({ secret: restricted(z.string()) });
    const a: Record<string, unknown> = { secret: 'cyclic-secret-value' };
    a.self = a;
    a.list = [a, { back: a }];
    const out = redactor(Loose)(a as z.infer<typeof Loose>);
    expect(JSON.stringify(out)).not.toContain('cyclic-secret-value');
    expect(out).toMatchObject({ secret: REDACTED, self: '[Circular]' });
  });

  it('ends on cyclic data through a recursive schema with open fields', () => {
    type Node = { owner: string; extra?: unknown; next?: Node | undefined };
    const Node: z.ZodType<Node> = z.lazy(() =>
      z.object({ owner: restricted(z.string()), extra: z.unknown(), next: Node.optional() }),
    );
    const a: Node = { owner: 'owner-secret-a' };
    const b: Node = { owner: 'owner-secret-b', next: a, extra: { back: a } };
    a.next = b;
    const out = redactor(Node)(a);
    expect(JSON.stringify(out)).not.toContain('owner-secret');
    expect(out).toMatchObject({
      owner: REDACTED,
      next: { owner: REDACTED, next: '[Circular]', extra: { back: '[Circular]' } },
    });
  });

  it('takes data of the wrong shape without throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => redact(value as Profile)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
