import type { JSONSchema4, JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { described, oneOfOption, stringOrStringsOption } from '../util/options.js';
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

/**
 * The JSON Schema of a sink spec: the shape (no unknown keys); the values are checked by
 * {@link validateSinkSpec}, whose messages name the option.
 */
export const sinkSpecSchema: JSONSchema4ObjectSchema & { properties: Record<string, JSONSchema4> } = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: described("Where the callee is declared: 'package', 'lib' or 'file'."),
    name: described('The function, method or property name (a string or an array); `Container.name` to require the declaring interface or class.'),
    package: described('The package that declares it (for `from: "package"`); `@scope/*` matches a scope.'),
    path: described('The declaring file, relative to the project (for `from: "file"`).'),
    kind: described("How data reaches the sink: 'call' (default), 'new' or 'assign'."),
    args: described('Which arguments count: an array of 0-based indices, or `{ "from": n }`. Default: all.'),
  },
};

/** Checks a sink spec's values; every message names the option (`sinks[0].from`). */
export function validateSinkSpec(spec: SinkSpec, where: string, requireName = true): void {
  const [rule, option] = where.split(': option ');
  const name = (rule ?? '').replace('@classified/', '');
  const at = (option ?? where).replace(/`/g, '');
  if (typeof spec !== 'object' || spec === null) {
    throw new Error(`${rule}: option \`${at}\` must be an object such as { from: 'package', package: 'pino', name: 'info' }.`);
  }
  oneOfOption(name, `${at}.from`, spec.from, ['package', 'lib', 'file']);
  if (spec.from === undefined) throw new Error(`${rule}: option \`${at}\` needs \`from\` ('package', 'lib' or 'file').`);
  if (spec.name !== undefined) stringOrStringsOption(name, `${at}.name`, spec.name);
  else if (requireName) throw new Error(`${rule}: option \`${at}\` needs \`name\` (the function or method, such as 'info' or 'Logger.info').`);
  if (spec.package !== undefined) stringOrStringsOption(name, `${at}.package`, spec.package);
  if (spec.path !== undefined && (typeof spec.path !== 'string' || spec.path === '')) stringOrStringsOption(name, `${at}.path`, [spec.path]);
  oneOfOption(name, `${at}.kind`, spec.kind, ['call', 'new', 'assign']);
  if (spec.args !== undefined) {
    const args = spec.args as unknown;
    const ok =
      (Array.isArray(args) && args.every((i) => Number.isInteger(i) && (i as number) >= 0)) ||
      (typeof args === 'object' && args !== null && !Array.isArray(args) && Object.keys(args).join() === 'from' && Number.isInteger((args as { from: unknown }).from));
    if (!ok) throw new Error(`${rule}: option \`${at}.args\` must be an array of argument indices or { from: n }; got ${JSON.stringify(args)}.`);
  }
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

/** Checks a rule's `sinks` option: an array of sink specs, each message naming the option (`sinks[2].from`). */
export function validateSinkSpecs(rule: string, value: unknown): readonly SinkSpec[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`@classified/${rule}: option \`sinks\` must be an array of sink specs; got ${JSON.stringify(value)}.`);
  value.forEach((spec: SinkSpec, i) => validateSinkSpec(spec, `@classified/${rule}: option \`sinks[${i}]\``));
  return value as SinkSpec[];
}

export const toArray = <T>(value: T | readonly T[] | undefined): readonly T[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as readonly T[]) : [value as T];
