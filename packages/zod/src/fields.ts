import type { Classified, Level } from '@classified/core';
import { z } from 'zod';
import {
  CLASSIFICATION,
  defOf,
  mergeClassification,
  nodeOf,
  ownClassification,
  type AnySchema,
} from './internal/schema.js';
import { toClassification, type Classification, type ClassificationMeta } from './meta.js';

type Primitive = string | number | bigint | boolean | symbol | null | undefined;

/**
 * The output type of a classified schema: every leaf (primitive or `Date`) inside `T` labelled with
 * level `L` and category `C`; arrays, tuples and objects keep their shape.
 *
 * @example
 * type U = ClassifyOutput<{ email: string; tags: string[] }, 'restricted', 'pii'>;
 * // => { email: Restricted<string, 'pii'>; tags: Restricted<string, 'pii'>[] }
 */
export type ClassifyOutput<T, L extends Level, C extends string> = T extends Primitive | Date
  ? Classified<T, L, C>
  : T extends (...args: never) => unknown
    ? T
    : { [K in keyof T]: ClassifyOutput<T[K], L, C> };

/**
 * The schema a classifying helper returns: the same zod schema, whose output type is classified.
 * An object schema becomes an object schema of classified fields, so `.extend`, `.pick`, `.omit`
 * and `.partial` keep the classification.
 *
 * @example
 * const Email = restricted(z.email(), { category: 'pii' });
 * type E = z.infer<typeof Email>; // => Restricted<string, 'pii'>
 */
export type ClassifiedSchema<S extends z.core.$ZodType, L extends Level, C extends string> =
  S extends z.ZodObject<infer Shape, infer Config>
    ? z.ZodObject<{ -readonly [K in keyof Shape]: ClassifiedSchema<Shape[K], L, C> }, Config>
    : S extends z.ZodArray<infer E extends z.core.$ZodType>
      ? z.ZodArray<ClassifiedSchema<E, L, C>>
      : S extends z.ZodOptional<infer I extends z.core.$ZodType>
        ? z.ZodOptional<ClassifiedSchema<I, L, C>>
        : S extends z.ZodNullable<infer I extends z.core.$ZodType>
          ? z.ZodNullable<ClassifiedSchema<I, L, C>>
          : S extends z.ZodDefault<infer I extends z.core.$ZodType>
            ? z.ZodDefault<ClassifiedSchema<I, L, C>>
            : S extends z.ZodRecord<infer K extends z.core.$ZodRecordKey, infer V extends z.core.$ZodType>
              ? z.ZodRecord<K, ClassifiedSchema<V, L, C>>
              : S & { readonly _zod: { readonly output: ClassifyOutput<z.output<S>, L, C> } };

/** The category a meta argument names, or `never`. */
type CategoryIn<M> = M extends { readonly category: infer C extends string } ? C : never;

const SAFE_MESSAGE = 'Invalid classified value';

const unwrap = (message: unknown): string | undefined =>
  typeof message === 'string'
    ? message
    : typeof message === 'object' && message !== null && 'message' in message
      ? String(message.message)
      : undefined;

/**
 * Removes the raw input from an issue this schema raised, and a message that would repeat it. The
 * message is settled here, while the input is still known (zod's messages say what type it got);
 * the schema's own error map and zod's configured maps are asked, in zod's order.
 */
function scrubIssue(issue: Record<string, unknown>): void {
  const input = issue.input;
  if (issue.message === undefined) {
    const inst = issue.inst as { _zod?: { def?: { error?: (iss: unknown) => unknown } } } | undefined;
    const config = z.config();
    issue.message =
      unwrap(inst?._zod?.def?.error?.(issue)) ??
      unwrap(config.customError?.(issue as never)) ??
      unwrap(config.localeError?.(issue as never));
  }
  delete issue.input;
  const text = typeof input === 'string' || typeof input === 'number' || typeof input === 'bigint' ? String(input) : '';
  if (typeof issue.message === 'string' && text.length >= 3 && issue.message.includes(text)) {
    issue.message = SAFE_MESSAGE;
  }
  // A union nests the issues of each branch.
  if (Array.isArray(issue.errors)) {
    for (const branch of issue.errors as unknown[]) {
      if (Array.isArray(branch)) for (const nested of branch) scrubIssue(nested as Record<string, unknown>);
    }
  }
}

type Payload = { issues: Record<string, unknown>[] };
type Internals = {
  run: (payload: Payload, ctx: unknown) => Payload | Promise<Payload>;
  constr: new (def: unknown) => AnySchema;
};

/**
 * Makes a classified schema's errors safe: the issues it raises (and those of everything inside it)
 * lose their raw `input` before zod finalises them, so neither `reportInput: true`, nor an error
 * map, nor `z.prettifyError` can show the value. Every clone zod makes of it (`.min()`, `.meta()`,
 * `.refine()` …) is made safe the same way.
 */
function makeErrorsSafe(schema: AnySchema): AnySchema {
  const internals = schema._zod as unknown as Internals;
  const run = internals.run;
  internals.run = (payload, ctx) => {
    const start = payload.issues.length;
    const scrub = (result: Payload): Payload => {
      for (let i = start; i < result.issues.length; i++) scrubIssue(result.issues[i]!);
      return result;
    };
    const result = run(payload, ctx);
    return result instanceof Promise ? result.then(scrub) : scrub(result);
  };
  const Constr = internals.constr;
  function SafeConstr(def: unknown): AnySchema {
    return makeErrorsSafe(new Constr(def));
  }
  internals.constr = SafeConstr as unknown as Internals['constr'];
  return schema;
}

