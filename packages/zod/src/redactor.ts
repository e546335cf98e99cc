import {
  REDACTED,
  compareLevels,
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
import { defOf, mergeClassification, nodeOf, ownClassification, type AnySchema, type Node } from './internal/schema.js';
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
 * The objects being copied right now, by the plans that can meet a cycle: data the schema does not
 * describe, and the containers around it. A schema without recursion (`z.lazy`, a getter) has a
 * bounded depth, so its plans need no check. Entries are always removed on the way out, so nested
 * and reentrant calls share it.
 */
const active = new Set<object>();

function maskerFor(c: Classification, path: string, tokenize: Tokenizer | undefined): (value: unknown) => unknown {
  const mask = c.mask;
  const text = (fn: (s: string) => string) => (value: unknown) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' ? fn(String(value)) : REDACTED;
  // Code from outside (a custom mask, a tokenizer) may throw, with the value in its message: never let that out.
  const guarded = (fn: (s: string) => unknown) =>
    text((s) => {
      try {
        const out = fn(s);
        return typeof out === 'string' ? out : REDACTED;
      } catch {
        return REDACTED;
      }
    });
  if (typeof mask === 'function') return guarded(mask);
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
      return guarded(tokenize);
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
 * declare are dropped, unless a catch-all (`z.looseObject`) or a record describes them: `rest`.
 */
function objectCopier(
  keys: readonly string[],
  plans: readonly Plan[],
  rest: Plan | undefined,
): (value: object) => unknown {
  if (keys.length === 0 && rest) {
    // A record: every key with the same plan.
    return (value) => {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) out[key] = rest((value as Record<string, unknown>)[key]);
      return out;
    };
  }
  let copy: (value: object) => Record<string, unknown>;
  try {
    const lines = keys.map((key, i) => {
      const k = JSON.stringify(key);
      // A field copied as it is skips the call when it holds a primitive.
      const read = plans[i] === copyUnknown ? `(typeof x !== 'object' || x === null ? x : p[${i}](x))` : `p[${i}](x)`;
      return `x = v[${k}]; if (x !== undefined || has(v, ${k})) o[${k}] = ${read};`;
    });
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from JSON-quoted keys only; see the doc comment
    const factory = new Function(
      'p',
      'has',
      `return function copy(v) { const o = {}; let x;\n${lines.join('\n')}\nreturn o; };`,
    ) as (p: readonly Plan[], has: (o: object, k: string) => boolean) => (value: object) => Record<string, unknown>;
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

/**
 * Guards a plan against cyclic data: a value that comes back to the plan while the plan is still
 * copying it is `[Circular]`. Container plans share {@link active}, so that open leaves see the
 * objects on the way down; the plan of a recursive schema may have a set of its own.
 */
function acyclic(plan: Plan, seen: Set<object> = active): Plan {
  return (value) => {
    if (typeof value !== 'object' || value === null) return plan(value);
    if (seen.has(value)) return CIRCULAR;
    seen.add(value);
    try {
      return plan(value);
    } finally {
      seen.delete(value);
    }
  };
}

/** Leaf schema types that hold only primitives: copying them can never walk back into an object. */
const PRIMITIVE_LEAVES = new Set([
  'string',
  'number',
  'int',
  'boolean',
  'bigint',
  'symbol',
  'null',
  'undefined',
  'void',
  'never',
  'nan',
  'date',
  'enum',
  'literal',
  'template_literal',
  'file',
]);

/** Leaf schema types that take any value, and so describe every part of it as themselves. */
const OPEN_LEAVES = new Set(['any', 'unknown']);

/**
 * A classification as the redactor uses it: the level, and the mask (`undefined` for
 * `[REDACTED]`). The compiler keeps one object per pair, so that it can key its caches.
 */
interface Cls {
  readonly level: Level;
  readonly mask?: NonNullable<Classification['mask']>;
}

/**
 * One schema that describes the value at a place, with the classification it inherits there.
 * `opaque`: the value is (inside) the output of a transform, so the schema tells what went in, and
 * which branch of a union it matched cannot be told from the value: every branch counts.
 */
interface View {
  readonly schema: AnySchema;
  readonly c: Cls | undefined;
  readonly opaque: boolean;
}

/** A node that holds data: what a view is once wrappers, pipes, intersections and `z.lazy` are seen through. */
type DataNode = Exclude<Node, { readonly kind: 'wrapper' | 'intersection' | 'pipe' | 'lazy' }>;

interface Part {
  readonly schema: AnySchema;
  readonly node: DataNode;
  readonly c: Cls | undefined;
  readonly opaque: boolean;
}

type UnionPart = Part & { readonly node: Extract<DataNode, { readonly kind: 'union' }> };

/** A plan being compiled: where a schema meets itself again (recursion), the reference points here. */
interface Slot {
  plan: Plan | undefined;
  recursive: boolean;
}

/**
 * Compiles a schema into its plan. Every place in the value is compiled from the list of schemas
 * that describe it there: one for a plain schema, several where an intersection, a pipe or the
 * union branches a value matches describe it together. The value at that place is redacted as the
 * strictest of them: its level is the highest they give it, and every part that any of them
 * classifies is masked. The parts inherit that classification.
 */
class Compiler {
  readonly #classifications = new Map<Level, Map<unknown, Cls>>();
  readonly #ids = new WeakMap<object, number>();
  #nextId = 1;
  readonly #plans = new Map<string, Plan>();
  readonly #building = new Map<string, Slot>();
  readonly #reaches = new Map<string, boolean>();
  /** Set when a leaf may hold objects the schema does not describe (`z.unknown()`, a catch-all). */
  hasOpenLeaves = false;
  /** Whether anything in the whole schema is above `maxLevel`. */
  #rootAbove = false;
  constructor(
    readonly maxLevel: Level,
    readonly tokenize: Tokenizer | undefined,
    /** Register every object on the way down, so that open leaves see cycles back to it. */
    readonly trackCycles = false,
  ) {}

  compile(schema: AnySchema): Plan {
    this.#rootAbove = this.#hasAbove(schema, undefined);
    return this.#compile([{ schema, c: undefined, opaque: false }], '');
  }

  #id(o: object): number {
    let id = this.#ids.get(o);
    if (id === undefined) this.#ids.set(o, (id = this.#nextId++));
    return id;
  }

  #intern(c: Classification | undefined): Cls | undefined {
    if (!c) return undefined;
    const mask = c.mask === 'redact' ? undefined : c.mask;
    let byMask = this.#classifications.get(c.level);
    if (!byMask) this.#classifications.set(c.level, (byMask = new Map<unknown, Cls>()));
    let out = byMask.get(mask);
    if (!out) byMask.set(mask, (out = mask === undefined ? { level: c.level } : { level: c.level, mask }));
    return out;
  }

  /** `c` if it is above `maxLevel` (the value is masked), else `undefined`. */
  #above(c: Cls | undefined): Cls | undefined {
    return c !== undefined && !isAtMost(c.level, this.maxLevel) ? c : undefined;
  }

  /**
   * The strictest of several classifications of one value: the highest level, and the mask of the
   * ones that mask it (those above `maxLevel`, or all of them where none is) if they agree on one,
   * else `[REDACTED]`: two different masks would show two different parts of the value.
   */
  #strictest(cs: readonly (Cls | undefined)[]): Cls | undefined {
    const given = cs.filter((c) => c !== undefined);
    if (given.length === 0) return undefined;
    const level = given.reduce((l, c) => (compareLevels(c.level, l) > 0 ? c.level : l), given[0]!.level);
    const masking = given.some((c) => this.#above(c)) ? given.filter((c) => this.#above(c)) : given;
    const mask = masking[0]!.mask;
    return this.#intern(mask !== undefined && masking.every((c) => c.mask === mask) ? { level, mask } : { level });
  }

  /** Sees a view through wrappers, pipes, intersections and `z.lazy`, down to the nodes that hold data. */
  #expand(schema: AnySchema, inherited: Cls | undefined, opaque: boolean, parts: Part[], lazies: Set<AnySchema>): void {
    const c = this.#intern(mergeClassification(inherited, ownClassification(schema)));
    const node = nodeOf(schema);
    switch (node.kind) {
      case 'wrapper':
        return this.#expand(node.inner, c, opaque || node.transformed === true, parts, lazies);
      case 'intersection':
        this.#expand(node.left, c, opaque, parts, lazies);
        return this.#expand(node.right, c, opaque, parts, lazies);
      case 'pipe':
        // The value held is what `output` made of it: which branch of a union `input` took cannot be told from it.
        this.#expand(node.input, c, true, parts, lazies);
        return this.#expand(node.output, c, opaque, parts, lazies);
      case 'lazy':
        if (lazies.has(schema)) return;
        lazies.add(schema);
        return this.#expand(node.get(), c, opaque, parts, lazies);
      case 'union':
        if (opaque) {
          for (const option of node.options) this.#expand(option, c, opaque, parts, lazies);
          return;
        }
        return void parts.push({ schema, node, c, opaque });
      default:
        parts.push({ schema, node, c, opaque });
    }
  }

  /**
   * The plan for the value that `views` describe together. Compiled once per set of nodes and
   * classification; a set met again while it is being compiled (a recursive schema, through
   * `z.lazy` or a getter) gets a reference to the plan being made, guarded against cyclic data.
   */
  #compile(views: readonly View[], path: string): Plan {
    const found: Part[] = [];
    for (const view of views) this.#expand(view.schema, view.c, view.opaque, found, new Set());
    // A view that holds nothing (a z.lazy that only returns itself) still classifies the value.
    const c =
      found.length > 0
        ? this.#strictest(found.map((p) => p.c))
        : this.#strictest(views.map((v) => this.#intern(mergeClassification(v.c, ownClassification(v.schema)))));
    const parts: Part[] = [];
    const ids: number[] = [];
    for (const part of found) {
      const id = this.#id(part.schema) * 2 + (part.opaque ? 1 : 0);
      if (ids.includes(id)) continue;
      ids.push(id);
      parts.push({ ...part, c });
    }
    const key = `${c ? this.#id(c) : 0}|${ids.sort((a, b) => a - b).join(',')}`;
    const cached = this.#plans.get(key);
    if (cached) return cached;
    const building = this.#building.get(key);
    if (building) {
      building.recursive = true;
      return (value) => building.plan!(value);
    }
    const slot: Slot = { plan: undefined, recursive: false };
    this.#building.set(key, slot);
    try {
      let plan = this.#build(parts, c, path);
      // With cycle tracking on, the containers inside register themselves.
      if (slot.recursive && !this.trackCycles) plan = acyclic(plan, new Set());
      slot.plan = plan;
      this.#plans.set(key, plan);
      return plan;
    } finally {
      this.#building.delete(key);
    }
  }

  #build(parts: readonly Part[], c: Cls | undefined, path: string): Plan {
    const union = parts.find((p): p is UnionPart => p.node.kind === 'union');
    if (union)
      return this.#union(
        union,
        parts.filter((p) => p !== union),
        c,
        path,
      );
    const objects = parts.filter((p) => p.node.kind === 'object' || p.node.kind === 'record' || p.node.kind === 'map');
    const lists = parts.filter((p) => p.node.kind === 'array' || p.node.kind === 'set' || p.node.kind === 'tuple');
    if (objects.length === 0 && lists.length === 0) {
      const above = this.#above(c);
      if (above) return this.#replace(above, path);
      if (parts.length === 0 || parts.some((p) => !PRIMITIVE_LEAVES.has(defOf(p.schema).type)))
        this.hasOpenLeaves = true;
      return copyUnknown;
    }
    // `z.unknown()` beside a container takes every part of it as it is, as its parse output would.
    const open = parts.filter((p) => p.node.kind === 'leaf' && OPEN_LEAVES.has(defOf(p.schema).type));
    const wrong = this.#wrongType(parts, c, path);
    const objectPlan =
      objects.length > 0 ? this.#container(this.#objectBody([...objects, ...open], c, path), wrong) : undefined;
    const listPlan =
      lists.length > 0 ? this.#container(this.#listBody([...lists, ...open], c, path, wrong), wrong) : undefined;
    if (objectPlan && listPlan)
      return (value) => (Array.isArray(value) || value instanceof Set ? listPlan : objectPlan)(value);
    return (objectPlan ?? listPlan)!;
  }

  #container(body: (value: object) => unknown, onWrongType: Plan): Plan {
    const plan = container(body, onWrongType);
    return this.trackCycles ? acyclic(plan) : plan;
  }

  /**
   * What a container plan does with a value that is not such a container (data that is not what
   * the schema says, or the output of a transform): null and undefined stay; anything else is
   * masked when the schema classifies anything inside, since it may be made of that.
   */
  #wrongType(parts: readonly Part[], c: Cls | undefined, path: string): Plan {
    const above = this.#above(c);
    const mask = above ? this.#replace(above, path) : undefined;
    const inside = mask !== undefined || parts.some((p) => this.#hasAbove(p.schema, c));
    // An object the schema does not describe is copied as it is only where nothing in the whole
    // schema is classified: it may lead back (a cycle) to classified data elsewhere.
    const copyObjects = !inside && !this.#rootAbove;
    return (value) => {
      if (value === null || value === undefined) return value;
      if (typeof value !== 'object') return mask ? mask(value) : inside ? REDACTED : value;
      return copyObjects ? copyUnknown(value) : REDACTED;
    };
  }

  /** Objects, records and maps: every key any view declares, and the keys none declares with the catch-alls and record values. */
  #objectBody(parts: readonly Part[], c: Cls | undefined, path: string): (value: object) => unknown {
    const keys: string[] = [];
    for (const { node } of parts)
      if (node.kind === 'object') for (const key of Object.keys(node.shape)) if (!keys.includes(key)) keys.push(key);
    const describedBy = (node: DataNode, schema: AnySchema, key: string | undefined): AnySchema | undefined => {
      switch (node.kind) {
        case 'object':
          return key !== undefined && Object.hasOwn(node.shape, key) ? node.shape[key] : node.catchall;
        case 'record':
        case 'map':
          return node.value;
        default:
          return schema; // z.unknown(): every key is unknown
      }
    };
    const views = (key: string | undefined): View[] => {
      const out: View[] = [];
      for (const { node, schema, opaque } of parts) {
        const child = describedBy(node, schema, key);
        if (child) out.push({ schema: child, c, opaque });
      }
      return out;
    };
    const plans = keys.map((key) => this.#compile(views(key), `${path}.${key}`));
    const restViews = views(undefined);
    const rest = restViews.length > 0 ? this.#compile(restViews, `${path}.*`) : undefined;
    const copy = objectCopier(keys, plans, rest);
    if (!rest || !parts.some((p) => p.node.kind === 'record' || p.node.kind === 'map')) return copy;
    const byKey = new Map(keys.map((key, i) => [key, plans[i]!]));
    return (value) => {
      if (!(value instanceof Map)) return copy(value);
      return new Map(
        [...(value as Map<unknown, unknown>)].map(([k, v]) => [
          k,
          ((typeof k === 'string' && byKey.get(k)) || rest)(v),
        ]),
      );
    };
  }

  /** Arrays, sets and tuples: each item with every view's schema for its position. */
  #listBody(parts: readonly Part[], c: Cls | undefined, path: string, wrong: Plan): (value: object) => unknown {
    const elementOf = ({ node, schema }: Part): AnySchema | undefined =>
      node.kind === 'array' || node.kind === 'set' ? node.element : node.kind === 'tuple' ? node.rest : schema;
    const views = (schemas: readonly (AnySchema | undefined)[]): View[] =>
      schemas.flatMap((schema, i) => (schema === undefined ? [] : [{ schema, c, opaque: parts[i]!.opaque }]));
    const tuples = parts.flatMap((p) => (p.node.kind === 'tuple' ? [p.node] : []));
    if (tuples.length === 0) {
      const element = this.#compile(views(parts.map(elementOf)), `${path}[]`);
      return (value) => {
        if (Array.isArray(value)) {
          const out = new Array<unknown>(value.length);
          for (let i = 0; i < value.length; i++) out[i] = element(value[i]);
          return out;
        }
        return value instanceof Set ? new Set([...value].map(element)) : wrong(value);
      };
    }
    const n = Math.max(...tuples.map((t) => t.items.length));
    const items = Array.from({ length: n }, (_, i) =>
      this.#compile(
        views(parts.map((p) => (p.node.kind === 'tuple' ? (p.node.items[i] ?? p.node.rest) : elementOf(p)))),
        `${path}[${i}]`,
      ),
    );
    const restViews = views(parts.map(elementOf));
    // Items past the end of a tuple without a rest are not described by it: they are dropped.
    const rest = restViews.length > 0 ? this.#compile(restViews, `${path}[]`) : undefined;
    return (value) => {
      if (!Array.isArray(value)) return wrong(value);
      const length = rest ? value.length : Math.min(value.length, n);
      const out = new Array<unknown>(length);
      for (let i = 0; i < length; i++) out[i] = (items[i] ?? rest!)(value[i]);
      return out;
    };
  }

  #replace(c: Cls, path: string): Plan {
    const mask = maskerFor(c, path, this.tokenize);
    // Null and undefined carry no data: they stay, as the output type says.
    return (value) => (value === null || value === undefined ? value : mask(value));
  }

  /**
   * A union: the branches the value matches at runtime (by discriminator, or by `safeParse`), each
   * with the other views of the value. Where several branches match, they all describe the value.
   */
  #union(union: UnionPart, others: readonly Part[], c: Cls | undefined, path: string): Plan {
    const { options, discriminator } = union.node;
    const planOf = (chosen: readonly AnySchema[]) =>
      this.#compile(
        [
          ...chosen.map((schema) => ({ schema, c, opaque: false })),
          ...others.map(({ schema, opaque }) => ({ schema, c, opaque })),
        ],
        path,
      );
    const single = options.map((option) => planOf([option]));
    // No branch matches (the data is not what the schema says): masked if any branch classifies anything.
    const fallback = this.#wrongType([union, ...others], c, path);
    if (discriminator !== undefined) {
      const byTag = new Map<unknown, Plan>();
      options.forEach((option, i) => {
        const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[discriminator];
        for (const tag of values ?? []) if (!byTag.has(tag)) byTag.set(tag, single[i]!);
      });
      return (value) => {
        let tag: unknown;
        try {
          tag =
            typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[discriminator] : undefined;
        } catch {
          return REDACTED;
        }
        return (byTag.get(tag) ?? fallback)(value);
      };
    }
    const matches = (option: AnySchema, value: unknown): boolean => {
      try {
        return (option as unknown as z.ZodType).safeParse(value).success;
      } catch {
        return false; // a refinement that throws (its message may hold the value) is not a match
      }
    };
    // Once a branch matches, one that classifies nothing cannot make the result stricter: it is not tried.
    const classifying = options.map((option) => this.#hasAbove(option, c));
    const bySubset = new Map<string, Plan>();
    return (value) => {
      const matched: number[] = [];
      for (let i = 0; i < options.length; i++)
        if ((matched.length === 0 || classifying[i]) && matches(options[i]!, value)) matched.push(i);
      if (matched.length === 0) return fallback(value);
      if (matched.length === 1) return single[matched[0]!]!(value);
      const key = matched.join(',');
      let plan = bySubset.get(key);
      if (!plan) bySubset.set(key, (plan = planOf(matched.map((i) => options[i]!))));
      return plan(value);
    };
  }

  /** Whether anything in `schema` is above `maxLevel`, for the classification it inherits. */
  #hasAbove(schema: AnySchema, inherited: Cls | undefined): boolean {
    const seen = new Set<string>();
    const found = this.#reachesAbove(schema, inherited, seen);
    // Nothing reachable from here is above: nothing reachable from any node on the way is either.
    if (!found) for (const key of seen) this.#reaches.set(key, false);
    return found;
  }

  /** A walk of the schema as a graph (z.lazy and getters make cycles): `seen` holds the nodes on the way. */
  #reachesAbove(schema: AnySchema, inherited: Cls | undefined, seen: Set<string>): boolean {
    const c = this.#intern(mergeClassification(inherited, ownClassification(schema)));
    if (this.#above(c)) return true;
    const key = `${this.#id(schema)}:${c?.level ?? ''}`;
    const known = this.#reaches.get(key);
    if (known !== undefined) return known;
    if (seen.has(key)) return false;
    seen.add(key);
    const node = nodeOf(schema);
    const any = (children: readonly (AnySchema | undefined)[]) =>
      children.some((child) => child !== undefined && this.#reachesAbove(child, c, seen));
    let found: boolean;
    switch (node.kind) {
      case 'wrapper':
        found = any([node.inner]);
        break;
      case 'object':
        found = any([...Object.values(node.shape), node.catchall]);
        break;
      case 'array':
      case 'set':
        found = any([node.element]);
        break;
      case 'record':
      case 'map':
        found = any([node.value]);
        break;
      case 'tuple':
        found = any([...node.items, node.rest]);
        break;
      case 'union':
        found = any(node.options);
        break;
      case 'intersection':
        found = any([node.left, node.right]);
        break;
      case 'pipe':
        found = any([node.input, node.output]);
        break;
      case 'lazy':
        found = any([node.get()]);
        break;
      case 'leaf':
        found = false;
        break;
    }
    if (found) this.#reaches.set(key, true);
    return found;
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
 * input. It handles arrays, records, maps, sets, tuples, unions (the branches that match at
 * runtime), intersections, pipes, transforms, recursive schemas (`z.lazy`, getters),
 * `null`/`undefined`, cyclic input (`[Circular]`), objects with `toJSON`, and values that throw when
 * read (`[REDACTED]`). Where several schemas describe one value (an intersection, a pipe, the union
 * branches it matches), it is redacted as the strictest of them. Keys an object schema does not
 * declare are dropped, as `parse` would; a `z.looseObject` keeps them. Compiled once per schema and
 * options.
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
    let plan = compiler.compile(schema);
    // Data the schema does not describe is copied as it is: where the schema has such open leaves,
    // every object on the way is registered, so that a cycle back to a classified object is cut.
    if (compiler.hasOpenLeaves) plan = new Compiler(maxLevel, options.tokenize, true).compile(schema);
    fn = plan;
    bySchema.set(key, fn);
  }
  return fn as (value: z.output<S>) => Redacted<z.output<S>, M>;
}
