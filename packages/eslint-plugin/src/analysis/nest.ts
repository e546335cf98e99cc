// What NestJS and class-transformer say about a response: a route handler's return value is the
// HTTP response (a method of a `@Controller()` class with a route decorator), and a field marked
// `@Exclude()` is left out of it when the program serializes with `ClassSerializerInterceptor`.
import ts from '../util/ts.cjs';
import { originOf } from './origin.js';
import type { Leaf } from './brand.js';
import { textOf, type Carried } from './taint.js';

const ROUTES = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Options', 'Head', 'Search']);

/** The decorator's name when it is declared by `pkg`: `Get` for `@Get(':id')`. */
function decoratorFrom(
  decorator: ts.Decorator,
  pkg: string,
  program: ts.Program,
  checker: ts.TypeChecker,
): { name: string; args: readonly ts.Expression[] } | undefined {
  const expr = decorator.expression;
  const callee = ts.isCallExpression(expr) ? expr.expression : expr;
  const id = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = checker.getSymbolAtLocation(id);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.declarations?.[0];
  if (!symbol || !decl || originOf(decl.getSourceFile(), program).package !== pkg) return undefined;
  return { name: symbol.getName(), args: ts.isCallExpression(expr) ? expr.arguments : [] };
}

const decoratorsOf = (node: ts.Node): readonly ts.Decorator[] =>
  ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];

/**
 * The response sink a function's return value reaches: `UsersController.me()` for a route handler
 * of a `@Controller()` class, unless it takes the response object itself (`@Res()` without
 * `passthrough: true`, then express's `res.json` is the sink).
 */
export function nestRouteHandler(fn: ts.Node, program: ts.Program, checker: ts.TypeChecker): string | undefined {
  if (!ts.isMethodDeclaration(fn) || !ts.isClassLike(fn.parent)) return undefined;
  const route = decoratorsOf(fn).some((d) =>
    ROUTES.has(decoratorFrom(d, '@nestjs/common', program, checker)?.name ?? ''),
  );
  if (!route) return undefined;
  if (!decoratorsOf(fn.parent).some((d) => decoratorFrom(d, '@nestjs/common', program, checker)?.name === 'Controller'))
    return undefined;
  for (const param of fn.parameters) {
    for (const d of decoratorsOf(param)) {
      const found = decoratorFrom(d, '@nestjs/common', program, checker);
      if (found?.name !== 'Res' && found?.name !== 'Response') continue;
      const passthrough = found.args.some(
        (a) =>
          ts.isObjectLiteralExpression(a) &&
          a.properties.some(
            (p) =>
              ts.isPropertyAssignment(p) &&
              p.name.getText() === 'passthrough' &&
              p.initializer.kind === ts.SyntaxKind.TrueKeyword,
          ),
      );
      if (!passthrough) return undefined;
    }
  }
  return `${fn.parent.name?.text ?? 'controller'}.${fn.name.getText()}()`;
}

const serializes = new WeakMap<ts.Program, boolean>();

/** Whether the program serializes responses with class-transformer: it names `ClassSerializerInterceptor` in its own code. */
export function usesClassSerializer(program: ts.Program): boolean {
  let found = serializes.get(program);
  if (found === undefined) {
    found = program
      .getSourceFiles()
      .some(
        (f) =>
          !f.isDeclarationFile &&
          !f.fileName.includes('/node_modules/') &&
          f.text.includes('ClassSerializerInterceptor'),
      );
    serializes.set(program, found);
  }
  return found;
}

/** Whether an options object literal sets one of `keys` (`groups`, `toClassOnly: true`). */
function setsOption(args: readonly ts.Expression[], key: string, onlyTrue = false): boolean {
  return args.some(
    (a) =>
      ts.isObjectLiteralExpression(a) &&
      a.properties.some(
        (p) =>
          ts.isPropertyAssignment(p) &&
          p.name.getText() === key &&
          (!onlyTrue || p.initializer.kind === ts.SyntaxKind.TrueKeyword),
      ),
  );
}

/**
 * Whether class-transformer leaves a property out of every plain object it makes: `@Exclude()` on
 * it (or `@Exclude({ toPlainOnly: true })`), or `@Exclude()` on its class without `@Expose()` on it.
 * An exclusion limited to `groups`, or `toClassOnly`, does not count: the field is serialized in
 * other groups, and the rule cannot tell which groups a response uses.
 */
export function isExcludedFromPlain(property: ts.Symbol, program: ts.Program, checker: ts.TypeChecker): boolean {
  return (property.declarations ?? []).some((decl) => {
    const own = decoratorsOf(decl).map((d) => decoratorFrom(d, 'class-transformer', program, checker));
    const unconditional = (d: { name: string; args: readonly ts.Expression[] } | undefined, name: string) =>
      d?.name === name &&
      !setsOption(d.args, 'groups') &&
      !setsOption(d.args, 'toClassOnly', true) &&
      !setsOption(d.args, 'since') &&
      !setsOption(d.args, 'until');
    if (own.some((d) => unconditional(d, 'Exclude'))) return true;
    const cls = decl.parent;
    if (!ts.isClassLike(cls)) return false;
    const classExcludes = decoratorsOf(cls).some((d) =>
      unconditional(decoratorFrom(d, 'class-transformer', program, checker), 'Exclude'),
    );
    return classExcludes && !own.some((d) => d?.name === 'Expose');
  });
}

/** The property path of a leaf relative to its value: `.owner.email` → `['owner', 'email']`, `[]` for elements. */
function segments(relative: string): string[] {
  return relative.match(/\[\]|[^.[\]]+/g) ?? [];
}

/**
 * The leaves of a value that class-transformer keeps when it serializes it (those not under an
 * `@Exclude()` property), when the program uses `ClassSerializerInterceptor`; all leaves otherwise.
 */
export function serializedLeaves(carried: Carried, program: ts.Program, checker: ts.TypeChecker): readonly Leaf[] {
  if (!usesClassSerializer(program)) return carried.leaves;
  // A spread copy (`{ ...user }`) is a plain object: class-transformer no longer sees the decorators.
  for (let node: ts.Node = carried.node; !ts.isSourceFile(node) && !ts.isStatement(node); node = node.parent) {
    if (ts.isSpreadAssignment(node) || ts.isSpreadElement(node)) return carried.leaves;
  }
  const base = textOf(carried.node);
  const root =
    checker.getAwaitedType(checker.getTypeAtLocation(carried.node)) ?? checker.getTypeAtLocation(carried.node);
  return carried.leaves.filter((leaf) => {
    if (!leaf.path.startsWith(base)) return true;
    let type = checker.getNonNullableType(root);
    for (const segment of segments(leaf.path.slice(base.length))) {
      if (segment === '[]') {
        const element = checker.getIndexTypeOfType(type, ts.IndexKind.Number);
        if (!element) return true;
        type = checker.getNonNullableType(element);
        continue;
      }
      const property = type.getProperty(segment);
      if (!property) return true;
      // class-transformer reads the decorators of class instances only.
      const isInstance = (type.getSymbol()?.getFlags() ?? 0) & ts.SymbolFlags.Class;
      if (isInstance && isExcludedFromPlain(property, program, checker)) return false;
      type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    }
    return true;
  });
}
