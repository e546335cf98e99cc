import type { JSONSchema4, JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
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
}

export const sinkSpecSchema: JSONSchema4ObjectSchema & { properties: Record<string, JSONSchema4> } = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'name'],
  properties: {
    from: { description: 'Where the callee is declared.', type: 'string', enum: ['package', 'lib', 'file'] },
    name: {
      description: 'The function, method or property name; `Container.name` to require the declaring interface or class.',
      oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
    },
    package: {
      description: 'The package that declares it (for `from: "package"`); `@scope/*` matches a scope.',
      oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
    },
    path: { description: 'The declaring file, relative to the project (for `from: "file"`).', type: 'string', minLength: 1 },
    kind: { description: 'How data reaches the sink.', type: 'string', enum: ['call', 'new', 'assign'] },
    args: {
      description: 'Which arguments count (0-based); `{ "from": n }` for the n-th on. Default: all.',
      oneOf: [
        { type: 'array', items: { type: 'integer', minimum: 0 } },
        { type: 'object', additionalProperties: false, required: ['from'], properties: { from: { type: 'integer', minimum: 0 } } },
      ],
    },
  },
};

/** Checks what JSON Schema cannot: a package spec needs `package`, a file spec needs `path`. */
export function validateSinkSpec(spec: SinkSpec, where: string): void {
  if (spec.from === 'package' && spec.package === undefined) {
    throw new Error(`${where}: a sink with \`from: 'package'\` needs \`package\` (the package that declares \`${String(spec.name)}\`).`);
  }
  if (spec.from === 'file' && spec.path === undefined) {
    throw new Error(`${where}: a sink with \`from: 'file'\` needs \`path\` (the file that declares \`${String(spec.name)}\`).`);
  }
  if (spec.from !== 'package' && spec.package !== undefined) {
    throw new Error(`${where}: \`package\` is only for sinks with \`from: 'package'\`.`);
  }
}

export const toArray = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];
