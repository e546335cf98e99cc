import {
  REDACTED,
  isAtMost,
  isLevel,
  LEVELS,
  maskCard,
  maskEmail,
  maskMiddle,
  maskPhone,
  type IsAtMost,
  type Level,
  type LevelOf,
  type Masked,
  type Tokenizer,
} from '@classified/core';
import type { z } from 'zod';
import { defOf, mergeClassification, nodeOf, ownClassification, type AnySchema } from './internal/schema.js';
import type { Classification } from './meta.js';

type Primitive = string | number | bigint | boolean | symbol | null | undefined;

/**
 * What `redactor()` returns for a value of type `T`: every leaf above level `M` becomes `Masked`
 * (so the ESLint plugin accepts the result at a logger); everything else keeps its type.
 *
 * @example
 * type R = Redacted<{ id: Internal<string>; email: Restricted<string, 'pii'> }, 'internal'>;
 * // => { id: Internal<string>; email: Masked }
 */
export type Redacted<T, M extends Level> = T extends null | undefined
  ? T
  : T extends Primitive | Date
    ? IsAtMost<LevelOf<T>, M> extends true
      ? T
      : Masked
    : T extends (...args: never) => unknown
      ? T
      : { [K in keyof T]: Redacted<T[K], M> };

/**
 * Options of {@link redactor}.
 *
 * @example
 * redactor(User, { maxLevel: 'confidential', tokenize })
 */
export interface RedactorOptions<M extends Level = 'internal'> {
  /** The highest level kept as it is; everything above is masked. Default `'internal'`. */
  readonly maxLevel?: M;
  /** The tokenizer for fields whose `mask` is `'token'` (from `createTokenizer`). */
  readonly tokenize?: Tokenizer;
}

/** What a compiled node does with a value: returns the redacted copy. */
type Plan = (value: unknown) => unknown;

const CIRCULAR = '[Circular]';

/**
 * The objects being copied right now, by the plans that can meet a cycle: recursive schemas and
 * data the schema does not describe. A schema without `z.lazy` has a bounded depth, so its plans
 * need no check. Entries are always removed on the way out, so nested and reentrant calls share it.
 */
const active = new Set<object>();

function maskerFor(c: Classification, path: string, tokenize: Tokenizer | undefined): (value: unknown) => unknown {
  const mask = c.mask;
  const text = (fn: (s: string) => string) => (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? fn(String(value)) : REDACTED;
  if (typeof mask === 'function') {
    return text((s) => {
      try {
        const out = mask(s);
        return typeof out === 'string' ? out : REDACTED;
      } catch {
        return REDACTED;
      }
    });
  }
  switch (mask) {
    case 'email':
      return text(maskEmail);
    case 'phone':
      return text(maskPhone);
    case 'card':
      return text(maskCard);
    case 'middle':
      return text((s) => maskMiddle(s));
    case 'token':
      if (!tokenize) {
        throw new TypeError(
          `redactor(): the field \`${path || '(root)'}\` asks for mask 'token'. Pass a tokenizer: redactor(schema, { tokenize: createTokenizer({ key }) }).`,
        );
      }
      return text(tokenize);
    default:
      return () => REDACTED;
  }
}

/** A deep copy of data the schema does not describe (`z.any()`, `z.unknown()`, extra keys of a loose object). */
function copyUnknown(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (active.has(value)) return CIRCULAR;
  active.add(value);
  try {
    if (Array.isArray(value)) return value.map(copyUnknown);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyUnknown((value as Record<string, unknown>)[key]);
    return out;
  } catch {
    return REDACTED;
  } finally {
    active.delete(value);
  }
}

/**
 * Wraps a container plan: `toJSON` (as `JSON.stringify` would call it), values that are not
 * containers (masked or copied as a leaf), and values that throw when read (getters, proxies).
 */
function container(body: (value: object) => unknown, onWrongType: Plan): Plan {
  return (value) => {
    if (typeof value !== 'object' || value === null) return onWrongType(value);
    try {
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function' && !(value instanceof Date)) {
        const view: unknown = toJSON.call(value);
        return typeof view === 'object' && view !== null ? body(view) : onWrongType(view);
      }
      return body(value);
    } catch {
      return REDACTED;
    }
  };
}

