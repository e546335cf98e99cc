// Local data flow: the expression a local variable holds, when it is a `const`, or a `let` that is
// never reassigned, with an initialiser.
import ts from 'typescript';

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
      ts.forEachChild(target, (child) => mark(ts.isShorthandPropertyAssignment(child) ? child.name : ts.isPropertyAssignment(child) ? child.initializer : child));
    } else if (ts.isParenthesizedExpression(target) || ts.isSpreadElement(target)) {
      mark(target.expression);
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && ts.isIdentifier(node.left)) {
      const symbol = checker.getSymbolAtLocation(node.left);
      if (symbol) {
        const list = result.appended.get(symbol) ?? [];
        list.push(node.right);
        result.appended.set(symbol, list);
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      mark(node.left);
    } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      mark(node.operand);
    } else if ((ts.isForOfStatement(node) || ts.isForInStatement(node)) && !ts.isVariableDeclarationList(node.initializer)) {
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
): { symbol: ts.Symbol; initializer: ts.Expression; appended: readonly ts.Expression[] } | undefined {
  const symbol = checker.getSymbolAtLocation(identifier);
  const decl = symbol?.valueDeclaration;
  if (!symbol || !decl || !ts.isVariableDeclaration(decl) || !ts.isIdentifier(decl.name) || !decl.initializer) return undefined;
  if (decl.getSourceFile() !== identifier.getSourceFile()) return undefined;
  const list = decl.parent;
  const isConst = ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
  if (isConst) return { symbol, initializer: decl.initializer, appended: [] };
  const assignments = assignmentsIn(enclosingFunction(decl), checker);
  if (assignments.replaced.has(symbol)) return undefined;
  return { symbol, initializer: decl.initializer, appended: assignments.appended.get(symbol) ?? [] };
}
