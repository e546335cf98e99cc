import type { Level } from './levels.js';

/**
 * The key of the phantom brand that carries a classification. It exists only in types: no value
 * ever has this property at runtime, and this constant is exported as a type only, so that
 * declaration files can name the brand. The ESLint plugin recognises the brand by this
 * declaration, so a look-alike brand declared elsewhere is not mistaken for it.
 *
 * @example
 * type HasBrand<T> = T extends { readonly [classification]?: unknown } ? true : false;
 */
export declare const classification: unique symbol;

/** Levels at or above each level: the keys of a level mark (more keys = less sensitive). */
interface AtOrAbove {
  public: Level;
  internal: 'internal' | 'confidential' | 'restricted';
  confidential: 'confidential' | 'restricted';
  restricted: 'restricted';
}

/**
 * The level part of a brand: the set of levels at or above `L`, so that a lower level is a subtype
 * of a higher one. Exported so that declaration files can name it; not meant for direct use.
 *
 * @example
 * type M = LevelMark<'confidential'>; // => { readonly confidential: true; readonly restricted: true }
 */
export type LevelMark<L extends Level> = { readonly [K in AtOrAbove[L]]: true };

/**
 * The category part of a brand, a keyed map so that brands stack. Exported so that declaration
 * files can name it; not meant for direct use.
 *
 * @example
 * type M = CategoryMark<'pii'>; // => { readonly pii: true }
 */
export type CategoryMark<C extends string> = { readonly [K in C]: true };

/**
 * The level again, as a map whose keys survive intersection: when two brands meet in an
 * intersection (`Internal<string> & Restricted<string>`), `keyof` of this map holds both levels, so
 * `LevelOf` reports the higher one. It never affects assignability (the keys are optional and the
 * tag is shared). Exported so that declaration files can name it; not meant for direct use.
 *
 * @example
 * type T = TopMark<'restricted'>; // => { readonly tag: true } & { readonly restricted?: true }
 */
export type TopMark<L extends Level> = { readonly tag: true } & { readonly [K in L]?: true };

/**
 * What the brand holds: the unbranded base type, the level (as the set of levels at or above it,
 * so that a lower level is a subtype of a higher one) and the categories (a keyed map, so that
 * brands stack instead of collapsing to `never`). Exported so that declaration files can name it.
 *
 * @example
 * type M = Mark<string, LevelMark<'restricted'>, CategoryMark<'pii'>, TopMark<'restricted'>>;
 */
export interface Mark<B, LM, CM, TM = unknown> {
  readonly base: B;
  readonly levels: LM;
  readonly categories: CM;
  readonly top: TM;
}

/**
 * The phantom brand itself: one optional property under the {@link classification} key. Exported so
 * that declaration files can name it; write {@link Classified} instead.
 *
 * @example
 * type R = string & Brand<string, 'restricted', 'pii'>; // the same as Restricted<string, 'pii'>
 */
export type Brand<B, L extends Level, C extends string> = {
  readonly [classification]?: Mark<B, LevelMark<L>, CategoryMark<C>, TopMark<L>>;
};

type MarkOf<T> = T extends { readonly [classification]?: infer M } ? NonNullable<M> : never;

/**
 * The level of `T`'s own brand (not of what is inside it); `never` when `T` has no brand. Where two
 * brands meet in an intersection, the higher level.
 */
type OwnLevel<T> = [MarkOf<T>] extends [never]
  ? never
  : MarkOf<T> extends Mark<unknown, unknown, unknown, infer TM>
    ? HighestOf<keyof TM>
    : never;

/** The categories of `T`'s own brand; `never` when there are none. */
type OwnCategories<T> = [MarkOf<T>] extends [never]
  ? never
  : MarkOf<T> extends Mark<unknown, unknown, infer CM>
    ? keyof CM & string
    : never;

/** `T` without its own brand (inner brands stay). */
type Base<T> = [MarkOf<T>] extends [never] ? T : MarkOf<T> extends Mark<infer B, unknown, unknown> ? B : T;

type Primitive = string | number | bigint | boolean | symbol | null | undefined;

/** The highest level in a union of levels; `'public'` for `never`. */
type HighestOf<U> = 'restricted' extends U
  ? 'restricted'
  : 'confidential' extends U
    ? 'confidential'
    : 'internal' extends U
      ? 'internal'
      : 'public';