/** The loop version of {@link objectCopier}, for where code generation is not allowed (a strict CSP). */
function objectLoop(keys: readonly string[], plans: readonly Plan[]): (value: object) => Record<string, unknown> {
  const n = keys.length;
  return (value) => {
    const v = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const field = v[key];
      if (field !== undefined || Object.hasOwn(v, key)) out[key] = plans[i]!(field);
    }
    return out;
  };
}

/**
 * Builds the function that copies an object of a known shape: generated code with one statement
 * per declared key (the way fast-redact compiles its paths), so that the copy has a stable shape
 * and no loop. Keys are embedded as JSON string literals, never as code. Keys the schema does not
 * declare are dropped, unless the object has a catch-all (`z.looseObject`), whose plan copies them.
 */
function objectCopier(keys: readonly string[], plans: readonly Plan[], rest: Plan | undefined): (value: object) => unknown {
  let copy: (value: object) => Record<string, unknown>;
  try {
    const lines = keys.map((key, i) => {
      const k = JSON.stringify(key);
      // A field copied as it is skips the call when it holds a primitive.
      const read = plans[i] === copyUnknown ? `(typeof x !== 'object' || x === null ? x : p[${i}](x))` : `p[${i}](x)`;
      return `x = v[${k}]; if (x !== undefined || has(v, ${k})) o[${k}] = ${read};`;
    });
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from JSON-quoted keys only; see the doc comment
    const factory = new Function('p', 'has', `return function copy(v) { const o = {}; let x;\n${lines.join('\n')}\nreturn o; };`) as (
      p: readonly Plan[],
      has: (o: object, k: string) => boolean,
    ) => (value: object) => Record<string, unknown>;
    copy = factory(plans, Object.hasOwn);
  } catch {
    copy = objectLoop(keys, plans);
  }
  if (!rest) return copy;
  const known = new Set(keys);
  return (value) => {
    const out = copy(value);
    for (const key of Object.keys(value)) if (!known.has(key)) out[key] = rest((value as Record<string, unknown>)[key]);
    return out;
  };
}

/** Guards a plan of a recursive schema against cyclic data. */
function acyclic(plan: Plan): Plan {
  return (value) => {
    if (typeof value !== 'object' || value === null) return plan(value);
    if (active.has(value)) return CIRCULAR;
    active.add(value);
    try {
      return plan(value);
    } finally {
      active.delete(value);
    }
  };
}

/** Leaf schema types that hold only primitives: copying them can never walk back into an object. */
const PRIMITIVE_LEAVES = new Set(['string', 'number', 'int', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'never', 'nan', 'date', 'enum', 'literal', 'template_literal', 'file']);

class Compiler {
  readonly #lazies = new Map<AnySchema, Map<Classification | undefined, Plan>>();
  /** Set when a leaf may hold objects the schema does not describe (`z.unknown()`, a catch-all). */
  hasOpenLeaves = false;
  constructor(
    readonly maxLevel: Level,
    readonly tokenize: Tokenizer | undefined,
    /** Register every object on the way down, so that open leaves see cycles back to it. */
    readonly trackCycles = false,
  ) {}

