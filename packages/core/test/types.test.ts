import { describe, expectTypeOf, it } from 'vitest';
import {
  classify,
  declassify,
  internal,
  maskEmail,
  reclassify,
  restricted,
  seal,
  unseal,
  type AtMost,
  type CategoriesOf,
  type Classified,
  type Confidential,
  type Declassified,
  type Internal,
  type LevelOf,
  type Masked,
  type Public,
  type Restricted,
  type Sealed,
  type Token,
} from '../src/index.js';

type Email = Restricted<string, 'pii'>;

describe('LevelOf', () => {
  it('is public when nothing is classified', () => {
    expectTypeOf<LevelOf<string>>().toEqualTypeOf<'public'>();
    expectTypeOf<LevelOf<{ id: string; n: number[] }>>().toEqualTypeOf<'public'>();
    expectTypeOf<LevelOf<Public<string>>>().toEqualTypeOf<'public'>();
    expectTypeOf<LevelOf<unknown>>().toEqualTypeOf<'public'>();
    expectTypeOf<LevelOf<never>>().toEqualTypeOf<'public'>();
  });

  it('reads the level of a branded value', () => {
    expectTypeOf<LevelOf<Internal<string>>>().toEqualTypeOf<'internal'>();
    expectTypeOf<LevelOf<Confidential<number>>>().toEqualTypeOf<'confidential'>();
    expectTypeOf<LevelOf<Email>>().toEqualTypeOf<'restricted'>();
  });

  it('finds the highest level through every container', () => {
    expectTypeOf<LevelOf<{ a: { b: { c: { d: Email } } } }>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<{ email?: Email }>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Email[]>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<readonly Email[]>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<[string, number, Confidential<string>]>>().toEqualTypeOf<'confidential'>();
    expectTypeOf<LevelOf<string | Internal<string>>>().toEqualTypeOf<'internal'>();
    expectTypeOf<LevelOf<{ a: string } & { b: Email }>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Promise<{ e: Email }>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Map<string, Email>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Map<Internal<string>, number>>>().toEqualTypeOf<'internal'>();
    expectTypeOf<LevelOf<Set<Confidential<string>>>>().toEqualTypeOf<'confidential'>();
    expectTypeOf<LevelOf<ReadonlySet<Email>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Record<string, { email: Email }>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<
      LevelOf<{ id: Internal<string>; email: Email; score: Confidential<number> }>
    >().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Restricted<{ id: string }>>>().toEqualTypeOf<'restricted'>();
  });

  it('handles recursive types without hitting the instantiation limit', () => {
    interface Tree {
      value: string;
      owner: Email;
      children: Tree[];
    }
    interface Node {
      next: Node | null;
      secret?: Confidential<string>;
    }
    interface Plain {
      next?: Plain;
    }
    expectTypeOf<LevelOf<Tree>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Node>>().toEqualTypeOf<'confidential'>();
    expectTypeOf<LevelOf<Plain>>().toEqualTypeOf<'public'>();
    expectTypeOf<CategoriesOf<Tree>>().toEqualTypeOf<'pii'>();
  });

  it('is public for any, so that `any` is left to the lint rules', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point of the test
    expectTypeOf<LevelOf<any>>().toEqualTypeOf<'public'>();
  });
});

describe('CategoriesOf', () => {
  it('collects categories anywhere inside', () => {
    expectTypeOf<CategoriesOf<string>>().toEqualTypeOf<never>();
    expectTypeOf<CategoriesOf<Restricted<string>>>().toEqualTypeOf<never>();
    expectTypeOf<CategoriesOf<{ e: Email; p: { iban: Restricted<string, 'payment'>[] } }>>().toEqualTypeOf<
      'pii' | 'payment'
    >();
  });
});

