import { LEVELS, isLevel, type Classified, type Level } from '@classified/core';
import type { Types } from '@prisma/client/runtime/client';

/**
 * How sensitive one field of a Prisma model is: a {@link Level}, or a level and a category.
 *
 * @example
 * const email: FieldClassification = ['restricted', 'pii'];
 * const plan: FieldClassification = 'internal';
 */
export type FieldClassification = Level | readonly [level: Level, category: string];

/**
 * The classification of a schema's models, written once next to `schema.prisma`: model (as the
 * client names it: `user` for `model User`) → scalar field → {@link FieldClassification}. Fields it
 * leaves out keep their Prisma types.
 *
 * @example
 * export const classification = {
 *   user: { email: ['restricted', 'pii'], name: ['confidential', 'pii'], plan: 'internal' },
 *   post: { draft: 'confidential' },
 * } as const satisfies ClassificationMap;
 */
export type ClassificationMap = {
  readonly [model: string]: { readonly [field: string]: FieldClassification };
};

type LevelIn<S> = S extends readonly [infer L extends Level, string] ? L : S extends Level ? S : never;
type CategoryIn<S> = S extends readonly [Level, infer C extends string] ? C : never;

type Extensions = Types.Extensions.TypeMapDef;

/** The TypeScript type Prisma gives `model.field` (`string | null` for `String?`); `never` for an unknown field. */
type ScalarOf<
  TM extends Extensions,
  K extends PropertyKey,
  F extends PropertyKey,
> = TM['model'][Types.Extensions.ModelKey<TM, K>]['payload']['scalars'] extends infer S
  ? F extends keyof S
    ? S[F]
    : never
  : never;

/**
 * What the extension adds to a client's types: each classified field's computed result, whose type
 * is the field's Prisma type branded with its level and category. Exported so that declaration files
 * can name it; not meant for direct use.
 *
 * @example
 * type R = ClassifiedResults<TypeMap, { user: { email: ['restricted', 'pii'] } }>;
 * // => { user: { email: { compute: (...args: any) => Restricted<string, 'pii'> } } }
 */
export type ClassifiedResults<TM extends Extensions, M extends ClassificationMap> = {
  [K in keyof M]: {
    [F in keyof M[K]]: {
      // The shape Prisma's result-extension types read (`compute: (...args: any) => infer C`).
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      compute: (...args: any) => Classified<ScalarOf<TM, K, F>, LevelIn<M[K][F]>, CategoryIn<M[K][F]>>;
    };
  };
};

type TypeMapCbDef = Types.Extensions.TypeMapCbDef;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Prisma's own constraint on extension args
type ExtArgsDef = Record<string, any>;

/** A Prisma client's extension hook parts: its type-map callback, its extension args and its type map. */
type HookOf<C> = C extends { $extends: Types.Extensions.ExtendsHook<'extends', infer Cb, infer Args, infer TM> }
  ? [Cb, Args, TM]
  : never;

/** No model, query or client extension: this extension adds results only. */
type None = Record<never, never>;

type Merged<
  TM extends Extensions,
  Args extends ExtArgsDef,
  M extends ClassificationMap,
> = Types.Extensions.MergeExtArgs<TM, Args, Types.Extensions.InternalArgs<ClassifiedResults<TM, M>, None, None, None>>;

/**
 * The type of client {@link classifyResults} returns for a client `C` and a map `M`: `C` extended
 * as `C.$extends({ result })` would be, each classified field branded with its own Prisma type.
 *
 * @example
 * export type Db = ClassifiedClient<PrismaClient, typeof classification>;
 * // (await db.user.findFirstOrThrow()).email is Restricted<string, 'pii'>
 */
export type ClassifiedClient<C, M extends ClassificationMap> =
  HookOf<C> extends [infer Cb extends TypeMapCbDef, infer Args extends ExtArgsDef, infer TM extends Extensions]
    ? Types.Extensions.DynamicClientExtensionThis<
        Types.Utils.Call<Cb, { extArgs: Merged<TM, Args, M> }>,
        Cb,
        Merged<TM, Args, M>
      >
    : never;

function check(map: ClassificationMap): void {
  if (typeof map !== 'object' || map === null)
    throw new TypeError('classifyResults: expected a map of models to fields.');
  for (const [model, fields] of Object.entries(map)) {
    if (typeof fields !== 'object' || fields === null) {
      throw new TypeError(`classifyResults: \`${model}\` must map fields to classifications.`);
    }
    for (const [field, spec] of Object.entries(fields)) {
      const [level, category] =
        typeof spec === 'string' ? [spec, undefined] : Array.isArray(spec) ? spec : [undefined, undefined];
      if (!isLevel(level) || (category !== undefined && typeof category !== 'string')) {
        throw new TypeError(
          `classifyResults: \`${model}.${field}\` must be a level (${LEVELS.join(', ')}) or [level, category].`,
        );
      }
    }
  }
}

/**
 * Extends a Prisma client so that it brands query results from a {@link ClassificationMap}: every
 * classified field of every result (`findMany`, `findUnique`, `create`, `update`, …, through
 * `select`, `include` and nested relations) has its Prisma type branded with its level and category,
 * so that the type checker and the ESLint rules see it as classified. It is Prisma's own result
 * extension (`client.$extends({ result })`, one identity `compute` per classified field): values are
 * not changed, and the client it is given is left as it was.
 *
 * Use it once, where the client is created, with the map that sits next to `schema.prisma`.
 * Gotchas: the map names models as the client does (`user` for `model User`); a field that is not a
 * scalar of its model gets the type `never`; raw queries (`$queryRaw`) are not branded.
 *
 * @example
 * import { classifyResults } from '@classified/prisma';
 * export const db = classifyResults(new PrismaClient({ adapter }), classification);
 * const user = await db.user.findFirstOrThrow({ select: { email: true } });
 * user.email // => Restricted<string, 'pii'>
 */
export function classifyResults<C extends { $extends: unknown }, const M extends ClassificationMap>(
  client: C,
  map: M,
): ClassifiedClient<C, M> {
  check(map);
  const result: Record<
    string,
    Record<string, { needs: Record<string, true>; compute: (data: Record<string, unknown>) => unknown }>
  > = {};
  for (const [model, fields] of Object.entries(map)) {
    const computed: (typeof result)[string] = {};
    for (const field of Object.keys(fields)) {
      computed[field] = { needs: { [field]: true }, compute: (data) => data[field] };
    }
    result[model] = computed;
  }
  const extend = client.$extends as (this: C, extension: object) => unknown;
  return extend.call(client, { name: '@classified/prisma', result }) as ClassifiedClient<C, M>;
}