  #container(body: (value: object) => unknown, onWrongType: Plan): Plan {
    const plan = container(body, onWrongType);
    return this.trackCycles ? acyclic(plan) : plan;
  }

  /** Turns a schema node into the function that copies and masks its values. */
  compile(schema: AnySchema, inherited: Classification | undefined, path: string): Plan {
    const c = mergeClassification(inherited, ownClassification(schema));
    const node = nodeOf(schema);
    const above = c !== undefined && !isAtMost(c.level, this.maxLevel);
    const leaf: Plan = above ? this.#replace(c, path) : copyUnknown;
    switch (node.kind) {
      case 'wrapper':
        return this.compile(node.inner, mergeClassification(c, node.carry), path);
      case 'object': {
        const keys = Object.keys(node.shape);
        const plans = keys.map((key) => this.compile(node.shape[key]!, c, `${path}.${key}`));
        const rest = node.catchall ? this.compile(node.catchall, c, `${path}.*`) : undefined;
        return this.#container(objectCopier(keys, plans, rest), leaf);
      }
      case 'array':
      case 'set': {
        const element = this.compile(node.element, c, `${path}[]`);
        return this.#container((value) => {
          if (Array.isArray(value)) {
            const out = new Array<unknown>(value.length);
            for (let i = 0; i < value.length; i++) out[i] = element(value[i]);
            return out;
          }
          return value instanceof Set ? new Set([...value].map(element)) : leaf(value);
        }, leaf);
      }
      case 'record':
      case 'map': {
        const valuePlan = this.compile(node.value, c, `${path}.*`);
        return this.#container((value) => {
          if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, valuePlan(v)]));
          const out: Record<string, unknown> = {};
          for (const key of Object.keys(value)) out[key] = valuePlan((value as Record<string, unknown>)[key]);
          return out;
        }, leaf);
      }
      case 'tuple': {
        const items = node.items.map((item, i) => this.compile(item, c, `${path}[${i}]`));
        const rest = node.rest ? this.compile(node.rest, c, `${path}[]`) : undefined;
        return this.#container((value) => {
          if (!Array.isArray(value)) return leaf(value);
          return value.map((v, i) => (items[i] ?? rest ?? copyUnknown)(v));
        }, leaf);
      }
      case 'union':
        return this.#union(node.options, node.discriminator, c, path, leaf);
      case 'intersection': {
        const left = this.compile(node.left, c, path);
        const right = this.compile(node.right, c, path);
        return (value) => {
          const l = left(value);
          const r = right(value);
          if (typeof l === 'object' && l !== null && typeof r === 'object' && r !== null && !Array.isArray(l)) {
            // Each side copies only the keys it knows: merge them, and where both know a key, the side that masked it wins.
            const out: Record<string, unknown> = { ...(r as Record<string, unknown>) };
            for (const [key, lv] of Object.entries(l as Record<string, unknown>)) {
              const raw = (value as Record<string, unknown>)[key];
              if (!(key in out) || (lv !== raw && typeof lv !== 'object')) out[key] = lv;
            }
            return out;
          }
          return l !== value && typeof l !== 'object' ? l : r;
        };
      }
      case 'lazy':
        return this.#lazy(schema, node.get, c, path);
      case 'leaf':
        if (!above && !PRIMITIVE_LEAVES.has(defOf(schema).type)) this.hasOpenLeaves = true;
        return leaf;
    }
  }

  #replace(c: Classification, path: string): Plan {
    const mask = maskerFor(c, path, this.tokenize);
    // Null and undefined carry no data: they stay, as the output type says.
    return (value) => (value === null || value === undefined ? value : mask(value));
  }

  #union(options: readonly AnySchema[], discriminator: string | undefined, c: Classification | undefined, path: string, leaf: Plan): Plan {
    const plans = options.map((option) => [option, this.compile(option, c, path)] as const);
    // No branch matches (the data is not what the schema says): mask the whole value if any branch is classified above maxLevel.
    const anyAbove = plans.some(([option]) => this.#hasAbove(option, c, new Set()));
    const fallback: Plan = anyAbove ? () => REDACTED : leaf;
    if (discriminator !== undefined) {
      const byTag = new Map<unknown, Plan>();
      for (const [option, plan] of plans) {
        const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[discriminator];
        for (const tag of values ?? []) if (!byTag.has(tag)) byTag.set(tag, plan);
      }
      return (value) => {
        const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[discriminator] : undefined;
        return (byTag.get(tag) ?? fallback)(value);
      };
    }
    return (value) => {
      for (const [option, plan] of plans) {
        if ((option as unknown as z.ZodType).safeParse(value).success) return plan(value);
      }
      return fallback(value);
    };
  }

  #lazy(schema: AnySchema, get: () => AnySchema, c: Classification | undefined, path: string): Plan {
    let byInherited = this.#lazies.get(schema);
    if (!byInherited) this.#lazies.set(schema, (byInherited = new Map<Classification | undefined, Plan>()));
    const cached = byInherited.get(c);
    if (cached) return cached;
    let plan: Plan | undefined;
    const inner: Plan = (value) => (plan ??= this.compile(get(), c, path))(value);
    // With cycle tracking on, the containers inside register themselves.
    const ref = this.trackCycles ? inner : acyclic(inner);
    byInherited.set(c, ref);
    return ref;
  }

  /** Whether anything in `schema` is above `maxLevel` (for union fallbacks). */
  #hasAbove(schema: AnySchema, inherited: Classification | undefined, lazies: Set<AnySchema>): boolean {
    const c = mergeClassification(inherited, ownClassification(schema));
    if (c && !isAtMost(c.level, this.maxLevel)) return true;
    const node = nodeOf(schema);
    const any = (children: readonly AnySchema[]) => children.some((child) => this.#hasAbove(child, c, lazies));
    switch (node.kind) {
      case 'wrapper':
        return this.#hasAbove(node.inner, mergeClassification(c, node.carry), lazies);
      case 'object':
        return any([...Object.values(node.shape), ...(node.catchall ? [node.catchall] : [])]);
      case 'array':
      case 'set':
        return any([node.element]);
      case 'record':
      case 'map':
        return any([node.value]);
      case 'tuple':
        return any([...node.items, ...(node.rest ? [node.rest] : [])]);
      case 'union':
        return any(node.options);
      case 'intersection':
        return any([node.left, node.right]);
      case 'lazy':
        if (lazies.has(schema)) return false;
        lazies.add(schema);
        return any([node.get()]);
      case 'leaf':
        return false;
    }
  }
}