/** Counts down the depth of a walk, so recursive types end instead of hitting the instantiation limit. */
type Down = [never, 0, 1, 2, 3, 4, 5, 6, 7];
type MaxDepth = 8;

/** Every `T` one level inside `T`: property values, elements, type arguments of containers. */
type Inside<T> =
  T extends PromiseLike<infer U>
    ? U
    : T extends ReadonlyMap<infer K, infer V>
      ? K | V
      : T extends ReadonlySet<infer V>
        ? V
        : T extends readonly (infer E)[]
          ? E
          : { [K in Exclude<keyof T, typeof classification>]-?: T[K] }[Exclude<keyof T, typeof classification>];

/** The union of all levels found anywhere inside `T`, `D` levels deep at most. */
type LevelsIn<T, D extends number = MaxDepth> = [D] extends [never]
  ? never
  : 0 extends 1 & T
    ? never
    : T extends Primitive
      ? OwnLevel<T>
      : T extends (...args: never) => unknown
        ? OwnLevel<T>
        : OwnLevel<T> | LevelsIn<Inside<T>, Down[D]>;

/** The union of all categories found anywhere inside `T`, `D` levels deep at most. */
type CategoriesIn<T, D extends number = MaxDepth> = [D] extends [never]
  ? never
  : 0 extends 1 & T
    ? never
    : T extends Primitive
      ? OwnCategories<T>
      : T extends (...args: never) => unknown
        ? OwnCategories<T>
        : OwnCategories<T> | CategoriesIn<Inside<T>, Down[D]>;

/** Widens a literal to its primitive (`'x'` to `string`) unless it is already classified. */
type Widen<T> = [MarkOf<T>] extends [never]
  ? T extends string
    ? string
    : T extends number
      ? number
      : T extends bigint
        ? bigint
        : T extends boolean
          ? boolean
          : T
  : T;

/**
 * `T` labelled with classification level `L` and optional category `C`. The label is a phantom
 * brand: it exists only in types and costs nothing at runtime.
 *
 * Use it in domain models to say how sensitive a field is; prefer the aliases {@link Restricted},
 * {@link Confidential}, {@link Internal} and {@link Public}.
 *
 * Assignment follows the level lattice. A plain value is assignable to any classified type (raising
 * is always safe; the brand is optional). A lower level is assignable to a higher one. A higher level
 * is not assignable to a lower classified slot. A classified value stays assignable to its plain base
 * type: that is structural typing, and it is what the ESLint rules police.
 *
 * Categories under assignment: a value must carry at least the categories its target names. A slot
 * that names no category (`Restricted<string>`) accepts every category; `Restricted<string, 'payment'>`
 * does not fit a `Restricted<string, 'pii'>` slot.
 *
 * Stacking: classifying an already classified value keeps the higher level and the union of
 * categories (`Restricted<Internal<string, 'pii'>, 'payment'>` is restricted with both). `null` and
 * `undefined` stay unbranded inside a union (`Restricted<string | undefined>`).
 *
 * @example
 * type Customer = {
 *   id: Internal<string>;
 *   email: Classified<string, 'restricted', 'pii'>;
 * };
 */
export type Classified<T, L extends Level, C extends string = never> = T extends null | undefined
  ? T
  : Classified.Shown<Base<T>, HighestOf<L | OwnLevel<T>>, C | OwnCategories<T>>;

/**
 * The forms a classified value takes once TypeScript has worked out its level and categories: what
 * hovers, error messages and emitted declarations show (`Classified.Restricted<string, "pii">`).
 * Write {@link Restricted} and its siblings; these are the same types.
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- types only: the shown forms need a name that reads like the docs (`Classified.Restricted`) and that `Classified` itself cannot be
export declare namespace Classified {
  /** The shown form of a value of level `L`. */
  type Shown<B, L extends Level, C extends string> = [C] extends [never] ? ByLevel<B, never>[L] : ByLevel<B, C>[L];
  type ByLevel<B, C extends string> = {
    public: Public<B, C>;
    internal: Internal<B, C>;
    confidential: Confidential<B, C>;
    restricted: Restricted<B, C>;
  };
  /** `Public<B, C>` once worked out. */
  type Public<B, C extends string = never> = B & Brand<B, 'public', C>;
  /** `Internal<B, C>` once worked out. */
  type Internal<B, C extends string = never> = B & Brand<B, 'internal', C>;
  /** `Confidential<B, C>` once worked out. */
  type Confidential<B, C extends string = never> = B & Brand<B, 'confidential', C>;
  /** `Restricted<B, C>` once worked out. */
  type Restricted<B, C extends string = never> = B & Brand<B, 'restricted', C>;
}

