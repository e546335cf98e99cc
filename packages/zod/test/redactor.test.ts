import { createTokenizer, FULLY_MASKED, REDACTED, type Level } from '@classified/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classified, confidential, internal, redactor, restricted } from '../src/index.js';

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

// The schema generator of the last property: a shape of data first, then schemas that describe
// it, built from every combinator. Each schema comes with what it says about the value (its
// marks), so the values that must not come out are known by construction, not by running the
// redactor.

type Skeleton =
  | { readonly kind: 'leaf' }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, Skeleton>> }
  | { readonly kind: 'array'; readonly element: Skeleton; readonly length: number }
  | { readonly kind: 'chain'; readonly depth: number };

/** What one schema says about the value it describes: the level it gives the whole, and what it says of the parts. */
interface Mark {
  readonly level?: Level;
  readonly fields?: Readonly<Record<string, readonly Mark[]>>;
  /** For keys that `fields` does not name: a catch-all, a record's values. */
  readonly rest?: readonly Mark[];
  readonly element?: readonly Mark[];
  readonly items?: readonly (readonly Mark[])[];
}

interface Described {
  readonly schema: z.ZodType;
  /** One mark per schema that describes the value (both sides of an intersection, every matching branch). */
  readonly marks: readonly Mark[];
  /** Whether the schema's output keeps every part of the value, so that a pipe can follow it. */
  readonly complete: boolean;
}

const skeletonArb: fc.Arbitrary<Skeleton> = fc.letrec<{ node: Skeleton }>((tie) => ({
  node: fc.oneof(
    { maxDepth: 3, depthSize: 'small' },
    fc.constant<Skeleton>({ kind: 'leaf' }),
    fc
      .dictionary(fc.constantFrom('a', 'b', 'c', 'd'), tie('node'), { minKeys: 1, maxKeys: 3 })
      .map((fields): Skeleton => ({ kind: 'object', fields })),
    fc
      .record({ element: tie('node'), length: fc.integer({ min: 0, max: 3 }) })
      .map((r): Skeleton => ({ kind: 'array', ...r })),
    fc.integer({ min: 1, max: 4 }).map((depth): Skeleton => ({ kind: 'chain', depth })),
  ),
})).node;

/** Data of a skeleton; every leaf a distinct string, none a part of another. */
function instantiate(skeleton: Skeleton, next: () => string): unknown {
  switch (skeleton.kind) {
    case 'leaf':
      return next();
    case 'object':
      return Object.fromEntries(Object.entries(skeleton.fields).map(([key, field]) => [key, instantiate(field, next)]));
    case 'array':
      return Array.from({ length: skeleton.length }, () => instantiate(skeleton.element, next));
    case 'chain': {
      let node: Record<string, unknown> = { v: next() };
      for (let i = 1; i < skeleton.depth; i++) node = { v: next(), next: node };
      return node;
    }
  }
}

const RANK: Readonly<Record<Level, number>> = { public: 0, internal: 1, confidential: 2, restricted: 3 };

/** The oracle: every leaf that some schema describing it, or one of its containers, puts above `maxLevel`. */
function mustNotAppear(
  value: unknown,
  marks: readonly Mark[],
  maxLevel: Level,
  inherited = false,
  out: string[] = [],
): string[] {
  const above = inherited || marks.some((m) => m.level !== undefined && RANK[m.level] > RANK[maxLevel]);
  if (typeof value === 'string') {
    if (above) out.push(value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) =>
      mustNotAppear(
        item,
        marks.flatMap((m) => m.items?.[i] ?? m.element ?? []),
        maxLevel,
        above,
        out,
      ),
    );
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, field] of Object.entries(value)) {
      const parts = marks.flatMap((m) => (m.fields && Object.hasOwn(m.fields, key) ? m.fields[key]! : (m.rest ?? [])));
      mustNotAppear(field, parts, maxLevel, above, out);
    }
  }
  return out;
}

const LEVEL_ARB = fc.constantFrom<Level>('internal', 'confidential', 'restricted');
const MASK_ARB = fc.constantFrom<Parameters<typeof restricted>[1]>(
  undefined,
  { mask: 'email' },
  { mask: 'middle' },
  { mask: 'token' },
  { mask: (s) => `${s.slice(0, 3)}…` },
);

/** Schemas that take any value: `z.unknown()`, `z.any()`, classified or not. */
const openArb: fc.Arbitrary<Described> = fc.option(LEVEL_ARB, { nil: undefined }).chain((level) =>
  fc.constantFrom(z.unknown(), z.any()).map((base): Described => ({
    schema: level ? classified(base, level) : base,
    marks: [level ? { level } : {}],
    complete: true,
  })),
);