const compiled = new WeakMap<AnySchema, Map<string, (value: unknown) => unknown>>();
const tokenizerIds = new WeakMap<Tokenizer, number>();
let nextTokenizerId = 1;

/**
 * Compiles a redactor for a schema: a function that returns a deep copy of a value in which every
 * field above `maxLevel` (default `'internal'`) is replaced by its `mask` (the core maskers, or the
 * tokenizer for `'token'`) or by `[REDACTED]`.
 *
 * Use it to log or export a model safely: `logger.info(redactUser(user))`. It never mutates its
 * input. It handles arrays, records, maps, sets, tuples, unions (the branch that matches at
 * runtime), recursive schemas, `null`/`undefined`, cyclic input (`[Circular]`), objects with
 * `toJSON`, and values that throw when read (`[REDACTED]`). Keys an object schema does not declare
 * are dropped, as `parse` would; a `z.looseObject` keeps them. Compiled once per schema and options.
 *
 * @example
 * const redactUser = redactor(User);
 * redactUser({ id: 'u1', email: 'jane.doe@example.com' });
 * // => { id: 'u1', email: 'j*******@example.com' }   (with mask: 'email')
 */
export function redactor<S extends z.core.$ZodType, M extends Level = 'internal'>(
  schema: S,
  options: RedactorOptions<M> = {},
): (value: z.output<S>) => Redacted<z.output<S>, M> {
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    throw new TypeError('redactor(): expected a zod schema.');
  }
  const maxLevel = options.maxLevel ?? 'internal';
  if (!isLevel(maxLevel)) {
    throw new TypeError(`redactor(): \`maxLevel\` must be one of ${LEVELS.join(', ')}.`);
  }
  if (options.tokenize !== undefined && typeof options.tokenize !== 'function') {
    throw new TypeError('redactor(): `tokenize` must be a function made by createTokenizer().');
  }
  let id = 0;
  if (options.tokenize) {
    id = tokenizerIds.get(options.tokenize) ?? nextTokenizerId++;
    tokenizerIds.set(options.tokenize, id);
  }
  const key = `${maxLevel}:${id}`;
  let bySchema = compiled.get(schema);
  if (!bySchema) compiled.set(schema, (bySchema = new Map<string, (value: unknown) => unknown>()));
  let fn = bySchema.get(key);
  if (!fn) {
    const compiler = new Compiler(maxLevel, options.tokenize);
    let plan = compiler.compile(schema, undefined, '');
    // Data the schema does not describe is copied as it is: where the schema has such open leaves,
    // every object on the way is registered, so that a cycle back to a classified object is cut.
    if (compiler.hasOpenLeaves) plan = new Compiler(maxLevel, options.tokenize, true).compile(schema, undefined, '');
    fn = plan;
    bySchema.set(key, fn);
  }
  return fn as (value: z.output<S>) => Redacted<z.output<S>, M>;
}
