// Calls to @classified/core's own functions, recognised by where the callee is declared.
import ts from 'typescript';

/** The source files of @classified packages: the published packages, or this monorepo's sources. */
const CLASSIFIED_FILE = /[\\/](?:@classified[\\/]|packages[\\/])(core|zod)[\\/](?:dist|src)[\\/](\w+)\.(?:d\.ts|ts)$/;

/** The module of @classified/core a file is (`classified`, `seal`, `mask` …), if it is one. */
export function coreModuleOf(file: ts.SourceFile): string | undefined {
  const match = CLASSIFIED_FILE.exec(file.fileName);
  return match?.[1] === 'core' ? match[2] : undefined;
}

/** Whether a file belongs to @classified/core or @classified/zod. */
export function isClassifiedFile(file: ts.SourceFile): boolean {
  return CLASSIFIED_FILE.test(file.fileName);
}

export interface CoreCall {
  /** The core module that declares it: `classify`, `seal`, `mask`, `token`. */
  readonly module: string;
  /** The function's name: `declassify`, `unseal`, `maskEmail`. */
  readonly name: string;
}

/**
 * The symbol a callee names (`f` in `f()`, `m` in `x.m()`), through parentheses, `!` and import
 * aliases. Cheaper than the call's type: no overload resolution.
 */
export function calleeSymbol(callee: ts.Expression, checker: ts.TypeChecker): ts.Symbol | undefined {
  let e = callee;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
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