/**
 * Data approved for public disclosure. Mostly useful to say explicitly that a field was reviewed.
 *
 * @example
 * type Product = { name: Public<string> };
 */
export type Public<T, C extends string = never> = Classified<T, 'public', C>;

/**
 * Public data of one shape, for decorated class fields: `Public.String<'pii'>` is the same type as
 * `Public<string, 'pii'>`, and with `emitDecoratorMetadata` it keeps the field's `design:type`
 * (`String`, `Number`, `Boolean`, `BigInt`, `Date`), where the generic `Public<…>` emits `Object`.
 *
 * Import `Public` as a value (`import { Public }`, not `import type`) for `Public.Date`: the
 * metadata then names `Public.Date`, which is `Date` at runtime. See docs/frameworks.md.
 *
 * @example
 * class User {
 *   \@Column() email!: Public.String<'pii'>;  // design:type String, like `email!: string`
 *   \@Column() born?: Public.Date<'pii'>;     // design:type Date
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- it merges with the alias above, so `Public.String<…>` is a name of the same symbol; a module cannot merge.
export namespace Public {
  /** `Public<string, C>`, whose decorator metadata is `String`. */
  export type String<C extends string = never> = Public<string, C>;
  /** `Public<number, C>`, whose decorator metadata is `Number`. */
  export type Number<C extends string = never> = Public<number, C>;
  /** `Public<boolean, C>`, whose decorator metadata is `Boolean`. */
  export type Boolean<C extends string = never> = Public<boolean, C>;
  /** `Public<bigint, C>`, whose decorator metadata is `BigInt`. */
  export type BigInt<C extends string = never> = Public<bigint, C>;
  /** `Public<Date, C>`, whose decorator metadata is `Date` (through this constant). */
  export type Date<C extends string = never> = Public<globalThis.Date, C>;
  /** `Date` itself: the value that `design:type` names for a `Public.Date` field. */
  export const Date: DateConstructor = globalThis.Date;
}

/**
 * Internal data: not for the public, no significant harm if disclosed (ids, event types).
 *
 * @example
 * type Event = { id: Internal<string>; type: Internal<'signup' | 'payout'> };
 */
export type Internal<T, C extends string = never> = Classified<T, 'internal', C>;

/**
 * Internal data of one shape, for decorated class fields: `Internal.String<'pii'>` is the same type as
 * `Internal<string, 'pii'>`, and with `emitDecoratorMetadata` it keeps the field's `design:type`
 * (`String`, `Number`, `Boolean`, `BigInt`, `Date`), where the generic `Internal<…>` emits `Object`.
 *
 * Import `Internal` as a value (`import { Internal }`, not `import type`) for `Internal.Date`: the
 * metadata then names `Internal.Date`, which is `Date` at runtime. See docs/frameworks.md.
 *
 * @example
 * class User {
 *   \@Column() email!: Internal.String<'pii'>;  // design:type String, like `email!: string`
 *   \@Column() born?: Internal.Date<'pii'>;     // design:type Date
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- it merges with the alias above, so `Internal.String<…>` is a name of the same symbol; a module cannot merge.
export namespace Internal {
  /** `Internal<string, C>`, whose decorator metadata is `String`. */
  export type String<C extends string = never> = Internal<string, C>;
  /** `Internal<number, C>`, whose decorator metadata is `Number`. */
  export type Number<C extends string = never> = Internal<number, C>;
  /** `Internal<boolean, C>`, whose decorator metadata is `Boolean`. */
  export type Boolean<C extends string = never> = Internal<boolean, C>;
  /** `Internal<bigint, C>`, whose decorator metadata is `BigInt`. */
  export type BigInt<C extends string = never> = Internal<bigint, C>;
  /** `Internal<Date, C>`, whose decorator metadata is `Date` (through this constant). */
  export type Date<C extends string = never> = Internal<globalThis.Date, C>;
  /** `Date` itself: the value that `design:type` names for a `Internal.Date` field. */
  export const Date: DateConstructor = globalThis.Date;
}

/**
 * Confidential data: customer and business data that would cause harm if exposed.
 *
 * @example
 * type Referral = { rewardCents: Confidential<number> };
 */
export type Confidential<T, C extends string = never> = Classified<T, 'confidential', C>;

