import type { TSESTree } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { calleeSymbol, coreCallee } from '../analysis/core.js';
import { isAbove, LEVELS, type Level } from '../analysis/levels.js';
import { analyzerFor } from '../analysis/program.js';
import { originOf } from '../analysis/origin.js';
import { createRule } from '../util/createRule.js';
import { typedServices } from '../util/services.js';

export type Options = [];
export type MessageIds = 'classifiedLiteral';

/** The core functions that classify their first argument, and the level each gives. */
const CLASSIFIERS: Readonly<Record<string, Level | 'argument'>> = {
  restricted: 'restricted',
  confidential: 'confidential',
  internal: 'internal',
  classify: 'argument',
  seal: 'restricted',
};

/** A literal that holds data: a non-empty string, a template without expressions, a non-zero number. */
function isDataLiteral(
  node: ts.Node,
): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.NumericLiteral | ts.BigIntLiteral {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text.trim() !== '';
  if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) return !/^0n?$/.test(node.text);
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-classified-literal',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow literals that enter the program already classified Confidential or Restricted: secrets and PII do not belong in source code',
      requiresTypeChecking: true,
    },
    messages: {
      classifiedLiteral:
        'This literal becomes {{level}} data{{category}} ({{how}}). Secrets and personal data do not belong in source code: read it from a secret store, the environment or the database.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = typedServices(context, 'no-classified-literal');
    if (!services) return {};
    const checker = services.program.getTypeChecker();
    const { brands } = analyzerFor(services.program);
    const reported = new Set<ts.Node>();

    const report = (
      node: TSESTree.Node,
      literal: ts.Node,
      level: Level,
      categories: readonly string[],
      how: string,
    ) => {
      if (reported.has(literal) || !isAbove(level, 'internal')) return;
      reported.add(literal);
      context.report({
        node,
        messageId: 'classifiedLiteral',
        data: { level, category: categories.length > 0 ? `, ${[...categories].sort().join(', ')}` : '', how },
      });
    };

    /**
     * Whether a call's callee is declared where classified parameters can exist: the project, zod,
     * @classified. A project function that is not generic is asked by its declared parameters:
     * when none at the literal's position is classified, its call is not resolved.
     */
    const mayTakeClassified = (call: ts.CallExpression | ts.NewExpression, literal: ts.Node): boolean => {
      const symbol = calleeSymbol(call.expression, checker);
      const decl = symbol?.declarations?.[0];
      if (!symbol || !decl) return true;
      const origin = originOf(decl.getSourceFile(), services.program);
      if (origin.from === 'lib') return false;
      if (origin.from === 'file')
        return call.typeArguments !== undefined || parameterMayBeClassified(symbol, call, literal);
      return origin.package === 'zod' || (origin.package?.startsWith('@classified/') ?? false);
    };

    /** Whether the parameter a literal is given to (at any overload) is declared classified, or may be. */
    const parameterMayBeClassified = (
      symbol: ts.Symbol,
      call: ts.CallExpression | ts.NewExpression,
      literal: ts.Node,
    ): boolean => {
      const index = (call.arguments ?? []).findIndex((a) => a.pos <= literal.pos && literal.end <= a.end);
      const signatures = declaredSignatures(symbol, call);
      if (index < 0 || !signatures || signatures.some(isGeneric)) return true;
      return signatures.some((signature) => {
        const { parameters } = signature;
        const last = parameters[parameters.length - 1];
        const parameter = parameters[index] ?? (last?.dotDotDotToken ? last : undefined);
        return parameter !== undefined && brands.classify(checker.getTypeAtLocation(parameter)) !== undefined;
      });
    };

    const checkLiteral = (node: TSESTree.Literal | TSESTree.TemplateLiteral) => {
      const literal = services.esTreeNodeToTSNodeMap.get(node);
      if (!isDataLiteral(literal)) return;
      let parent = literal.parent;
      while (ts.isParenthesizedExpression(parent) || ts.isAsExpression(parent) || ts.isSatisfiesExpression(parent))
        parent = parent.parent;
      // A literal given to restricted(), confidential(), classify(…, level), seal().
      if (
        ts.isCallExpression(parent) &&
        parent.arguments[0] !== undefined &&
        skip(parent.arguments[0]) === literal &&
        mayBeClassifier(parent.expression)
      ) {
        const core = coreCallee(parent, checker);
        const given =
          core && (core.module === 'classify' || core.module === 'seal') ? CLASSIFIERS[core.name] : undefined;
        if (given !== undefined) {
          const levelArg = parent.arguments[1];
          const level =
            given === 'argument'
              ? levelArg && ts.isStringLiteral(levelArg) && (LEVELS as readonly string[]).includes(levelArg.text)
                ? (levelArg.text as Level)
                : undefined
              : given;
          const categoryArg = parent.arguments[core!.name === 'classify' ? 2 : 1];
          const categories =
            core!.name === 'seal'
              ? ['credential']
              : categoryArg && ts.isStringLiteral(categoryArg)
                ? [categoryArg.text]
                : [];
          if (level) report(node, literal, level, categories, `\`${core!.name}()\``);
          return;
        }
      }
      // A literal stored into a classified slot: a typed variable, parameter default or field, a
      // property of a classified object type, an argument to a classified parameter, a return of a
      // classified function, a zod `.default()`. Never an operand (`?? '-'`, `|| 'unknown'`,
      // `cond ? x : 'hidden'`, comparisons, `case`): a fallback is not data.
      const slot = slotOf(literal);
      if (!slot) return;
      // Cheap first: an argument of a lib function, or of a package that does not use our brands,
      // cannot be expected classified; its call is not resolved for nothing.
      if ((ts.isCallExpression(slot) || ts.isNewExpression(slot)) && !mayTakeClassified(slot, literal)) return;
      const contextual = checker.getContextualType(literal);
      const found = contextual && brands.classify(contextual);
      if (found) report(node, literal, found.level, found.categories, 'where a classified type is expected');
    };

    return { Literal: checkLiteral, TemplateLiteral: checkLiteral };
  },
});

