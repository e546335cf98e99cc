import type { Confidential, Internal, LevelOf, Masked, Restricted } from '@classified/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { classified, confidential, internal, redactor, restricted } from '../src/index.js';

const Email = restricted(z.string(), { category: 'pii' });

describe('inferred types', () => {
  it('brands the output and leaves the input plain', () => {
    expectTypeOf<z.infer<typeof Email>>().toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf<z.input<typeof Email>>().toEqualTypeOf<string>();
    expectTypeOf<z.infer<ReturnType<typeof restricted<z.ZodString>>>>().toEqualTypeOf<Restricted<string>>();
    expectTypeOf<z.infer<ReturnType<typeof internal<z.ZodNumber>>>>().toEqualTypeOf<Internal<number>>();
    const score = classified(z.number(), 'confidential', { retention: 'P1Y' });
    expectTypeOf<z.infer<typeof score>>().toEqualTypeOf<Confidential<number>>();
    const key = classified(z.string(), 'restricted', { category: 'credential' });
    expectTypeOf<z.infer<typeof key>>().toEqualTypeOf<Restricted<string, 'credential'>>();
  });

  it('keeps the brand through wrappers', () => {
    expectTypeOf<z.infer<ReturnType<typeof Email.optional>>>().toEqualTypeOf<Restricted<string, 'pii'> | undefined>();
    const nullable = Email.nullable();
    expectTypeOf<z.infer<typeof nullable>>().toEqualTypeOf<Restricted<string, 'pii'> | null>();
    const withDefault = restricted(z.string()).default('fallback');
    expectTypeOf<z.infer<typeof withDefault>>().toEqualTypeOf<Restricted<string>>();
    expectTypeOf<z.input<typeof withDefault>>().toEqualTypeOf<string | undefined>();
    const list = Email.array();
    expectTypeOf<z.infer<typeof list>>().toEqualTypeOf<Restricted<string, 'pii'>[]>();
    const min = Email.min(3);
    expectTypeOf<z.infer<typeof min>>().toEqualTypeOf<Restricted<string, 'pii'>>();
  });

  it('keeps the brand inside containers', () => {
    const User = z.object({
      id: internal(z.string()),
      email: Email,
      payouts: z.array(z.object({ iban: restricted(z.string(), { category: 'payment' }) })),
      metadata: z.record(z.string(), confidential(z.string())),
      pair: z.tuple([z.string(), Email]),
      contact: z.union([Email, z.number()]),
      kind: z.discriminatedUnion('type', [
        z.object({ type: z.literal('card'), card: restricted(z.string(), { category: 'payment' }) }),
        z.object({ type: z.literal('none') }),
      ]),
    });
    type U = z.infer<typeof User>;
    expectTypeOf<U['id']>().toEqualTypeOf<Internal<string>>();
    expectTypeOf<U['payouts'][number]['iban']>().toEqualTypeOf<Restricted<string, 'payment'>>();
    expectTypeOf<U['metadata']>().toEqualTypeOf<Record<string, Confidential<string>>>();
    expectTypeOf<U['pair']>().toEqualTypeOf<[string, Restricted<string, 'pii'>]>();
    expectTypeOf<U['contact']>().toEqualTypeOf<Restricted<string, 'pii'> | number>();
    expectTypeOf<Extract<U['kind'], { type: 'card' }>['card']>().toEqualTypeOf<Restricted<string, 'payment'>>();
    expectTypeOf<LevelOf<U>>().toEqualTypeOf<'restricted'>();
  });

  it('keeps the brand through z.lazy', () => {
    interface Category {
      owner: Restricted<string, 'pii'>;
      children: Category[];
    }
    const Category: z.ZodType<Category> = z.lazy(() => z.object({ owner: Email, children: z.array(Category) }));
    expectTypeOf<z.infer<typeof Category>['owner']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    const Tree = z.object({
      get owner() {
        return Email;
      },
      get kids() {
        return z.array(Tree);
      },
    });
    expectTypeOf<z.infer<typeof Tree>['owner']>().toEqualTypeOf<Restricted<string, 'pii'>>();
  });

  it('keeps the brand after extend, pick, omit and partial', () => {
    const Base = z.object({ id: z.string(), email: Email });
    const Extended = Base.extend({ phone: restricted(z.string(), { category: 'pii' }) });
    expectTypeOf<z.infer<typeof Extended>['phone']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf<z.infer<typeof Extended>['email']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    const Picked = Base.pick({ email: true });
    expectTypeOf<z.infer<typeof Picked>>().toEqualTypeOf<{ email: Restricted<string, 'pii'> }>();
    const Omitted = Base.omit({ id: true });
    expectTypeOf<z.infer<typeof Omitted>>().toEqualTypeOf<{ email: Restricted<string, 'pii'> }>();
    const Partial = Base.partial();
    expectTypeOf<z.infer<typeof Partial>['email']>().toEqualTypeOf<Restricted<string, 'pii'> | undefined>();
  });

  it('classifies every field of a wrapped object, deeply', () => {
    const Address = restricted(
      z.object({ street: z.string(), geo: z.object({ lat: z.number() }), tags: z.array(z.string()) }),
      {
        category: 'pii',
      },
    );
    type A = z.infer<typeof Address>;
    expectTypeOf<A['street']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf<A['geo']['lat']>().toEqualTypeOf<Restricted<number, 'pii'>>();
    expectTypeOf<A['tags']>().toEqualTypeOf<Restricted<string, 'pii'>[]>();
    const Picked = Address.pick({ street: true });
    expectTypeOf<z.infer<typeof Picked>['street']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    // An Internal field in a Restricted object: the field type holds both brands, LevelOf reads the higher.
    const Raised = restricted(z.object({ id: internal(z.string()) }));
    expectTypeOf<LevelOf<z.infer<typeof Raised>['id']>>().toEqualTypeOf<'restricted'>();
    const List = restricted(z.array(z.object({ a: z.string() })));
    expectTypeOf<z.infer<typeof List>[number]['a']>().toEqualTypeOf<Restricted<string>>();
  });

  it('lets a classified field take a plain default', () => {
    const Key = restricted(z.string(), { category: 'credential' }).default('dev-only-key');
    expectTypeOf<z.infer<typeof Key>>().toEqualTypeOf<Restricted<string, 'credential'>>();
  });

  it('rejects a meta of the wrong shape at compile time', () => {
    // The calls also throw at runtime; the type errors are what this test checks.
    // @ts-expect-error – 'hash' is not a masker name
    expect(() => restricted(z.string(), { mask: 'hash' })).toThrow(TypeError);
    // @ts-expect-error – `level` must be a Level
    expect(() => classified(z.string(), 'secret')).toThrow(TypeError);
  });
});

describe('redactor output', () => {
  it('marks replaced fields as Masked and keeps the rest', () => {
    const User = z.object({
      id: internal(z.string()),
      email: Email,
      note: z.string(),
      score: confidential(z.number()).optional(),
    });
    const redact = redactor(User);
    type Out = ReturnType<typeof redact>;
    expectTypeOf<Out>().toEqualTypeOf<{
      id: Internal<string>;
      email: Masked;
      note: string;
      score?: Masked | undefined;
    }>();
    expectTypeOf<LevelOf<Out>>().toEqualTypeOf<'internal'>();
    const lenient = redactor(User, { maxLevel: 'confidential' });
    expectTypeOf<ReturnType<typeof lenient>['score']>().toEqualTypeOf<Confidential<number> | undefined>();
  });
});
