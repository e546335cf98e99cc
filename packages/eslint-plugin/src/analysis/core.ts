// Calls to @classified/core's own functions, recognised by the package that declares the callee:
// the `name` of the nearest package.json, never the path (a user's `packages/core/src/mask.ts` is
// the user's code).
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ts from '../util/ts.cjs';

export type ClassifiedPackage = '@classified/core' | '@classified/zod' | '@classified/prisma';

const packageOfDir = new Map<string, string | null>();

/** The `name` of the package that holds a directory (its nearest package.json), cached per directory. */
function packageNameOf(dir: string): string | null {
  const known = packageOfDir.get(dir);
  if (known !== undefined) return known;
  let name: string | null = null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    name =
      typeof parsed === 'object' && parsed !== null && typeof (parsed as { name?: unknown }).name === 'string'
        ? (parsed as { name: string }).name
        : null;
  } catch {
    // No package.json here (or not readable): look further up.
  }
  // A package.json without a name (`{ "type": "commonjs" }` in a dual package's dist) is not the package's own.
  if (name === null) {
    const parent = dirname(dir);
    name = parent === dir ? null : packageNameOf(parent);
  }
  packageOfDir.set(dir, name);
  return name;
}

const fileCache = new WeakMap<ts.SourceFile, ClassifiedPackage | null>();

/** The @classified package a source file belongs to, by package identity. */
export function classifiedPackageOf(file: ts.SourceFile): ClassifiedPackage | undefined {
  let found = fileCache.get(file);
  if (found === undefined) {
    const name = packageNameOf(dirname(file.fileName));
    found = name === '@classified/core' || name === '@classified/zod' || name === '@classified/prisma' ? name : null;
    fileCache.set(file, found);
  }
  return found ?? undefined;
}

/** The module of @classified/core a file is (`classified`, `seal`, `mask` …), if it is one. */
export function coreModuleOf(file: ts.SourceFile): string | undefined {
  if (classifiedPackageOf(file) !== '@classified/core') return undefined;
  return basename(file.fileName).replace(/(\.d)?\.[cm]?ts$/, '');
}

/** Whether a file belongs to one of the @classified packages. */
export function isClassifiedFile(file: ts.SourceFile): boolean {
  return classifiedPackageOf(file) !== undefined;
}

export interface CoreCall {
  /** The core module that declares it: `classify`, `seal`, `mask`, `token`. */
  readonly module: string;
  /** The function's name: `declassify`, `unseal`, `maskEmail`. */
  readonly name: string;
}

/** Skips what does not change a value: parentheses, `!`, `as`, `satisfies`, `<T>x`. */
export function skipOuter(expr: ts.Expression): ts.Expression {
  let e = expr;
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isNonNullExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isTypeAssertionExpression(e)
  ) {
    e = e.expression;
  }
  return e;
}

/**
 * The method a callee names when its receiver is a `const` made by a call (`const logger =
 * pino({…})`, then `logger.info(…)`), looked up on the factory's declared return type: its members
 * are the instantiated type's, and finding them this way does not infer the factory call's type
 * arguments (for pino, the costliest question a rule asks of a file). `undefined` when the
 * declarations do not say: an annotated or `let` receiver, a generic result, overloads whose results
 * declare the method differently.
 *
 * @example
 * madeMethodSymbol(logger.info, checker)?.declarations?.[0] // => `info: LogFn` in pino's BaseLogger
 */
export function madeMethodSymbol(callee: ts.Expression, checker: ts.TypeChecker, depth = 0): ts.Symbol | undefined {
  const e = skipOuter(callee);
  // A chain of factories (`const a = make(); const b = a.child();`) is followed a few steps, and a
  // receiver made from itself (`const x = x.make()`) ends there.
  if (depth > 4) return undefined;
  if (!ts.isPropertyAccessExpression(e) || !ts.isIdentifier(e.expression)) return undefined;
  const declaration = checker.getSymbolAtLocation(e.expression)?.valueDeclaration;
  if (
    !declaration ||
    !ts.isVariableDeclaration(declaration) ||
    declaration.type ||
    !(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) ||
    !declaration.initializer
  )
    return undefined;
  const made = skipOuter(declaration.initializer);
  if (!ts.isCallExpression(made)) return undefined;
  const factory = calleeSymbolAt(made.expression, checker, depth + 1);
  if (!factory) return undefined;
  const returned = checker
    .getTypeOfSymbol(factory)
    .getCallSignatures()
    .map((signature) => signature.getReturnType());
  if (returned.length === 0 || returned.some((t) => t.flags & (ts.TypeFlags.Instantiable | ts.TypeFlags.Any)))
    return undefined;
  // Every overload's result must have the method from the same declaration.
  const methods = returned.map((t) => checker.getPropertyOfType(t, e.name.text));
  const declared = methods[0]?.declarations?.[0];
  return declared && methods.every((m) => m?.declarations?.[0] === declared) ? methods[0] : undefined;
}

/**
 * The symbol a callee names (`f` in `f()`, `m` in `x.m()`), through parentheses, `!` and import
 * aliases. Cheaper than the call's type: no overload resolution; and for a receiver made by a
 * factory, not even the receiver's type (`madeMethodSymbol`).
 *
 * @example
 * calleeSymbol(logger.info, checker)?.getName() // => 'info'
 */
export function calleeSymbol(callee: ts.Expression, checker: ts.TypeChecker): ts.Symbol | undefined {
  return calleeSymbolAt(callee, checker, 0);
}

function calleeSymbolAt(callee: ts.Expression, checker: ts.TypeChecker, depth: number): ts.Symbol | undefined {
  // A method of a receiver made by a factory is found without typing the receiver (`madeMethodSymbol`).
  const made = madeMethodSymbol(callee, checker, depth);
  if (made) return made;
  const e = skipOuter(callee);
  const target = ts.isPropertyAccessExpression(e) ? e.name : e;
  const symbol = checker.getSymbolAtLocation(target);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The core function a call goes to, if it goes to one. */
export function coreCallee(call: ts.CallExpression | ts.NewExpression, checker: ts.TypeChecker): CoreCall | undefined {
  const symbol = calleeSymbol(call.expression, checker);
  if (!symbol) return undefined;
  const decl = symbol.declarations?.[0];
  if (!decl || !ts.isFunctionDeclaration(decl)) return undefined;
  const module = coreModuleOf(decl.getSourceFile());
  return module === undefined ? undefined : { module, name: symbol.getName() };
}

/**
 * The inferred (output) type of a zod schema's type, or `undefined` when the type is no zod schema.
 * Read from `_zod.output`, where @classified/zod's classified fields put their brand.
 *
 * @example
 * zodOutputType(checker.getTypeAtLocation(User), checker) // => the type of z.infer<typeof User>
 */
export function zodOutputType(type: ts.Type, checker: ts.TypeChecker): ts.Type | undefined {
  const internals = type.getProperty('_zod');
  const output = internals && checker.getTypeOfSymbol(internals).getProperty('output');
  return output ? checker.getTypeOfSymbol(output) : undefined;
}