const leafArb: fc.Arbitrary<Described> = fc.oneof(
  fc.constant<Described>({ schema: z.string(), marks: [{}], complete: true }),
  fc.tuple(LEVEL_ARB, MASK_ARB).map(([level, meta]): Described => ({
    schema: classified(z.string(), level, meta),
    marks: [{ level }],
    complete: true,
  })),
  openArb,
);

/** Describes every key, some of them, or some with a catch-all or a record for the others. */
function objectArb(fields: Readonly<Record<string, Skeleton>>, budget: number): fc.Arbitrary<Described> {
  const keys = Object.keys(fields);
  const described = fc.tuple(...keys.map((key) => descriptions(fields[key]!, budget)));
  const uniform = keys.every((key) => JSON.stringify(fields[key]) === JSON.stringify(fields[keys[0]!]));
  return fc
    .record({
      parts: described,
      declared: fc.subarray(keys),
      style: fc.constantFrom('object', 'strict', 'loose', 'catchall', 'record'),
      rest: uniform ? fc.oneof(openArb, descriptions(fields[keys[0]!]!, budget)) : openArb,
    })
    .map(({ parts, declared, style, rest }): Described => {
      const described = (names: readonly string[]) =>
        Object.fromEntries(names.map((key) => [key, parts[keys.indexOf(key)]!]));
      const shapeOf = (names: readonly string[]) =>
        Object.fromEntries(Object.entries(described(names)).map(([key, d]) => [key, d.schema]));
      const marksOf = (names: readonly string[]) =>
        Object.fromEntries(Object.entries(described(names)).map(([key, d]) => [key, d.marks]));
      const allComplete = (names: readonly string[]) => names.every((key) => parts[keys.indexOf(key)]!.complete);
      switch (style) {
        case 'object':
          return {
            schema: z.object(shapeOf(declared)),
            marks: [{ fields: marksOf(declared) }],
            complete: declared.length === keys.length && allComplete(keys),
          };
        case 'strict':
          return {
            schema: z.strictObject(shapeOf(keys)),
            marks: [{ fields: marksOf(keys) }],
            complete: allComplete(keys),
          };
        case 'loose':
          return {
            schema: z.looseObject(shapeOf(declared)),
            marks: [{ fields: marksOf(declared) }],
            complete: allComplete(declared),
          };
        case 'catchall':
          return {
            schema: z.object(shapeOf(declared)).catchall(rest.schema),
            marks: [{ fields: marksOf(declared), rest: rest.marks }],
            complete: allComplete(declared) && rest.complete,
          };
        case 'record':
          return { schema: z.record(z.string(), rest.schema), marks: [{ rest: rest.marks }], complete: rest.complete };
      }
    });
}

/** A recursive schema for `{ v, next?: { v, next?: … } }`: z.lazy or a getter, with a second description of `v` intersected in or not. */
function chainArb(): fc.Arbitrary<Described> {
  return fc
    .record({ v: leafArb, also: fc.option(leafArb, { nil: undefined }), getter: fc.boolean() })
    .map(({ v, also, getter }): Described => {
      const marks: Mark[] = [];
      marks.push({ fields: { v: v.marks, next: marks } });
      if (also) marks.push({ fields: { v: also.marks } });
      const withAlso = (schema: z.ZodType): z.ZodType =>
        also ? z.intersection(schema, z.looseObject({ v: also.schema })) : schema;
      let self: z.ZodType;
      if (getter) {
        self = withAlso(
          z.object({
            v: v.schema,
            get next(): z.ZodOptional<z.ZodType> {
              return self.optional();
            },
          }),
        );
      } else {
        self = z.lazy(() => withAlso(z.object({ v: v.schema, next: self.optional() })));
      }
      return { schema: self, marks, complete: v.complete && (also?.complete ?? true) };
    });
}

