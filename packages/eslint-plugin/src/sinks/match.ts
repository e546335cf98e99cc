// How a call, `new` or assignment is matched against sink specs: by the declaration of what is
// called (its package, the TS lib, or a project file), its name and its container.
import ts from 'typescript';
import { toArray, type SinkSpec } from './spec.js';

/** Where a declaration lives. */
export interface Origin {
  readonly from: 'lib' | 'package' | 'file';
  /** The package, with `@types/` removed (`@types/node` is `node`). */
  readonly package?: string;
  readonly fileName: string;
}

/** A name a callee answers to: `log` declared in `Console`, or a callable type `Debugger`. */
interface Candidate {
  readonly name: string;
  readonly container: string | undefined;
  readonly origin: Origin;
}

export function originOf(file: ts.SourceFile, program: ts.Program): Origin {
  const fileName = file.fileName;
  if (program.isSourceFileDefaultLibrary(file)) return { from: 'lib', fileName };
  const at = fileName.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const rest = fileName.slice(at + '/node_modules/'.length).split('/');
    let pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg.startsWith('@types/')) pkg = pkg.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');
    return { from: 'package', package: pkg, fileName };
  }
  return { from: 'file', fileName };
}

const CONTAINERS = new Set([
  ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.ClassDeclaration,
  ts.SyntaxKind.ClassExpression,
  ts.SyntaxKind.ModuleDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration,
  ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.EnumDeclaration,
]);

function containerName(decl: ts.Node): string | undefined {
  for (let node = decl.parent; node !== undefined; node = node.parent) {
    if (ts.isSourceFile(node)) return undefined;
    if (CONTAINERS.has(node.kind)) {
      const name = (node as ts.NamedDeclaration).name;
      if (!name) return undefined;
      // `declare module "node:fs"` is `fs`.
      return ts.isStringLiteral(name) ? name.text.replace(/^node:/, '') : name.getText();
    }
  }
  return undefined;
}

function resolveAlias(symbol: ts.Symbol, checker: ts.TypeChecker): ts.Symbol {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

function candidatesOf(symbol: ts.Symbol | undefined, program: ts.Program, checker: ts.TypeChecker, out: Candidate[]): void {
  if (!symbol) return;
  const resolved = resolveAlias(symbol, checker);
  for (const decl of resolved.declarations ?? []) {
    out.push({ name: resolved.getName(), container: containerName(decl), origin: originOf(decl.getSourceFile(), program) });
  }
}

const candidateCache = new WeakMap<ts.Expression, Candidate[]>();

/** The names a callee answers to: its own symbol's, and its type's (for callable objects such as `debug('ns')`). Cached per node. */
export function calleeCandidates(callee: ts.Expression, program: ts.Program, checker: ts.TypeChecker): Candidate[] {
  let found = candidateCache.get(callee);
  if (!found) candidateCache.set(callee, (found = computeCandidates(callee, program, checker)));
  return found;
}

function computeCandidates(callee: ts.Expression, program: ts.Program, checker: ts.TypeChecker): Candidate[] {
  const out: Candidate[] = [];
  let target: ts.Node = callee;
  while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) {
    target = (target).expression;
  }
  if (ts.isPropertyAccessExpression(target)) target = target.name;
  else if (ts.isElementAccessExpression(target)) target = target.argumentExpression;
  candidatesOf(checker.getSymbolAtLocation(target), program, checker, out);
  const type = checker.getTypeAtLocation(callee);
  candidatesOf(type.aliasSymbol, program, checker, out);
  for (const t of type.isUnion() ? type.types : [type]) candidatesOf(t.getSymbol(), program, checker, out);
  return out;
}

/** The names an assignment target answers to: the property's own symbol, and `Type.*` of the object it is set on. */
export function assignmentCandidates(target: ts.PropertyAccessExpression | ts.ElementAccessExpression, program: ts.Program, checker: ts.TypeChecker): Candidate[] {
  const out: Candidate[] = [];
  if (ts.isPropertyAccessExpression(target)) candidatesOf(checker.getSymbolAtLocation(target.name), program, checker, out);
  const objectType = checker.getTypeAtLocation(target.expression);
  const symbol = objectType.getSymbol();
  if (symbol) {
    for (const decl of symbol.declarations ?? []) {
      out.push({ name: '*', container: symbol.getName(), origin: originOf(decl.getSourceFile(), program) });
    }
  }
  return out;
}

function packageMatches(wanted: readonly string[], actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return wanted.some((w) => (w.endsWith('/*') ? actual.startsWith(w.slice(0, -1)) : w === actual));
}

function nameMatches(specName: string, c: Candidate): boolean {
  const dot = specName.lastIndexOf('.');
  if (dot < 0) return specName === c.name;
  const container = specName.slice(0, dot);
  const name = specName.slice(dot + 1);
  return container === c.container && (name === '*' || name === c.name || c.name === '*');
}

/** Whether a spec matches a callee; `anyName` ignores `name` (an approved recipient named by its package or file only). */
export function specMatches(spec: SinkSpec, candidates: readonly Candidate[], rootDir: string, anyName = false): boolean {
  const names = toArray(spec.name);
  const packages = toArray(spec.package);
  return candidates.some((c) => {
    if (c.origin.from !== spec.from) return false;
    if (spec.from === 'package' && !packageMatches(packages, c.origin.package)) return false;
    if (spec.from === 'file' && spec.path !== undefined) {
      const wanted = spec.path.replace(/^\.\//, '');
      const file = c.origin.fileName;
      if (!(file.endsWith(`/${wanted}`) || file === `${rootDir}/${wanted}`)) return false;
    }
    return anyName || names.some((n) => nameMatches(n, c));
  });
}

/** The indices of the arguments a spec counts. */
export function argumentIndices(spec: SinkSpec, count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i);
  if (spec.args === undefined) return all;
  if (Array.isArray(spec.args)) return (spec.args as readonly number[]).filter((i) => i < count);
  const from = (spec.args as { from: number }).from;
  return all.filter((i) => i >= from);
}
