import { createTokenizer, FULLY_MASKED, REDACTED } from '@classified/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confidential, internal, redactor, restricted } from '../src/index.js';

const Payout = z.object({
  iban: restricted(z.string(), { category: 'payment', mask: 'middle' }),
  amountCents: confidential(z.number()),
});
const User = z.object({
  id: internal(z.string()),
  email: restricted(z.string(), { category: 'pii', mask: 'email' }),
  phone: restricted(z.string(), { category: 'pii', mask: 'phone' }).optional(),
  card: restricted(z.string(), { category: 'payment', mask: 'card' }).nullable(),
  name: restricted(z.string(), { category: 'pii' }),
  plan: z.string(),
  address: z.object({ street: restricted(z.string()), city: z.string() }).optional(),
  payouts: z.array(Payout),
  metadata: z.record(z.string(), restricted(z.string())),
});
type User = z.infer<typeof User>;

/** Every string value inside a value (not the keys). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(stringsIn);
}

const user = (): z.input<typeof User> => ({
  id: 'u_1',
  email: 'jane.doe@example.com',
  phone: '+44 20 7946 0958',
  card: '4242 4242 4242 4242',
  name: 'Jane Doe',
  plan: 'pro',
  address: { street: '1 Main Street', city: 'Paris' },
  payouts: [{ iban: 'DE89370400440532013000', amountCents: 1250 }],
  metadata: { mother: 'Maiden Name' },
});

describe('redactor', () => {
  it('masks every field above maxLevel with its mask, or [REDACTED]', () => {
    expect(redactor(User)(User.parse(user()))).toEqual({
      id: 'u_1',
      email: 'j*******@example.com',
      phone: '******0958',
      card: '**** **** **** 4242',
      name: REDACTED,
      plan: 'pro',
      address: { street: REDACTED, city: 'Paris' },
      payouts: [{ iban: 'D********************0', amountCents: REDACTED }],
      metadata: { mother: REDACTED },
    });
  });

  it('honours maxLevel', () => {
    const out = redactor(User, { maxLevel: 'confidential' })(User.parse(user()));
    expect(out.payouts[0]!.amountCents).toBe(1250);
    expect(out.name).toBe(REDACTED);
    expect(redactor(User, { maxLevel: 'restricted' })(User.parse(user()))).toEqual(User.parse(user()));
    const strictest = redactor(User, { maxLevel: 'public' })(User.parse(user()));
    expect(strictest.id).toBe(REDACTED);
  });

  it('never mutates its input and shares nothing with it', () => {
    const input = User.parse(user());
    const before = structuredClone(input);
    const out = redactor(User)(input);
    expect(input).toEqual(before);
    expect(out.address).not.toBe(input.address);
    expect(out.payouts).not.toBe(input.payouts);
  });

  it('keeps null and undefined, drops keys the schema does not declare, keeps them for loose objects', () => {
    const out = redactor(User)({ ...User.parse(user()), card: null, phone: undefined, extra: 'x' } as User);
    expect(out.card).toBeNull();
    expect(out).toHaveProperty('phone', undefined);
    expect(out).not.toHaveProperty('extra');
    const Loose = z.looseObject({ email: restricted(z.string()) });
    expect(redactor(Loose)({ email: 'a@b.co', extra: { deep: 1 } })).toEqual({ email: REDACTED, extra: { deep: 1 } });
  });

  it('uses the tokenizer for mask: token, and says when it is missing', () => {
    const Event = z.object({ userId: restricted(z.string(), { mask: 'token' }) });
    const tokenize = createTokenizer({ key: 'k'.repeat(32) });
    expect(redactor(Event, { tokenize })({ userId: 'u_1' })).toEqual({ userId: tokenize('u_1') });
    expect(() => redactor(Event)).toThrow(/the field `.userId` asks for mask 'token'\. Pass a tokenizer/);
  });

  it('uses a custom mask, and redacts when it throws or returns something else', () => {
    const S = z.object({
      a: restricted(z.string(), { mask: (s) => `${s.slice(0, 2)}…` }),
      b: restricted(z.string(), {
        mask: () => {
          throw new Error('boom');
        },
      }),
      c: restricted(z.string(), { mask: () => 42 as unknown as string }),
    });
    expect(redactor(S)({ a: 'abcdef', b: 'secret', c: 'secret' })).toEqual({ a: 'ab…', b: REDACTED, c: REDACTED });
  });

  it('masks a classified number as its text, redacts other values, and leaves plain fields', () => {
    const S = z.object({
      n: restricted(z.number(), { mask: 'email' }),
      card: restricted(z.number(), { mask: 'card' }),
      b: confidential(z.boolean()),
      plain: z.number(),
    });
    expect(redactor(S)({ n: 5, card: 4242424242424242, b: true, plain: 3 })).toEqual({
      n: FULLY_MASKED,
      card: '**** **** **** 4242',
      b: REDACTED,
      plain: 3,
    });
  });

  it('takes the branch of a union that matches at runtime', () => {
    const Contact = z.union([
      z.object({ kind: z.literal('email'), email: restricted(z.string(), { mask: 'email' }) }),
      z.object({ kind: z.literal('note'), text: z.string() }),
    ]);
    const redact = redactor(z.array(Contact));
    expect(redact([{ kind: 'note', text: 'hello' }, { kind: 'email', email: 'jane.doe@example.com' }])).toEqual([
      { kind: 'note', text: 'hello' },
      { kind: 'email', email: 'j*******@example.com' },
    ]);
    const Method = z.discriminatedUnion('type', [
      z.object({ type: z.literal('card'), card: restricted(z.string(), { mask: 'card' }) }),
      z.object({ type: z.literal('bank'), iban: restricted(z.string()) }),
    ]);
    expect(redactor(Method)({ type: 'card', card: '4242424242424242' })).toEqual({ type: 'card', card: '**** **** **** 4242' });
    expect(redactor(Method)({ type: 'bank', iban: 'DE89370400440532013000' })).toEqual({ type: 'bank', iban: REDACTED });
    // Data that matches no branch is masked whole.
    expect(redactor(Method)({ type: 'other', iban: 'x' } as never)).toBe(REDACTED);
  });

  it('handles tuples, sets, maps, intersections, records and recursive schemas', () => {
    const S = z.object({
      pair: z.tuple([z.string(), restricted(z.string())]),
      set: z.set(restricted(z.string())),
      map: z.map(z.string(), restricted(z.string())),
      both: z.intersection(z.object({ a: restricted(z.string()) }), z.object({ b: z.string(), a: z.string() })),
    });
    const out = redactor(S)({ pair: ['x', 'y-secret'], set: new Set(['s-secret']), map: new Map([['k', 'm-secret']]), both: { a: 'a-secret', b: 'b' } });
    expect(out.pair).toEqual(['x', REDACTED]);
    expect([...out.set]).toEqual([REDACTED]);
    expect([...out.map]).toEqual([['k', REDACTED]]);
    expect(out.both).toEqual({ a: REDACTED, b: 'b' });

    type Node = { owner: string; children: Node[] };
    const Node: z.ZodType<Node> = z.lazy(() => z.object({ owner: restricted(z.string()), children: z.array(Node) }));
    const tree = { owner: 'root-secret', children: [{ owner: 'child-secret', children: [{ owner: 'leaf-secret', children: [] }] }] };
    expect(JSON.stringify(redactor(Node)(tree))).toBe(
      JSON.stringify({ owner: REDACTED, children: [{ owner: REDACTED, children: [{ owner: REDACTED, children: [] }] }] }),
    );
  });

  it('survives cyclic input, toJSON, and values that throw when read', () => {
    type Node = { owner: string; next?: Node | undefined };
    const Node: z.ZodType<Node> = z.lazy(() => z.object({ owner: restricted(z.string()), next: Node.optional() }));
    const a: Node = { owner: 'a-secret' };
    a.next = a;
    expect(redactor(Node)(a)).toEqual({ owner: REDACTED, next: '[Circular]' });

    const Model = z.object({ email: restricted(z.string(), { mask: 'email' }) });
    const withToJSON = { toJSON: () => ({ email: 'jane.doe@example.com' }) };
    expect(redactor(Model)(withToJSON as never)).toEqual({ email: 'j*******@example.com' });

    const throwing = Object.defineProperty({}, 'email', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(redactor(Model)(throwing as never)).toBe(REDACTED);
  });

  it('masks every leaf of a classified container', () => {
    const S = z.object({ address: restricted(z.object({ street: z.string(), geo: z.object({ lat: z.number() }) })), tags: confidential(z.array(z.string())) });
    expect(redactor(S)({ address: { street: '1 Main St', geo: { lat: 1.5 } }, tags: ['a', 'b'] })).toEqual({
      address: { street: REDACTED, geo: { lat: REDACTED } },
      tags: [REDACTED, REDACTED],
    });
  });

  it('returns the same compiled function for the same schema and options', () => {
    expect(redactor(User)).toBe(redactor(User));
    expect(redactor(User, { maxLevel: 'confidential' })).not.toBe(redactor(User));
  });

  it('rejects bad options, naming them', () => {
    expect(() => redactor(User, { maxLevel: 'secret' as never })).toThrow(/`maxLevel` must be one of public, internal, confidential, restricted/);
    expect(() => redactor(User, { tokenize: 'x' as never })).toThrow(/`tokenize` must be a function/);
    expect(() => redactor({} as never)).toThrow(/expected a zod schema/);
  });

  it('never lets a classified leaf string through, and never changes its input (property)', () => {
    const safe = fc.string({ minLength: 4, maxLength: 30 }).filter((s) => !s.includes('*') && !'[REDACTED][Circular]'.includes(s));
    const email = fc.emailAddress().filter((s) => !s.includes('*'));
    const arbitraryUser = fc.record({
      id: fc.string(),
      email,
      phone: fc.option(safe, { nil: undefined }),
      card: fc.option(safe, { nil: null }),
      name: safe,
      plan: fc.string(),
      address: fc.option(fc.record({ street: safe, city: fc.string() }), { nil: undefined }),
      payouts: fc.array(fc.record({ iban: safe, amountCents: fc.integer() }), { maxLength: 4 }),
      metadata: fc.dictionary(fc.string({ minLength: 1 }), safe, { maxKeys: 4 }),
    });
    const redact = redactor(User);
    fc.assert(
      fc.property(arbitraryUser, (raw) => {
        const input = User.parse(raw);
        const before = structuredClone(input);
        const values = stringsIn(redact(input));
        expect(input).toEqual(before);
        const classifiedLeaves = [
          input.email,
          input.phone,
          input.card,
          input.name,
          input.address?.street,
          ...input.payouts.map((p) => p.iban),
          ...Object.values(input.metadata),
        ].filter((s): s is string => typeof s === 'string');
        const plain = [input.id, input.plan, input.address?.city, ...Object.keys(input.metadata)].join('\u0000');
        for (const leaf of classifiedLeaves) {
          if (plain.includes(leaf)) continue; // the same text also sits in a plain field
          expect(values.filter((v) => v.includes(leaf))).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
