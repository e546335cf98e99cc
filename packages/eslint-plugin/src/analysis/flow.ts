// Local data flow: the expression a local variable holds, when it is a `const`, or a `let` that is
// never reassigned, with an initialiser.
import ts from '../util/ts.cjs';
import { mutators } from '../sinks/propagators.js';
import { toArray } from '../sinks/spec.js';

/** The function (or source file) a node belongs to. */
export function enclosingFunction(node: ts.Node): ts.Node {
  for (let n = node.parent; n !== undefined; n = n.parent) {
    if (ts.isFunctionLike(n) || ts.isSourceFile(n) || ts.isClassStaticBlockDeclaration(n)) return n;
  }
  return node.getSourceFile();
}

interface Assignments {
  /** Symbols assigned with `=` (or `++`, destructuring, `for … of`): their value is no longer the initialiser. */
  readonly replaced: Set<ts.Symbol>;
  /** Symbols only ever appended to with `+=`: the values appended. */
  readonly appended: Map<ts.Symbol, ts.Expression[]>;
}

const assignmentCache = new WeakMap<ts.Node, Assignments>();

/** Every assignment below `root`, by symbol. */
function assignmentsIn(root: ts.Node, checker: ts.TypeChecker): Assignments {
  let found = assignmentCache.get(root);
  if (found) return found;
  const result: Assignments = { replaced: new Set(), appended: new Map() };
  const mark = (target: ts.Node) => {
    if (ts.isIdentifier(target)) {
      const symbol = checker.getSymbolAtLocation(target);
      if (symbol) result.replaced.add(symbol);
    } else if (ts.isArrayLiteralExpression(target) || ts.isObjectLiteralExpression(target)) {
      ts.forEachChild(target, (child) =>
        mark(
          ts.isShorthandPropertyAssignment(child)
            ? child.name
            : ts.isPropertyAssignment(child)
              ? child.initializer
              : child,
        ),
      );
    } else if (ts.isParenthesizedExpression(target) || ts.isSpreadElement(target)) {
      mark(target.expression);
    }
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken &&
      ts.isIdentifier(node.left)
    ) {
      const symbol = checker.getSymbolAtLocation(node.left);
      if (symbol) {
        const list = result.appended.get(symbol) ?? [];
        list.push(node.right);
        result.appended.set(symbol, list);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      node.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    ) {
      mark(node.left);
    } else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      mark(node.operand);
    } else if (
      (ts.isForOfStatement(node) || ts.isForInStatement(node)) &&
      !ts.isVariableDeclarationList(node.initializer)
    ) {
      mark(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(root);
  assignmentCache.set(root, (found = result));
  return found;
}

/**
 * The values a local identifier can hold, when the code says them all: a `const`, or a `let`/`var`
 * never reassigned (or only appended to with `+=`), declared with an initialiser in a plain binding.
 */
export function initializerOf(
  identifier: ts.Identifier,
  checker: ts.TypeChecker,
  known?: ts.Symbol,
): { symbol: ts.Symbol; initializer: ts.Expression; appended: readonly ts.Expression[] } | undefined {
  const symbol = known ?? checker.getSymbolAtLocation(identifier);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer)
    return undefined;
  if (decl.getSourceFile() !== identifier.getSourceFile()) return undefined;
  const list = decl.parent;
  const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  if (isConst) return { symbol, initializer: decl.initializer, appended: [] };
  const assignments = assignmentsIn(enclosingFunction(decl), checker);
  if (assignments.replaced.has(symbol)) return undefined;
  return { symbol, initializer: decl.initializer, appended: assignments.appended.get(symbol) ?? [] };
}

/** A write into a local object: a method call that stores its arguments (`params.set(k, v)`), or a property write (`url.search = q`). */
export interface Mutation {
  /** The call, for methods: whether it stores is decided by the mutator table. */
  readonly call?: ts.CallExpression;
  /** The first property written, for property writes (`search` in `url.search = q`). */
  readonly property?: string | undefined;
  readonly values: readonly ts.Expression[];
}

/** Method names that may store their arguments in their receiver: the mutator table's (which then decides by declaration). */
const MUTATOR_NAMES: ReadonlySet<string> = new Set(
  mutators.flatMap((m) => toArray(m.name).map((n) => n.slice(n.lastIndexOf('.') + 1))),
);

const mutationCache = new WeakMap<ts.Node, Map<ts.Symbol, Mutation[]>>();

/** The identifier a property chain starts from: `url` in `url.searchParams.set`, with the first property read. */
function rootOf(expr: ts.Expression): { root: ts.Identifier; first: string | undefined } | undefined {
  let e = expr;
  let first: string | undefined;
  for (;;) {
    while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
    if (ts.isIdentifier(e)) return { root: e, first };
    if (ts.isPropertyAccessExpression(e)) {
      first = e.name.text;
      e = e.expression;
    } else if (ts.isElementAccessExpression(e)) {
      first = ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
      e = e.expression;
    } else {
      return undefined;
    }
  }
}

/** Every write into the object a local holds, anywhere in the function (or file) that declares it. */
export function mutationsOf(symbol: ts.Symbol, decl: ts.Declaration, checker: ts.TypeChecker): readonly Mutation[] {
  const root = enclosingFunction(decl);
  let index = mutationCache.get(root);
  if (!index) {
    const found = new Map<ts.Symbol, Mutation[]>();
    const add = (id: ts.Identifier, m: Mutation) => {
      const s = checker.getSymbolAtLocation(id);
      if (s) found.set(s, [...(found.get(s) ?? []), m]);
    };
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        MUTATOR_NAMES.has(node.expression.name.text) &&
        node.arguments.length > 0
      ) {
        const at = rootOf(node.expression.expression);
        if (at) add(at.root, { call: node, values: [...node.arguments] });
      } else if (
        ts.isBinaryExpression(node) &&
        (node.operatorToken.kind === ts.SyntaxKind.EqualsToken ||
          node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))
      ) {
        const at = rootOf(node.left);
        if (at) add(at.root, { property: at.first, values: [node.right] });
      }
      ts.forEachChild(node, visit);
    };
    visit(root);
    mutationCache.set(root, (index = found));
  }
  return index.get(symbol) ?? [];
}
