// How a call, `new` or assignment is matched against sink specs: by the declaration of what is
// called (its package, the TS lib, or a project file), its name and its container.
import ts from '../util/ts.cjs';
import { calleeSymbol, madeMethodSymbol } from '../analysis/core.js';
import { originOf, type Origin } from '../analysis/origin.js';
import { toArray, type CatalogEntry, type SinkSpec } from './spec.js';

/** A name a callee answers to: `log` declared in `Console`, or a callable type `Debugger`. */
interface Candidate {
  readonly name: string;
  readonly container: string | undefined;
  readonly origin: Origin;
  /** The global declarations of the object a method is called on (`Window.dataLayer` for `window.dataLayer.push`). */
  readonly receivers?: readonly Named[];
}

interface Named {
  readonly name: string;
  readonly container: string | undefined;
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

function candidatesOf(
  symbol: ts.Symbol | undefined,
  program: ts.Program,
  checker: ts.TypeChecker,
  out: Candidate[],
): void {
  if (!symbol) return;
  const resolved = resolveAlias(symbol, checker);
  for (const decl of resolved.declarations ?? []) {
    out.push({
      name: resolved.getName(),
      container: containerName(decl),
      origin: originOf(decl.getSourceFile(), program),
    });
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
    target = target.expression;
  }
  let receiver: ts.Expression | undefined;
  if (ts.isPropertyAccessExpression(target)) [receiver, target] = [target.expression, target.name];
  else if (ts.isElementAccessExpression(target)) [receiver, target] = [target.expression, target.argumentExpression];
  // A method of a `const` made by a factory (`const logger = pino()`) is found on the factory's
  // declared result, without inferring the factory call (the same declarations either way).
  const made = receiver && madeMethodSymbol(callee, checker);
  candidatesOf(made ?? checker.getSymbolAtLocation(target), program, checker, out);
  const type = made ? checker.getTypeOfSymbol(made) : checker.getTypeAtLocation(callee);
  candidatesOf(type.aliasSymbol, program, checker, out);
  for (const t of type.isUnion() ? type.types : [type]) candidatesOf(t.getSymbol(), program, checker, out);
  const receivers = receiver ? globalNamesOf(receiver, checker) : [];
  return receivers.length > 0 ? out.map((c) => ({ ...c, receivers })) : out;
}

/** Whether a declaration is global: in a script (not a module), in `declare global`, or a member of an interface declared there. */
function isGlobalDeclaration(decl: ts.Node): boolean {
  for (let node = decl.parent; node !== undefined; node = node.parent) {
    if (ts.isSourceFile(node)) return !ts.isExternalModule(node);
    if (ts.isModuleDeclaration(node)) return (node.flags & ts.NodeFlags.GlobalAugmentation) !== 0;
    if (ts.isBlock(node) || ts.isFunctionLike(node) || ts.isClassLike(node)) return false;
  }
  return false;
}

/** The names of an expression's global declarations: `Window.dataLayer` for `window.dataLayer`, `dataLayer` for a global variable. */
function globalNamesOf(receiver: ts.Expression, checker: ts.TypeChecker): Named[] {
  let e = receiver;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  const at = ts.isPropertyAccessExpression(e) ? e.name : ts.isElementAccessExpression(e) ? e.argumentExpression : e;
  const symbol = checker.getSymbolAtLocation(at);
  if (!symbol) return [];
  const resolved = resolveAlias(symbol, checker);
  return (resolved.declarations ?? [])
    .filter(isGlobalDeclaration)
    .map((decl) => ({ name: resolved.getName(), container: containerName(decl) }));
}

/** The names an assignment target answers to: the property's own symbol, and `Type.*` of the object it is set on. */
export function assignmentCandidates(
  target: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  program: ts.Program,
  checker: ts.TypeChecker,
): Candidate[] {
  const out: Candidate[] = [];
  if (ts.isPropertyAccessExpression(target))
    candidatesOf(checker.getSymbolAtLocation(target.name), program, checker, out);
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

function nameMatches(specName: string, c: Named): boolean {
  if (specName === '*') return true;
  const dot = specName.lastIndexOf('.');
  if (dot < 0) return specName === c.name;
  const container = specName.slice(0, dot);
  const name = specName.slice(dot + 1);
  return container === c.container && (name === '*' || name === c.name || c.name === '*');
}

/** Whether a spec matches a callee; `anyName` ignores `name` (an approved recipient named by its package or file only). */
export function specMatches(
  spec: SinkSpec & Pick<CatalogEntry, 'receiver'>,
  candidates: readonly Candidate[],
  rootDir: string,
  anyName = false,
): boolean {
  const names = toArray(spec.name);
  const packages = toArray(spec.package);
  const receivers = toArray(spec.receiver);
  return candidates.some((c) => {
    if (c.origin.from !== spec.from) return false;
    if (receivers.length > 0 && !receivers.some((r) => (c.receivers ?? []).some((named) => nameMatches(r, named))))
      return false;
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

/** The short name a spec name is indexed by: `join` for `Array.join`, `*` for `String.*` and `*`. */
function shortName(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** The name a callee is called by, read from the syntax alone: `m` in `x.m()`, `f` in `f()`. */
export function calledName(callee: ts.Expression): string | undefined {
  let e = callee;
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression)) return e.argumentExpression.text;
  return undefined;
}

/**
 * A table of specs (propagators, sanitizers, mutators) indexed by the name they are called by,
 * so that a call whose name matches no entry never reaches the type checker.
 */
export class SpecIndex<T extends Omit<SinkSpec, 'kind' | 'args'> & { readonly kind?: string }> {
  readonly #byName = new Map<string, T[]>();
  readonly #wildcards: T[] = [];

  constructor(
    entries: readonly T[],
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
  ) {
    for (const entry of entries) {
      for (const name of new Set(toArray(entry.name).map(shortName))) {
        if (name === '*') this.#wildcards.push(entry);
        else this.#byName.set(name, [...(this.#byName.get(name) ?? []), entry]);
      }
    }
  }

  /** The entry a call or `new` matches, by the callee's declaration (its symbol only: no overload resolution). */
  lookup(callee: ts.Expression, kind: 'call' | 'new'): T | undefined {
    const name = calledName(callee);
    if (name === undefined) return undefined;
    const entries = [...(this.#byName.get(name) ?? []), ...this.#wildcards].filter((e) => (e.kind ?? 'call') === kind);
    if (entries.length === 0) return undefined;
    const candidates: Candidate[] = [];
    candidatesOf(calleeSymbol(callee, this.checker), this.program, this.checker, candidates);
    if (candidates.length === 0) return undefined;
    const root = this.program.getCurrentDirectory();
    return entries.find((e) => specMatches(e as unknown as SinkSpec, candidates, root));
  }
}