describe('stacking and assignment', () => {
  it('keeps the higher level and all categories when classifying twice', () => {
    type Twice = Restricted<Internal<string, 'pii'>, 'payment'>;
    expectTypeOf<LevelOf<Twice>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<CategoriesOf<Twice>>().toEqualTypeOf<'pii' | 'payment'>();
    type Lowered = Internal<Restricted<string>>;
    expectTypeOf<LevelOf<Lowered>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<Twice>().not.toBeNever();
    expectTypeOf<Restricted<string, 'pii'> & Internal<string, 'payment'>>().not.toBeNever();
    expectTypeOf<Restricted<string, 'pii'> & Restricted<string, 'payment'>>().not.toBeNever();
    // Two brands meeting in an intersection: LevelOf reports the higher level, CategoriesOf both.
    expectTypeOf<LevelOf<Internal<string> & Restricted<string>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<Restricted<string> & Internal<string>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<CategoriesOf<Restricted<string, 'pii'> & Internal<string, 'payment'>>>().toEqualTypeOf<
      'pii' | 'payment'
    >();
  });

  it('leaves null and undefined unbranded inside a union', () => {
    expectTypeOf<Restricted<string | undefined>>().toEqualTypeOf<Restricted<string> | undefined>();
    expectTypeOf<LevelOf<Restricted<string | null>>>().toEqualTypeOf<'restricted'>();
  });

  it('accepts a plain value in any classified slot (raising is safe)', () => {
    const key: Restricted<string> = 'sk_test_value';
    const count: Confidential<number, 'metric'> = 3;
    const user: Restricted<{ id: string }> = { id: 'u1' };
    expectTypeOf(key).toEqualTypeOf<Restricted<string>>();
    expectTypeOf(count).toEqualTypeOf<Confidential<number, 'metric'>>();
    expectTypeOf(user).toEqualTypeOf<Restricted<{ id: string }>>();
  });

  it('follows the lattice: lower into higher compiles, higher into lower does not', () => {
    const id = internal('u1');
    const email = restricted('jane@example.com', 'pii');
    const slot: Restricted<string> = id;
    const plain: string = email;
    // @ts-expect-error – Restricted is more sensitive than a Confidential slot accepts
    const tooLow: Confidential<string> = email;
    // @ts-expect-error – Restricted does not fit an Internal slot either
    const tooLow2: Internal<string> = email;
    expectTypeOf(slot).toEqualTypeOf<Restricted<string>>();
    expectTypeOf(plain).toEqualTypeOf<string>();
    expectTypeOf(tooLow).toEqualTypeOf<Confidential<string>>();
    expectTypeOf(tooLow2).toEqualTypeOf<Internal<string>>();
  });

  it('requires a value to carry the categories its slot names', () => {
    const email = restricted('jane@example.com', 'pii');
    const iban = restricted('DE89370400440532013000', 'payment');
    const any: Restricted<string> = iban;
    const pii: Restricted<string, 'pii'> = email;
    // @ts-expect-error – a payment value does not carry the 'pii' category the slot names
    const wrong: Restricted<string, 'pii'> = iban;
    expectTypeOf(any).toEqualTypeOf<Restricted<string>>();
    expectTypeOf(pii).toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf(wrong).toEqualTypeOf<Restricted<string, 'pii'>>();
  });

  it('stays readable like its base type', () => {
    const email: Email = 'jane@example.com';
    expectTypeOf(email.length).toEqualTypeOf<number>();
    expectTypeOf(email.toLowerCase()).toEqualTypeOf<string>();
    expectTypeOf(`${email}`).toEqualTypeOf<string>();
    const user: Restricted<{ id: string; tags: string[] }> = { id: 'u', tags: [] };
    expectTypeOf(user.id).toEqualTypeOf<string>();
  });
});