interface Cloneable {
  clone(def: unknown): AnySchema;
}

function copyDef(def: object, extra: Record<string | symbol, unknown>): object {
  return Object.defineProperties(
    {},
    { ...Object.getOwnPropertyDescriptors(def), ...Object.getOwnPropertyDescriptors(extra) },
  );
}

/**
 * The classification a schema gets from a helper: the one given, at a level no lower than the one
 * the schema already has (raising is safe, lowering is not). Given meta wins; what it leaves out
 * (a category, a description) is kept.
 */
function raise(given: Classification, existing: Classification | undefined): Classification {
  if (!existing) return given;
  const merged = mergeClassification(existing, given)!;
  return given.description === undefined && existing.description !== undefined
    ? { ...merged, description: existing.description }
    : merged;
}

function classifySchema(fn: string, schema: unknown, given: Classification): AnySchema {
  if (!(schema instanceof z.ZodType)) {
    throw new TypeError(
      `${fn}(): expected a zod schema (from 'zod' v4), got ${schema === null ? 'null' : typeof schema}.`,
    );
  }
  const source = schema as unknown as AnySchema & Cloneable;
  const classification = raise(given, ownClassification(source));
  const node = nodeOf(source);
  const extra: Record<string | symbol, unknown> = { [CLASSIFICATION]: classification };
  if (node.kind === 'object') {
    // Classify every field too, so that `.extend/.pick/.omit` and the JSON Schema keep it. A field
    // already classified keeps its own meta and the higher of the two levels.
    const { description: _description, ...inherited } = classification;
    const shape: Record<string, AnySchema> = {};
    for (const [key, field] of Object.entries(node.shape)) {
      const own = ownClassification(field);
      shape[key] = classifySchema(fn, field, own ? mergeClassification(inherited, own)! : inherited);
    }
    extra.shape = shape;
  }
  const cl = source.clone(copyDef(defOf(source), extra));
  const previous = z.globalRegistry.get(source as unknown as z.ZodType) ?? {};
  z.globalRegistry.add(cl as unknown as z.ZodType, {
    ...previous,
    ...(classification.description !== undefined && { description: classification.description }),
    'x-classification': {
      level: classification.level,
      ...(classification.category !== undefined && { category: classification.category }),
      ...(classification.retention !== undefined && { retention: classification.retention }),
    },
  });
  return makeErrorsSafe(cl);
}

/** The one implementation behind the four helpers; the cast tells the compiler what the clone's output is. */
function classifyAs<S extends z.ZodType, L extends Level, M extends ClassificationMeta>(
  fn: string,
  schema: S,
  level: L,
  meta: M | undefined,
): ClassifiedSchema<S, L, CategoryIn<M>> {
  return classifySchema(fn, schema, toClassification(fn, level, meta)) as unknown as ClassifiedSchema<
    S,
    L,
    CategoryIn<M>
  >;
}

/**
 * Classifies a zod schema at `level`. The inferred output type is branded (`z.infer` gives
 * `Classified<…>`), `z.input` stays plain; the data inventory, the redactor, the pino paths and
 * `z.toJSONSchema` (keyword `x-classification`) all see it; parse errors never show the raw input.
 *
 * Wrapping an object classifies every field inside. Invalid meta (an unknown mask, a retention that
 * is not an ISO-8601 duration, an unknown key) throws a `TypeError` at once.
 *
 * @example
 * const Score = classified(z.number(), 'confidential', { retention: 'P1Y' });
 * type S = z.infer<typeof Score>; // => Confidential<number>
 */
export function classified<
  S extends z.ZodType,
  L extends Level,
  const M extends ClassificationMeta = ClassificationMeta<never>,
>(schema: S, level: L, meta?: M): ClassifiedSchema<S, L, CategoryIn<M>> {
  return classifyAs('classified', schema, level, meta);
}

/**
 * Classifies a schema Restricted: PII, payment details, credentials, security data.
 *
 * @example
 * const User = z.object({ email: restricted(z.email(), { category: 'pii', mask: 'email' }) });
 * type U = z.infer<typeof User>; // => { email: Restricted<string, 'pii'> }
 */
export function restricted<S extends z.ZodType, const M extends ClassificationMeta = ClassificationMeta<never>>(
  schema: S,
  meta?: M,
): ClassifiedSchema<S, 'restricted', CategoryIn<M>> {
  return classifyAs('restricted', schema, 'restricted', meta);
}

/**
 * Classifies a schema Confidential: customer and business data.
 *
 * @example
 * const Referral = z.object({ rewardCents: confidential(z.number().int()) });
 * type R = z.infer<typeof Referral>; // => { rewardCents: Confidential<number> }
 */
export function confidential<S extends z.ZodType, const M extends ClassificationMeta = ClassificationMeta<never>>(
  schema: S,
  meta?: M,
): ClassifiedSchema<S, 'confidential', CategoryIn<M>> {
  return classifyAs('confidential', schema, 'confidential', meta);
}

/**
 * Classifies a schema Internal: ids, event types, operational data.
 *
 * @example
 * const Event = z.object({ id: internal(z.uuid()) });
 * type E = z.infer<typeof Event>; // => { id: Internal<string> }
 */
export function internal<S extends z.ZodType, const M extends ClassificationMeta = ClassificationMeta<never>>(
  schema: S,
  meta?: M,
): ClassifiedSchema<S, 'internal', CategoryIn<M>> {
  return classifyAs('internal', schema, 'internal', meta);
}
