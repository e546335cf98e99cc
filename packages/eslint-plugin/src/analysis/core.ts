// Calls to @classified/core's own functions, recognised by where the callee is declared.
import ts from 'typescript';

/** The source files of @classified/core: the published package, or this monorepo's sources. */
const CORE_MODULE = /[\\/](?:@classified[\\/]core|packages[\\/]core)[\\/](?:dist|src)[\\/](\w+)\.(?:d\.ts|ts)$/;

export interface CoreCall {
  /** The core module that declares it: `classify`, `seal`, `mask`, `token`. */
  readonly module: string;
  /** The function's name: `declassify`, `unseal`, `maskEmail`. */
  readonly name: string;
}

/** The core function a call goes to, if it goes to one. */
export function coreCallee(call: ts.CallExpression | ts.NewExpression, checker: ts.TypeChecker): CoreCall | undefined {
  let callee: ts.Expression = call.expression;
  while (ts.isParenthesizedExpression(callee) || ts.isNonNullExpression(callee)) callee = callee.expression;
  const target = ts.isPropertyAccessExpression(callee) ? callee.name : callee;
  let symbol = checker.getSymbolAtLocation(target);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol.declarations?.[0];
  if (!decl || !ts.isFunctionDeclaration(decl)) return undefined;
  const module = CORE_MODULE.exec(decl.getSourceFile().fileName)?.[1];
  return module === undefined ? undefined : { module, name: symbol.getName() };
}