describe('classify and friends', () => {
  // The classifying functions return `NoInfer<…>` (see docs/performance.md): the same type,
  // shielded from backwards inference. It is assignable both ways to the plain alias.
  it('widens literals and carries the category', () => {
    expectTypeOf(restricted('x')).toEqualTypeOf<NoInfer<Restricted<string>>>();
    expectTypeOf(restricted('x', 'credential')).toEqualTypeOf<NoInfer<Restricted<string, 'credential'>>>();
    expectTypeOf(internal(42)).toEqualTypeOf<NoInfer<Internal<number>>>();
    expectTypeOf(classify(true, 'confidential')).toEqualTypeOf<NoInfer<Confidential<boolean>>>();
    expectTypeOf(classify({ a: 1 }, 'restricted')).toEqualTypeOf<NoInfer<Restricted<{ a: number }>>>();
    expectTypeOf(restricted(internal('x', 'pii'), 'payment')).toEqualTypeOf<
      NoInfer<Classified<string, 'restricted', 'pii' | 'payment'>>
    >();
    expectTypeOf(restricted('x', 'pii')).toExtend<Restricted<string, 'pii'>>();
    expectTypeOf<Restricted<string, 'pii'>>().toExtend<ReturnType<typeof restricted<string, 'pii'>>>();
    expectTypeOf<LevelOf<ReturnType<typeof restricted<string, 'pii'>>>>().toEqualTypeOf<'restricted'>();
    // @ts-expect-error – what restricted() returns does not fit an Internal slot
    const low: Internal<string> = restricted('x');
    expectTypeOf(low).toEqualTypeOf<Internal<string>>();
  });

  it('declassify removes every brand, deeply', () => {
    const user = {
      id: internal('u1'),
      email: restricted('a@b.co', 'pii'),
      tags: [internal('t')],
      pair: [restricted('x'), 1] as [Restricted<string>, number],
      nested: { score: classify(1, 'confidential') },
      maybe: undefined as Email | undefined,
    };
    const plain = declassify(user, 'test of the type');
    expectTypeOf(plain).toEqualTypeOf<{
      id: string;
      email: string;
      tags: string[];
      pair: [string, number];
      nested: { score: number };
      maybe: string | undefined;
    }>();
    expectTypeOf<LevelOf<typeof plain>>().toEqualTypeOf<'public'>();
    expectTypeOf(declassify(restricted('x', 'pii'), 'a reason')).toEqualTypeOf<string>();
    expectTypeOf<Declassified<Restricted<{ a: Email }>>>().toEqualTypeOf<{ a: string }>();
    expectTypeOf<Declassified<Promise<Email>>>().toEqualTypeOf<Promise<string>>();
    expectTypeOf<Declassified<Map<string, Email>>>().toEqualTypeOf<Map<string, string>>();
    expectTypeOf<Declassified<Set<Email>>>().toEqualTypeOf<Set<string>>();
    expectTypeOf<Declassified<{ at?: Date }>>().toEqualTypeOf<{ at?: Date }>();
  });

  it('reclassify sets the level, keeps categories, and needs a reason only to lower', () => {
    const email = restricted('a@b.co', 'pii');
    expectTypeOf(reclassify(email, 'internal', 'aggregated for the dashboard')).toEqualTypeOf<
      Internal<string, 'pii'>
    >();
    expectTypeOf(reclassify(internal('x'), 'restricted')).toEqualTypeOf<Restricted<string>>();
    expectTypeOf(reclassify(internal('x', 'pii'), 'confidential')).toEqualTypeOf<Confidential<string, 'pii'>>();
    // @ts-expect-error – lowering Restricted to Internal needs a reason
    reclassify(email, 'internal');
  });

  it('seal and unseal', () => {
    const box = seal('sk_live', 'stripe');
    expectTypeOf(box).toEqualTypeOf<Sealed<string>>();
    expectTypeOf<LevelOf<Sealed<string>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<CategoriesOf<Sealed<string>>>().toEqualTypeOf<'credential'>();
    expectTypeOf(unseal(box, 'sign the request')).toEqualTypeOf<Restricted<string, 'credential'>>();
    // @ts-expect-error – a sealed number is not a sealed string
    const wrong: Sealed<string> = seal(42);
    expectTypeOf(wrong).toEqualTypeOf<Sealed<string>>();
  });

  it('maskers and tokens are Internal', () => {
    expectTypeOf<LevelOf<Masked>>().toEqualTypeOf<'internal'>();
    expectTypeOf<LevelOf<Token>>().toEqualTypeOf<'internal'>();
    expectTypeOf<CategoriesOf<Masked>>().toEqualTypeOf<'masked'>();
  });
});

describe('AtMost', () => {
  function track<T>(props: AtMost<T, 'internal'>): T {
    return props as T;
  }

  it('accepts values at or below the ceiling', () => {
    const plan = internal('pro');
    expectTypeOf(track({ plan })).toEqualTypeOf<{ plan: Internal<string> }>();
    expectTypeOf(track({ count: 3, tags: ['a'] })).toEqualTypeOf<{ count: number; tags: string[] }>();
    const shown = maskEmail('jane@example.com');
    expectTypeOf(track({ shown })).toEqualTypeOf<{ shown: Masked }>();
  });

  it('rejects values above the ceiling with a readable error', () => {
    const email = restricted('jane@example.com', 'pii');
    // @ts-expect-error – the nested email is Restricted and track() accepts at most Internal
    track({ user: { email } });
    // @ts-expect-error – Confidential is above Internal too
    track([classify(1, 'confidential')]);
    expectTypeOf<
      AtMost<{ user: { email: Email } }, 'internal'>
    >().toEqualTypeOf<'Classified data cannot be passed here: the value holds restricted data and this parameter accepts at most internal. Mask it, or declassify it with a reason.'>();
  });
});
