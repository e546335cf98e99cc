import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classificationOf, confidential, internal, inventoryMarkdown, restricted } from '../src/index.js';

const Payout = z.object({
  iban: restricted(z.string(), { category: 'payment', mask: 'middle', retention: 'P7Y' }),
  amountCents: confidential(z.number().int()),
});
const User = z.object({
  id: internal(z.string()),
  email: restricted(z.string(), { category: 'pii', mask: 'email', retention: 'P2Y', description: 'Login and contact' }),
  name: z.string(),
  address: z.object({ street: restricted(z.string(), { category: 'pii' }), city: z.string() }).optional(),
  payouts: z.array(Payout),
  metadata: z.record(z.string(), confidential(z.string())),
  pair: z.tuple([z.string(), restricted(z.string())]),
  'first-name': restricted(z.string(), { category: 'pii' }),
  masker: restricted(z.string(), { mask: (s) => s.slice(0, 1) }),
});

describe('classificationOf', () => {
  it('lists every classified field with its path and meta', () => {
    expect(classificationOf(User)).toEqual([
      { path: 'id', level: 'internal' },
      {
        path: 'email',
        level: 'restricted',
        category: 'pii',
        mask: 'email',
        retention: 'P2Y',
        description: 'Login and contact',
      },
      { path: 'address.street', level: 'restricted', category: 'pii' },
      { path: 'payouts[].iban', level: 'restricted', category: 'payment', mask: 'middle', retention: 'P7Y' },
      { path: 'payouts[].amountCents', level: 'confidential' },
      { path: 'metadata.*', level: 'confidential' },
      { path: 'pair[1]', level: 'restricted' },
      { path: '["first-name"]', level: 'restricted', category: 'pii' },
      { path: 'masker', level: 'restricted', mask: 'custom' },
    ]);
  });

  it('follows unions, discriminated unions, intersections, pipes, sets, maps and wrappers', () => {
    const Schema = z.object({
      contact: z.union([z.object({ email: restricted(z.string()) }), z.object({ phone: confidential(z.string()) })]),
      method: z.discriminatedUnion('type', [
        z.object({ type: z.literal('card'), card: restricted(z.string(), { category: 'payment' }) }),
        z.object({ type: z.literal('bank'), iban: restricted(z.string(), { category: 'payment' }) }),
      ]),
      both: z.intersection(z.object({ a: internal(z.string()) }), z.object({ b: restricted(z.string()) })),
      piped: restricted(z.string()).pipe(z.string().min(1)),
      transformed: restricted(z.string()).transform((s) => s.length),
      tags: z.set(internal(z.string())),
      byId: z.map(z.string(), restricted(z.string())),
      later: restricted(z.string()).nullable().default('x').readonly().catch('y'),
    });
    expect(classificationOf(Schema).map((e) => `${e.path}:${e.level}`)).toEqual([
      'contact.email:restricted',
      'contact.phone:confidential',
      'method.card:restricted',
      'method.iban:restricted',
      'both.a:internal',
      'both.b:restricted',
      'piped:restricted',
      'transformed:restricted',
      'tags[]:internal',
      'byId.*:restricted',
      'later:restricted',
    ]);
  });

  it('lists what either side of a pipe classifies', () => {
    const Piped = z
      .object({ email: restricted(z.string(), { category: 'pii' }), id: z.string() })
      .pipe(z.object({ email: z.string(), id: z.string() }));
    expect(classificationOf(Piped)).toEqual([{ path: 'email', level: 'restricted', category: 'pii' }]);
    const Out = z.unknown().pipe(z.object({ card: restricted(z.string()) }).optional());
    expect(classificationOf(Out)).toEqual([{ path: 'card', level: 'restricted' }]);
  });

  it('lists the leaves of a classified container, inheriting its meta and keeping the higher level', () => {
    const Wrapped = restricted(
      z.object({
        street: z.string(),
        id: internal(z.string()),
        geo: z.object({ lat: z.number() }),
        tags: z.array(z.string()),
      }),
      { category: 'pii', description: 'Home address' },
    );
    expect(classificationOf(Wrapped)).toEqual([
      { path: 'street', level: 'restricted', category: 'pii' },
      { path: 'id', level: 'restricted', category: 'pii' },
      { path: 'geo.lat', level: 'restricted', category: 'pii' },
      { path: 'tags[]', level: 'restricted', category: 'pii' },
    ]);
    expect(classificationOf(z.object({ list: confidential(z.array(z.object({ a: z.string() }))) }))).toEqual([
      { path: 'list[].a', level: 'confidential' },
    ]);
  });

  it('ends on recursive schemas (z.lazy and getters)', () => {
    type Node = { owner: string; children: Node[] };
    const Node: z.ZodType<Node> = z.lazy(() =>
      z.object({ owner: restricted(z.string(), { category: 'pii' }), children: z.array(Node) }),
    );
    expect(classificationOf(Node)).toEqual([{ path: 'owner', level: 'restricted', category: 'pii' }]);
    const Tree = z.object({
      secret: confidential(z.string()),
      get children(): z.ZodArray<typeof Tree> {
        return z.array(z.lazy(() => Tree) as unknown as typeof Tree);
      },
    });
    const paths = classificationOf(Tree).map((e) => e.path);
    expect(paths[0]).toBe('secret');
    expect(paths).toContain('children[].secret');
  });

  it('returns nothing for a schema without classification, and rejects what is not a schema', () => {
    expect(classificationOf(z.object({ a: z.string(), b: z.array(z.number()) }))).toEqual([]);
    expect(() => classificationOf({} as never)).toThrow(/expected a zod schema/);
  });
});

describe('inventoryMarkdown', () => {
  it('renders a table of every model', () => {
    const md = inventoryMarkdown({ User: User.pick({ id: true, email: true }), Payout });
    expect(md).toBe(
      [
        '| Model | Field | Level | Category | Retention | Mask | Description |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| User | id | internal |  |  |  |  |',
        '| User | email | restricted | pii | P2Y | email | Login and contact |',
        '| Payout | iban | restricted | payment | P7Y | middle |  |',
        '| Payout | amountCents | confidential |  |  |  |  |',
        '',
      ].join('\n'),
    );
  });

  it('escapes pipes and newlines in descriptions', () => {
    const md = inventoryMarkdown({ M: z.object({ a: restricted(z.string(), { description: 'a | b\nc' }) }) });
    expect(md).toContain('| M | a | restricted |  |  |  | a \\| b c |');
  });
});