/** Whether a callee can be one of the core's classifying functions (any name when called directly: an import may rename it). */
function mayBeClassifier(callee: ts.Expression): boolean {
  const e = skip(callee);
  return !ts.isPropertyAccessExpression(e) || Object.hasOwn(CLASSIFIERS, e.name.text);
}

/**
 * The signatures a call can resolve to, from the callee's declarations: a function's or method's
 * overloads, an arrow function's, a class's constructors. `undefined` when the declarations do not
 * say (a property of a function type, a class that inherits its constructor).
 */
function declaredSignatures(
  symbol: ts.Symbol,
  call: ts.CallExpression | ts.NewExpression,
): readonly ts.SignatureDeclaration[] | undefined {
  const declarations = symbol.declarations ?? [];
  if (ts.isNewExpression(call)) {
    const classes = declarations.filter(ts.isClassDeclaration);
    if (classes.length !== declarations.length || classes.some((c) => c.heritageClauses)) return undefined;
    return classes.flatMap((c) => c.members.filter(ts.isConstructorDeclaration));
  }
  const signatures = declarations.map((d) =>
    ts.isVariableDeclaration(d) &&
    d.initializer &&
    (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
      ? d.initializer
      : d,
  );
  return signatures.every(ts.isFunctionLike) ? signatures : undefined;
}

/** A function declared with type parameters, or inside a generic class, interface or function. */
function isGeneric(declaration: ts.Node): boolean {
  for (let at: ts.Node | undefined = declaration; at && !ts.isSourceFile(at); at = at.parent)
    if ((ts.isFunctionLike(at) || ts.isClassLike(at) || ts.isInterfaceDeclaration(at)) && at.typeParameters?.length)
      return true;
  return false;
}

/**
 * The slot a literal is stored into, through parentheses, assertions, array elements and object
 * properties only: the declaration, call, `return` or assignment that receives it. `undefined`
 * when the literal is an operand (of `??`, `||`, `?:`, a comparison, a `case`).
 */
function slotOf(literal: ts.Node): ts.Node | undefined {
  let node = literal;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isArrayLiteralExpression(parent) ||
      ts.isObjectLiteralExpression(parent)
    )
      continue;
    if (ts.isPropertyAssignment(parent)) {
      if (parent.name === node) return undefined;
      continue;
    }
    if (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyDeclaration(parent))
      return parent.initializer === node && parent.type !== undefined ? parent : undefined;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) return parent;
    if (ts.isReturnStatement(parent)) return parent;
    if (ts.isArrowFunction(parent) && parent.body === node) return parent;
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      parent.right === node
    )
      return parent;
    return undefined;
  }
  return undefined;
}

function skip(node: ts.Expression): ts.Expression {
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}