/** Schemas that describe values of `skeleton`, combined with intersections, unions, pipes, transforms, z.lazy and classification. */
function descriptions(skeleton: Skeleton, budget: number): fc.Arbitrary<Described> {
  let direct: fc.Arbitrary<Described>;
  switch (skeleton.kind) {
    case 'leaf':
      direct = leafArb;
      break;
    case 'object':
      direct = objectArb(skeleton.fields, budget);
      break;
    case 'array': {
      const element = descriptions(skeleton.element, budget);
      direct = fc.oneof(
        element.map((e): Described => ({
          schema: z.array(e.schema),
          marks: [{ element: e.marks }],
          complete: e.complete,
        })),
        fc.tuple(...Array.from({ length: skeleton.length }, () => element)).map((items): Described => ({
          schema: z.tuple(items.map((item) => item.schema) as [z.ZodType, ...z.ZodType[]]),
          marks: [{ items: items.map((item) => item.marks) }],
          complete: items.every((item) => item.complete),
        })),
      );
      break;
    }
    case 'chain':
      direct = chainArb();
      break;
  }
  if (budget === 0) return fc.oneof(direct, openArb);
  const inner = descriptions(skeleton, budget - 1);
  // A branch that never matches (no value here is a number): what it says must not count.
  const never = fc.constantFrom<z.ZodType>(z.number(), restricted(z.number()));
  return fc.oneof(
    { weight: 3, arbitrary: direct },
    openArb,
    fc.tuple(inner, inner).map(([l, r]): Described => ({
      schema: z.intersection(l.schema, r.schema),
      marks: [...l.marks, ...r.marks],
      complete: l.complete || r.complete,
    })),
    fc
      .tuple(inner, never, fc.boolean())
      .map(([d, n, first]): Described => ({ ...d, schema: z.union(first ? [n, d.schema] : [d.schema, n]) })),
    // Both branches match; the value held is the first one's output, which the second matches only if nothing was stripped.
    fc
      .tuple(inner, inner)
      .map(([l, r]): Described =>
        l.complete
          ? { schema: z.union([l.schema, r.schema]), marks: [...l.marks, ...r.marks], complete: true }
          : { ...l, schema: z.union([l.schema, z.number()]) },
      ),
    fc.tuple(inner, inner).map(([l, r]): Described =>
      l.complete
        ? { schema: l.schema.pipe(r.schema), marks: [...l.marks, ...r.marks], complete: r.complete }
        : {
            schema: z.intersection(l.schema, r.schema),
            marks: [...l.marks, ...r.marks],
            complete: l.complete || r.complete,
          },
    ),
    inner.map((d): Described => ({ ...d, schema: d.schema.transform((value) => value) })),
    inner.map((d): Described => ({ ...d, schema: z.lazy(() => d.schema) })),
    inner.map((d): Described => ({ ...d, schema: d.schema.optional() })),
    fc
      .tuple(inner, LEVEL_ARB)
      .map(([d, level]): Described => ({ ...d, schema: classified(d.schema, level), marks: [{ level }, ...d.marks] })),
  );
}

