// How this package reads zod 4 schemas: the classification stored on a node, and a node's
// children by kind. One place, so that the inventory, the redactor and the pino paths agree.
import { compareLevels } from '@classified/core';
import type { z } from 'zod';
import type { Classification } from '../meta.js';

/** The def key under which a classified schema keeps its classification (copied by every zod clone). */
export const CLASSIFICATION = Symbol.for('@classified/zod.classification');

/** A zod schema as this package reads it: its def, loosely typed. */
export type AnySchema = z.core.$ZodType;
type Def = Record<string | symbol, unknown> & { readonly type: string };

export function defOf(schema: AnySchema): Def {
  return schema._zod.def as unknown as Def;
}

/** The classification stored on this node itself, if any. */
export function ownClassification(schema: AnySchema): Classification | undefined {
  return defOf(schema)[CLASSIFICATION] as Classification | undefined;
}

/** Combines an inherited classification with a node's own: the higher level wins, own details win. */
export function mergeClassification(
  outer: Classification | undefined,
  own: Classification | undefined,
): Classification | undefined {
  if (!outer) return own;
  // A description belongs to the node that has it, not to what is inside.
  const { description: _description, ...inherited } = outer;
  if (!own) return inherited;
  return {
    ...inherited,
    ...own,
    level: compareLevels(own.level, outer.level) >= 0 ? own.level : outer.level,
  };
}

/** A schema node by what it holds. */
export type Node =
  | {
      readonly kind: 'wrapper';
      readonly inner: AnySchema;
      /** Set when the value is what a transform made of `inner`'s output: `inner` tells what went in, not its shape. */
      readonly transformed?: true;
    }
  | {
      readonly kind: 'object';
      readonly shape: Readonly<Record<string, AnySchema>>;
      readonly catchall: AnySchema | undefined;
    }
  | { readonly kind: 'array'; readonly element: AnySchema }
  | { readonly kind: 'set'; readonly element: AnySchema }
  | { readonly kind: 'record'; readonly value: AnySchema }
  | { readonly kind: 'map'; readonly value: AnySchema }
  | { readonly kind: 'tuple'; readonly items: readonly AnySchema[]; readonly rest: AnySchema | undefined }
  | { readonly kind: 'union'; readonly options: readonly AnySchema[]; readonly discriminator: string | undefined }
  | { readonly kind: 'intersection'; readonly left: AnySchema; readonly right: AnySchema }
  /** Both sides describe the value; `input` describes it as it was before `output` parsed it. */
  | { readonly kind: 'pipe'; readonly input: AnySchema; readonly output: AnySchema }
  | { readonly kind: 'lazy'; readonly get: () => AnySchema }
  | { readonly kind: 'leaf' };

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'success',
  'exact_optional',
  'promise',
]);

export function nodeOf(schema: AnySchema): Node {
  const def = defOf(schema);
  const s = (key: string) => def[key] as AnySchema;
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall as AnySchema | undefined;
      return {
        kind: 'object',
        shape: def.shape as Record<string, AnySchema>,
        catchall: catchall && defOf(catchall).type !== 'never' ? catchall : undefined,
      };
    }
    case 'array':
      return { kind: 'array', element: s('element') };
    case 'set':
      return { kind: 'set', element: s('valueType') };
    case 'record':
      return { kind: 'record', value: s('valueType') };
    case 'map':
      return { kind: 'map', value: s('valueType') };
    case 'tuple':
      return {
        kind: 'tuple',
        items: def.items as AnySchema[],
        rest: (def.rest as AnySchema | null | undefined) ?? undefined,
      };
    case 'union':
      return {
        kind: 'union',
        options: def.options as AnySchema[],
        discriminator: def.discriminator as string | undefined,
      };
    case 'intersection':
      return { kind: 'intersection', left: s('left'), right: s('right') };
    case 'lazy':
      // zod keeps the getter's result as `innerType`: the same schema on every visit, so that a
      // walk can tell it has been there (calling the getter may build a new schema each time).
      return {
        kind: 'lazy',
        get: () => (schema._zod as { innerType?: AnySchema }).innerType ?? (def.getter as () => AnySchema)(),
      };
    case 'pipe': {
      // The data a program holds is the pipe's output. A transform has no structure: read the
      // other side. Otherwise both sides describe the value (the input side's output is what the
      // output side reads), so a field classified on either side is classified.
      const input = s('in');
      const output = s('out');
      if (defOf(output).type === 'transform') return { kind: 'wrapper', inner: input, transformed: true };
      if (defOf(input).type === 'transform') return { kind: 'wrapper', inner: output };
      return { kind: 'pipe', input, output };
    }
    default:
      return WRAPPERS.has(def.type) ? { kind: 'wrapper', inner: s('innerType') } : { kind: 'leaf' };
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A path segment for a property key: `.key`, or `["odd key"]` when the key is not an identifier. */
export function keySegment(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** Joins a path prefix and a segment, without a leading dot. */
export function joinPath(prefix: string, segment: string): string {
  const joined = prefix + segment;
  return joined.startsWith('.') ? joined.slice(1) : joined;
}