/**
 * Confidential data of one shape, for decorated class fields: `Confidential.String<'pii'>` is the same type as
 * `Confidential<string, 'pii'>`, and with `emitDecoratorMetadata` it keeps the field's `design:type`
 * (`String`, `Number`, `Boolean`, `BigInt`, `Date`), where the generic `Confidential<…>` emits `Object`.
 *
 * Import `Confidential` as a value (`import { Confidential }`, not `import type`) for `Confidential.Date`: the
 * metadata then names `Confidential.Date`, which is `Date` at runtime. See docs/frameworks.md.
 *
 * @example
 * class User {
 *   \@Column() email!: Confidential.String<'pii'>;  // design:type String, like `email!: string`
 *   \@Column() born?: Confidential.Date<'pii'>;     // design:type Date
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- it merges with the alias above, so `Confidential.String<…>` is a name of the same symbol; a module cannot merge.
export namespace Confidential {
  /** `Confidential<string, C>`, whose decorator metadata is `String`. */
  export type String<C extends string = never> = Confidential<string, C>;
  /** `Confidential<number, C>`, whose decorator metadata is `Number`. */
  export type Number<C extends string = never> = Confidential<number, C>;
  /** `Confidential<boolean, C>`, whose decorator metadata is `Boolean`. */
  export type Boolean<C extends string = never> = Confidential<boolean, C>;
  /** `Confidential<bigint, C>`, whose decorator metadata is `BigInt`. */
  export type BigInt<C extends string = never> = Confidential<bigint, C>;
  /** `Confidential<Date, C>`, whose decorator metadata is `Date` (through this constant). */
  export type Date<C extends string = never> = Confidential<globalThis.Date, C>;
  /** `Date` itself: the value that `design:type` names for a `Confidential.Date` field. */
  export const Date: DateConstructor = globalThis.Date;
}

/**
 * Restricted data, the highest level: PII, payment details, credentials, security logs.
 *
 * @example
 * type User = { email: Restricted<string, 'pii'>; iban: Restricted<string, 'payment'> };
 */
export type Restricted<T, C extends string = never> = Classified<T, 'restricted', C>;

/**
 * Restricted data of one shape, for decorated class fields: `Restricted.String<'pii'>` is the same type as
 * `Restricted<string, 'pii'>`, and with `emitDecoratorMetadata` it keeps the field's `design:type`
 * (`String`, `Number`, `Boolean`, `BigInt`, `Date`), where the generic `Restricted<…>` emits `Object`.
 *
 * Import `Restricted` as a value (`import { Restricted }`, not `import type`) for `Restricted.Date`: the
 * metadata then names `Restricted.Date`, which is `Date` at runtime. See docs/frameworks.md.
 *
 * @example
 * class User {
 *   \@Column() email!: Restricted.String<'pii'>;  // design:type String, like `email!: string`
 *   \@Column() born?: Restricted.Date<'pii'>;     // design:type Date
 * }
 */
// eslint-disable-next-line @typescript-eslint/no-namespace -- it merges with the alias above, so `Restricted.String<…>` is a name of the same symbol; a module cannot merge.
export namespace Restricted {
  /** `Restricted<string, C>`, whose decorator metadata is `String`. */
  export type String<C extends string = never> = Restricted<string, C>;
  /** `Restricted<number, C>`, whose decorator metadata is `Number`. */
  export type Number<C extends string = never> = Restricted<number, C>;
  /** `Restricted<boolean, C>`, whose decorator metadata is `Boolean`. */
  export type Boolean<C extends string = never> = Restricted<boolean, C>;
  /** `Restricted<bigint, C>`, whose decorator metadata is `BigInt`. */
  export type BigInt<C extends string = never> = Restricted<bigint, C>;
  /** `Restricted<Date, C>`, whose decorator metadata is `Date` (through this constant). */
  export type Date<C extends string = never> = Restricted<globalThis.Date, C>;
  /** `Date` itself: the value that `design:type` names for a `Restricted.Date` field. */
  export const Date: DateConstructor = globalThis.Date;
}

/**
 * The highest level anywhere inside `T`: its own brand, object properties (optional too), array,
 * tuple and readonly array elements, union and intersection members, the type arguments of
 * `Promise`, `Map` and `Set`, record values, nested to any practical depth. `'public'` when nothing
 * is classified.
 *
 * Gotcha: recursive types (trees, linked lists) are walked 8 levels deep, which finds every brand
 * of a recursive type because each level repeats the same fields.
 *
 * @example
 * type L = LevelOf<{ id: string; owner: { email?: Restricted<string> } }>; // => 'restricted'
 * type P = LevelOf<{ id: string }>;                                      // => 'public'
 */
