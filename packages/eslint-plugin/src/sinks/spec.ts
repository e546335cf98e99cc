import type { JSONSchema4, JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { oneOfSchema, stringOrStringsSchema } from '../util/options.js';
// What a sink is, and how a call is matched against one: by where the callee is declared (a
// package, the TS lib, a file of the project), never by the name of a variable.

/**
 * A sink: a function, method, constructor or property that data must not reach above a level.
 * Shaped like typescript-eslint's `TypeOrValueSpecifier` (`from`, `name`, `package`, `path`).
 *
 * @example
 * { from: 'package', package: 'pino', name: ['info', 'error'] }
 * { from: 'lib', name: 'Console.log' }
 * { from: 'file', path: 'src/audit.ts', name: 'sendToSiem' }
 */
export interface SinkSpec {
  /** Where the callee is declared: a package in node_modules, the TS lib, or a file of the project. */
  readonly from: 'package' | 'lib' | 'file';
  /**
   * The callee's name: a function, method or property name; `Container.name` also requires the
   * interface, class or namespace that declares it (`Console.log`, `People.set`). For `kind: 'call'`
   * it may also name the callee's type (`Debugger` for `debug('ns')(…)`).
   */
  readonly name: string | readonly string[];
  /** For `from: 'package'`: the package name (`pino`); `@types/x` counts as `x`. A trailing `*` matches a scope (`@sentry/*`). */
  readonly package?: string | readonly string[];
  /** For `from: 'file'`: the declaring file, relative to the project root (a suffix match). */
  readonly path?: string;
  /** How data reaches it: a call (default), `new`, or an assignment to the property. */
  readonly kind?: 'call' | 'new' | 'assign';
  /** Which arguments count (0-based). Default: all. `{ from: n }`: from the n-th on. */
  readonly args?: readonly number[] | { readonly from: number };
}

/** A sink with the label the messages show. */
export interface CatalogEntry extends SinkSpec {
  /** What the catalog calls it, for the docs: `pino`, `express response`. */
  readonly label: string;
  /**
   * For a method of a general type (`Array.push`): the global the method must be called on, by
   * its declaration's name (`Window.dataLayer`, or `dataLayer` for a global variable). Declared
   * anywhere (the project or @types), but globally: a local of the same name does not count.
   */
  readonly receiver?: string | readonly string[];
}

/** The properties of a sink spec, each with its schema. */
export function sinkSpecProperties(kinds: readonly string[] = ['call', 'new', 'assign']): Record<string, JSONSchema4> {
  return {
    from: oneOfSchema(
      "Where the callee is declared: 'package' (with `package`), 'lib' (the TypeScript lib) or 'file' (with `path`).",
      ['package', 'lib', 'file'],
    ),
    name: stringOrStringsSchema(
      'The function, method or property name (a string or an array); `Container.name` to require the declaring interface or class.',
    ),
    package: stringOrStringsSchema(
      'The package that declares it (for `from: "package"`); `@types/x` counts as `x`; `@scope/*` matches a scope.',
    ),
    path: {
      description: 'The declaring file, relative to the project (for `from: "file"`; a suffix match).',
      type: 'string',
      minLength: 1,
    },
    kind: oneOfSchema(`How data reaches it: ${kinds.map((k) => `'${k}'`).join(', ')}. Default 'call'.`, kinds),
    ...(kinds.includes('assign') && {
      args: {
        description: 'Which arguments count: an array of 0-based indices, or `{ "from": n }`. Default: all.',
        anyOf: [
          { type: 'array', items: { type: 'integer', minimum: 0 } },
          {
            type: 'object',
            additionalProperties: false,
            required: ['from'],
            properties: { from: { type: 'integer', minimum: 0 } },
          },
        ],
      },
    }),
  };
}

/**
 * What `from` requires: `package` for `'package'`, `path` for `'file'`, and `package` only with
 * `'package'`. Put beside `properties` in an object schema (`anyOf`).
 */
export const fromRequires: JSONSchema4[] = [
  { type: 'object', properties: { from: { type: 'string', enum: ['package'] } }, required: ['package'] },
  {
    type: 'object',
    properties: { from: { type: 'string', enum: ['lib'] } },
    not: { type: 'object', required: ['package'] },
  },
  {
    type: 'object',
    properties: { from: { type: 'string', enum: ['file'] } },
    required: ['path'],
    not: { type: 'object', required: ['package'] },
  },
];

/** The JSON Schema of a sink spec: its shape, its values, and what `from` requires. */
export const sinkSpecSchema: JSONSchema4ObjectSchema & { properties: Record<string, JSONSchema4> } = {
  title: 'SinkSpec',
  type: 'object',
  additionalProperties: false,
  required: ['from', 'name'],
  properties: sinkSpecProperties(),
  anyOf: fromRequires,
};

export const toArray = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];