/** A generated case: the schema, the data, and the strings the output must not contain. */
const generatedCase = skeletonArb.chain((skeleton) =>
  fc
    .record({
      described: descriptions(skeleton, 2),
      maxLevel: fc.constantFrom<Level>('internal', 'confidential'),
      field: fc.nat(),
      pipeTo: fc.option(leafArb, { nil: undefined }),
      takeField: fc.boolean(),
    })
    .map(({ described, maxLevel, field, pipeTo, takeField }) => {
      let n = 0;
      const raw = instantiate(skeleton, () => `value-${n++}-end`);
      let { schema } = described;
      const marks = [...described.marks];
      // A transform that takes one field out of the object: the value held is that field.
      const leafKeys =
        skeleton.kind === 'object'
          ? Object.keys(skeleton.fields).filter((key) => skeleton.fields[key]!.kind === 'leaf')
          : [];
      if (takeField && leafKeys.length > 0) {
        const key = leafKeys[field % leafKeys.length]!;
        schema = schema.transform((value) => (value as Record<string, unknown>)[key]);
        if (pipeTo) {
          schema = schema.pipe(pipeTo.schema.optional());
          marks.push(...pipeTo.marks.map((m): Mark => ({ fields: { [key]: [m] } })));
        }
      }
      return { schema, raw, maxLevel, secrets: mustNotAppear(raw, marks, maxLevel) };
    }),
);

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
    expect(
      redact([
        { kind: 'note', text: 'hello' },
        { kind: 'email', email: 'jane.doe@example.com' },
      ]),
    ).toEqual([
      { kind: 'note', text: 'hello' },
      { kind: 'email', email: 'j*******@example.com' },
    ]);
    const Method = z.discriminatedUnion('type', [
      z.object({ type: z.literal('card'), card: restricted(z.string(), { mask: 'card' }) }),
      z.object({ type: z.literal('bank'), iban: restricted(z.string()) }),
    ]);
    expect(redactor(Method)({ type: 'card', card: '4242424242424242' })).toEqual({
      type: 'card',
      card: '**** **** **** 4242',
    });
    expect(redactor(Method)({ type: 'bank', iban: 'DE89370400440532013000' })).toEqual({
      type: 'bank',
      iban: REDACTED,
    });
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
    const out = redactor(S)({
      pair: ['x', 'y-secret'],
      set: new Set(['s-secret']),
      map: new Map([['k', 'm-secret']]),
      both: { a: 'a-secret', b: 'b' },
    });
    expect(out.pair).toEqual(['x', REDACTED]);
    expect([...out.set]).toEqual([REDACTED]);
    expect([...out.map]).toEqual([['k', REDACTED]]);
    expect(out.both).toEqual({ a: REDACTED, b: 'b' });

    type Node = { owner: string; children: Node[] };
    const Node: z.ZodType<Node> = z.lazy(() => z.object({ owner: restricted(z.string()), children: z.array(Node) }));
    const tree = {
      owner: 'root-secret',
      children: [{ owner: 'child-secret', children: [{ owner: 'leaf-secret', children: [] }] }],
    };
    expect(JSON.stringify(redactor(Node)(tree))).toBe(
      JSON.stringify({
        owner: REDACTED,
        children: [{ owner: REDACTED, children: [{ owner: REDACTED, children: [] }] }],
      }),
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
    const S = z.object({
      address: restricted(z.object({ street: z.string(), geo: z.object({ lat: z.number() }) })),
      tags: confidential(z.array(z.string())),
    });
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
    expect(() => redactor(User, { maxLevel: 'secret' as never })).toThrow(
      /`maxLevel` must be one of public, internal, confidential, restricted/,
    );
    expect(() => redactor(User, { tokenize: 'x' as never })).toThrow(/`tokenize` must be a function/);
    expect(() => redactor({} as never)).toThrow(/expected a zod schema/);
  });

  describe('when several schemas describe one value, redacts as the strictest of them', () => {
    const secret = 'raw-secret-value';
    const Left = z.object({ a: z.object({ x: restricted(z.string()) }) });

    it.each([
      ['a record', z.object({ a: z.record(z.string(), z.string()) })],
      ['a loose object', z.object({ a: z.looseObject({}) })],
      ['z.unknown()', z.unknown()],
    ])('masks a nested field classified on one side of an intersection with %s on the other', (_, other) => {
      const value = { a: { x: secret, y: 'plain' } };
      // zod's intersection merges both outputs: `y` is kept by the other side, `x` is classified on the left.
      for (const schema of [z.intersection(Left, other), z.intersection(other, Left)]) {
        const out = redactor(schema)(schema.parse(value));
        expect(out).toEqual({ a: { x: REDACTED, y: 'plain' } });
        expect(JSON.stringify(out)).not.toContain(secret);
      }
    });

    it('masks a key that a catch-all classifies on one side and the other side declares', () => {
      const S = z.intersection(
        z.object({ id: z.string() }).catchall(restricted(z.string())),
        z.object({ id: z.string(), note: z.string() }),
      );
      expect(redactor(S)(S.parse({ id: 'i', note: secret }))).toEqual({ id: 'i', note: REDACTED });
    });

    it('masks everything inside a value that one side classifies whole', () => {
      const S = z.intersection(restricted(z.object({ a: z.string() })), z.looseObject({}));
      expect(redactor(S)(S.parse({ a: secret, b: `${secret}-b` }))).toEqual({ a: REDACTED, b: REDACTED });
    });

    it('keeps a mask both sides agree on, and redacts whole where they differ', () => {
      const email = 'jane.doe@example.com';
      const Same = z.intersection(
        z.object({ e: restricted(z.string(), { mask: 'email' }) }),
        z.object({ e: restricted(z.string(), { mask: 'email' }) }),
      );
      expect(redactor(Same)(Same.parse({ e: email }))).toEqual({ e: 'j*******@example.com' });
      const Differ = z.intersection(
        z.object({ e: restricted(z.string(), { mask: 'email' }) }),
        z.object({ e: restricted(z.string(), { mask: 'middle' }) }),
      );
      expect(redactor(Differ)(Differ.parse({ e: email }))).toEqual({ e: REDACTED });
    });

    it('applies every union branch the value matches, in either order', () => {
      const plain = z.object({ a: z.string() });
      const classifiedA = z.object({ a: restricted(z.string()) });
      for (const schema of [z.union([plain, classifiedA]), z.union([classifiedA, plain])]) {
        expect(redactor(schema)(schema.parse({ a: secret }))).toEqual({ a: REDACTED });
      }
    });

    it('reads both sides of a pipe', () => {
      const S = z
        .object({ email: restricted(z.string()), id: z.string() })
        .pipe(z.object({ email: z.string(), id: z.string() }));
      expect(redactor(S)(S.parse({ email: secret, id: 'u_1' }))).toEqual({ email: REDACTED, id: 'u_1' });
      // The output side strips `note`, so the value held no longer matches the branch it went in by: every branch counts.
      const Stripped = z
        .union([z.object({ email: restricted(z.string()), note: z.string() }), z.unknown()])
        .pipe(z.object({ email: z.string() }));
      expect(redactor(Stripped)(Stripped.parse({ email: secret, note: 'n' }))).toEqual({ email: REDACTED });
    });

    it('masks what a transform takes out of a classified input', () => {
      const S = z.object({ email: restricted(z.string()), id: z.string() }).transform((o) => o.email);
      expect(redactor(S)(S.parse({ email: secret, id: 'u_1' }))).toBe(REDACTED);
      const FromUnion = z
        .union([z.unknown(), z.record(z.string(), restricted(z.string()))])
        .transform((o) => (o as Record<string, string>).a);
      expect(redactor(FromUnion)(FromUnion.parse({ a: secret }))).toBe(REDACTED);
      expect(redactor(z.array(restricted(z.string())))(secret as never)).toBe(REDACTED);
    });

    it('follows recursion through getters, and through intersections of recursive schemas', () => {
      type Tree = { owner: string; children: Tree[] };
      const Tree = z.object({
        owner: restricted(z.string()),
        get children(): z.ZodArray<typeof Tree> {
          return z.array(Tree);
        },
      });
      const tree: Tree = { owner: `${secret}-1`, children: [{ owner: `${secret}-2`, children: [] }] };
      expect(redactor(Tree)(Tree.parse(tree))).toEqual({
        owner: REDACTED,
        children: [{ owner: REDACTED, children: [] }],
      });
      const cyclic: Tree = { owner: `${secret}-3`, children: [] };
      cyclic.children.push(cyclic);
      expect(redactor(Tree)(cyclic)).toEqual({ owner: REDACTED, children: ['[Circular]'] });

      type Chain = { v: string; w: string; next?: Chain | undefined };
      const Plain: z.ZodType<Chain> = z.lazy(() => z.object({ v: z.string(), w: z.string(), next: Plain.optional() }));
      type WChain = { w: string; next?: WChain | undefined };
      const ClassifiedW: z.ZodType<WChain> = z.lazy(() =>
        z.looseObject({ w: restricted(z.string()), next: ClassifiedW.optional() }),
      );
      const Both = z.intersection(Plain, ClassifiedW);
      const chain: Chain = { v: 'v1', w: `${secret}-w1`, next: { v: 'v2', w: `${secret}-w2` } };
      expect(redactor(Both)(Both.parse(chain))).toEqual({ v: 'v1', w: REDACTED, next: { v: 'v2', w: REDACTED } });
    });

    it('never throws an error that carries a classified value', () => {
      const leaky = (value: string): never => {
        throw new Error(`cannot handle ${value}`);
      };
      const Event = z.object({ userId: restricted(z.string(), { mask: 'token' }) });
      expect(redactor(Event, { tokenize: leaky as never })({ userId: secret })).toEqual({ userId: REDACTED });
      expect(redactor(Event.shape.userId, { tokenize: leaky as never })(secret as never)).toBe(REDACTED);
      const Refined = z.union([restricted(z.string()).refine(leaky), z.number()]);
      expect(() => redactor(Refined)(secret as never)).not.toThrow();
      expect(redactor(Refined)(secret as never)).toBe(REDACTED);
    });
  });

  it('never lets a classified leaf string through, and never changes its input (property)', () => {
    const safe = fc
      .string({ minLength: 4, maxLength: 30 })
      .filter((s) => !s.includes('*') && !'[REDACTED][Circular]'.includes(s));
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

  it('never lets out a value that any schema describing it classifies, whatever the combinators (property)', () => {
    const tokenize = createTokenizer({ key: 'k'.repeat(32) });
    fc.assert(
      fc.property(generatedCase, ({ schema, raw, maxLevel, secrets }) => {
        const parsed = schema.safeParse(raw);
        expect(parsed.success, 'the generated schema describes the generated data').toBe(true);
        const input = parsed.data;
        const before = structuredClone(input);
        const values = stringsIn(redactor(schema, { maxLevel, tokenize })(input));
        expect(input).toEqual(before);
        for (const secret of secrets) expect(values.filter((v) => v.includes(secret))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    // A thousand generated schemas take 2–3 s alone and more beside the other suites' type checks.
  }, 60_000);
});