export type LevelOf<T> = HighestOf<LevelsIn<T>>;

/**
 * The union of the categories anywhere inside `T`; `never` when there are none.
 *
 * @example
 * type C = CategoriesOf<{ email: Restricted<string, 'pii'>; iban: Restricted<string, 'payment'> }>;
 * // => 'pii' | 'payment'
 */
export type CategoriesOf<T> = CategoriesIn<T>;

/**
 * `T` with every brand removed, deeply: what {@link declassify} returns.
 *
 * Containers keep their shape (arrays, tuples, `Promise`, `Map`, `Set`); functions, `Date` and
 * `RegExp` are returned as they are.
 *
 * @example
 * type Plain = Declassified<{ email: Restricted<string, 'pii'>; tags: Internal<string>[] }>;
 * // => { email: string; tags: string[] }
 */
export type Declassified<T> = 0 extends 1 & T
  ? T
  : T extends Primitive
    ? Base<T>
    : T extends ((...args: never) => unknown) | Date | RegExp
      ? T
      : T extends Promise<infer U>
        ? Promise<Declassified<U>>
        : T extends Map<infer K, infer V>
          ? Map<Declassified<K>, Declassified<V>>
          : T extends ReadonlyMap<infer K, infer V>
            ? ReadonlyMap<Declassified<K>, Declassified<V>>
            : T extends Set<infer V>
              ? Set<Declassified<V>>
              : T extends ReadonlySet<infer V>
                ? ReadonlySet<Declassified<V>>
                : DeclassifiedObject<Base<T>>;

/** Maps over a type parameter, so that arrays and tuples keep their shape (a homomorphic mapped type). */
type DeclassifiedObject<O> = O extends readonly unknown[]
  ? { [K in keyof O]: Declassified<O[K]> }
  : { [K in keyof O as K extends typeof classification ? never : K]: Declassified<O[K]> };

/**
 * `true` when level `A` is at most level `B`: the type-level {@link isAtMost}.
 *
 * @example
 * type Ok = IsAtMost<'internal', 'confidential'>;  // => true
 * type No = IsAtMost<'restricted', 'internal'>;    // => false
 */
export type IsAtMost<A extends Level, B extends Level> = A extends 'public'
  ? true
  : A extends 'internal'
    ? B extends 'public'
      ? false
      : true
    : A extends 'confidential'
      ? B extends 'confidential' | 'restricted'
        ? true
        : false
      : B extends 'restricted'
        ? true
        : false;

/**
 * The compile-time error a value gets when it is more sensitive than the parameter accepts. It is a
 * string literal type so that the compiler message reads as a sentence.
 *
 * @example
 * type E = ClassificationError<'restricted', 'internal'>;
 * // => 'Classified data cannot be passed here: the value holds restricted data and this parameter accepts at most internal. …'
 */
export type ClassificationError<
  Found extends Level,
  Max extends Level,
> = `Classified data cannot be passed here: the value holds ${Found} data and this parameter accepts at most ${Max}. Mask it, or declassify it with a reason.`;

/**
 * `T` when everything inside it is at most level `L`; otherwise a {@link ClassificationError} that
 * `T` cannot be assigned to. Lets an ordinary function declare the highest level it accepts,
 * checked by `tsc` alone (no lint needed).
 *
 * Use it on functions that hand data to a place with a ceiling: analytics, caches, metrics.
 *
 * @example
 * function track<T>(props: AtMost<T, 'internal'>): void {}
 * track({ plan: internal('pro') });              // compiles
 * track({ user: { email: restricted('a@b.c') } }); // error: "…holds restricted data and this parameter accepts at most internal…"
 */
export type AtMost<T, L extends Level> = IsAtMost<LevelOf<T>, L> extends true ? T : ClassificationError<LevelOf<T>, L>;

/**
 * The type {@link classify} returns: literals widen (`'x'` becomes `string`), brands stack.
 *
 * @example
 * type K = ClassifiedValue<'sk_live', 'restricted', 'credential'>; // => Restricted<string, 'credential'>
 */
export type ClassifiedValue<T, L extends Level, C extends string = never> = Classified<Widen<T>, L, C>;
