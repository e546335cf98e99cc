import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { calleeSymbol, coreCallee } from '../analysis/core.js';
import { isAbove, type Level } from '../analysis/levels.js';
import { analyzerFor } from '../analysis/program.js';
import { strongest, type Carried } from '../analysis/taint.js';
import { argumentIndices, calleeCandidates, specMatches } from '../sinks/match.js';
import { fromRequires, sinkSpecProperties, type SinkSpec } from '../sinks/spec.js';
import { createRule } from '../util/createRule.js';
import { levelSchema, oneOfSchema } from '../util/options.js';
import { typedServices } from '../util/services.js';

export type Options = [{ maxLevel?: Level; sinks?: readonly SinkSpec[] }];
export type MessageIds = 'classifiedInError';

/** Return types that are never an error. */
const CANNOT_BE_ERROR =
  ts.TypeFlags.Void |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Never |
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.ESSymbolLike;

export default createRule<Options, MessageIds>({
  name: 'no-classified-in-error',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow classified data above `maxLevel` in error messages, causes and thrown values: errors end up in logs and error trackers',
      requiresTypeChecking: true,
    },
    messages: {
      classifiedInError:
        '`{{path}}` is {{level}}{{category}} data and goes into {{where}}; errors end up in logs and error trackers. Use an id or a masked value instead.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxLevel: levelSchema("The highest level an error may hold. Default `'confidential'`, as for logging."),
          sinks: {
            description:
              'Extra functions and constructors that make or throw errors (sink specs, as in the sink rules): their counted arguments are checked like an error message.',
            type: 'array',
            items: {
              title: 'SinkSpec',
              type: 'object',
              additionalProperties: false,
              required: ['from', 'name'],
              properties: {
                ...sinkSpecProperties(),
                kind: oneOfSchema("How the error is made: 'call' (default) or 'new'.", ['call', 'new']),
              },
              anyOf: fromRequires,
            },
          },
        },
      },
    ],
  },
  defaultOptions: [{ maxLevel: 'confidential' }],
  create(context, [options]) {
    const services = typedServices(context, 'no-classified-in-error');
    if (!services) return {};
    const program = services.program;
    const checker = program.getTypeChecker();
    const analyzer = analyzerFor(program);
    const maxLevel = options.maxLevel ?? 'confidential';
    const sinks = options.sinks ?? [];
    const rootDir = program.getCurrentDirectory();
    const errorTypes = new Map<ts.Type, boolean>();

    /** Whether a type is `Error` from the lib, or a class that extends it. */
    const isError = (type: ts.Type, depth = 0): boolean => {
      const known = errorTypes.get(type);
      if (known !== undefined) return known;
      let result = false;
      const symbol = type.getSymbol();
      const decl = symbol?.declarations?.[0];
      if (symbol?.getName() === 'Error' && decl && program.isSourceFileDefaultLibrary(decl.getSourceFile()))
        result = true;
      else if (depth < 10 && type.isClassOrInterface())
        result = checker.getBaseTypes(type).some((base) => isError(base, depth + 1));
      errorTypes.set(type, result);
      return result;
    };

    const check = (node: TSESTree.Node, where: string) => {
      const expr = services.esTreeNodeToTSNodeMap.get(node) as ts.Expression;
      const carried = strongest(
        analyzer.carried(expr).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel)),
      );
      if (!carried) return;
      context.report({
        node,
        messageId: 'classifiedInError',
        data: {
          path: carried.path,
          level: carried.level,
          category: carried.categories.length > 0 ? ` (${[...carried.categories].sort().join(', ')})` : '',
          where,
        },
      });
    };

    /** Whether any argument carries data above the level: cached and shared with the sink rules. */
    const carriesAbove = (call: ts.NewExpression | ts.CallExpression) =>
      (call.arguments ?? []).some((a) =>
        analyzer.carried(a).some((c) => c.kind === 'data' && isAbove(c.level, maxLevel)),
      );

    const checkErrorConstruction = (node: TSESTree.NewExpression | TSESTree.CallExpression) => {
      if (node.arguments.length === 0) return false;
      const call = services.esTreeNodeToTSNodeMap.get(node) as ts.NewExpression | ts.CallExpression;
      // Cheap first: most calls carry nothing classified, and then their type is never asked.
      if (!carriesAbove(call)) return false;
      if (!mayMakeError(call) || !isError(checker.getTypeAtLocation(call))) return false;
      const name = call.expression.getText();
      node.arguments.forEach((arg, i) =>
        check(arg, i === 0 ? `the message of \`${name}\`` : `the options (\`cause\`) of \`${name}\``),
      );
      return true;
    };

    /** A type that is never an error: void, a primitive (branded too), an array or a tuple. */
    const cannotBeError = (type: ts.Type): boolean =>
      (type.flags & CANNOT_BE_ERROR) !== 0 ||
      checker.isArrayType(type) ||
      checker.isTupleType(type) ||
      (type.isIntersection() && type.types.some((t) => (t.flags & CANNOT_BE_ERROR) !== 0));

    /**
     * Whether a call can return an error, by its callee's declared signatures: one whose every
     * signature returns `void`, a primitive (branded too: a tokenizer's `Internal<string>`) or an
     * array (`logger.info(…)`, `Object.keys(…)`) cannot, and its call is not resolved.
     */
    const mayMakeError = (call: ts.NewExpression | ts.CallExpression): boolean => {
      if (ts.isNewExpression(call)) return true;
      // @classified/core's functions (maskers, `declassify`) make no errors.
      if (coreCallee(call, checker)) return false;
      const symbol = calleeSymbol(call.expression, checker);
      if (!symbol) return true;
      const signatures = checker.getTypeOfSymbol(symbol).getCallSignatures();
      return signatures.length === 0 || signatures.some((s) => !cannotBeError(s.getReturnType()));
    };

    /** A function or constructor of the `sinks` option: its counted arguments are checked. */
    const checkUserSink = (node: TSESTree.NewExpression | TSESTree.CallExpression, kind: 'call' | 'new') => {
      if (sinks.length === 0 || node.arguments.length === 0) return false;
      const call = services.esTreeNodeToTSNodeMap.get(node) as ts.NewExpression | ts.CallExpression;
      if (!carriesAbove(call)) return false;
      const candidates = calleeCandidates(call.expression, program, checker);
      const spec = sinks.find((s) => (s.kind ?? 'call') === kind && specMatches(s, candidates, rootDir));
      if (!spec) return false;
      const where = `the error made by \`${call.expression.getText()}\``;
      for (const i of argumentIndices(spec, node.arguments.length)) check(node.arguments[i]!, where);
      return true;
    };

    /** Whether an expression makes an error (`new Error(…)`, `new PaymentError(…)`): checked where it is made. */
    const makesError = (node: TSESTree.Node) =>
      (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) &&
      isError(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node)));

    /** Whether an identifier is the `reject` parameter of a `new Promise((resolve, reject) => …)` executor. */
    const isExecutorReject = (callee: ts.Node) => {
      const decl = ts.isIdentifier(callee) ? checker.getSymbolAtLocation(callee)?.valueDeclaration : undefined;
      if (!decl || !ts.isParameter(decl)) return false;
      const executor = decl.parent;
      if (!(ts.isArrowFunction(executor) || ts.isFunctionExpression(executor)) || executor.parameters[1] !== decl)
        return false;
      const construction = executor.parent;
      if (!ts.isNewExpression(construction) || construction.arguments?.[0] !== executor) return false;
      const promise = checker.getSymbolAtLocation(construction.expression)?.declarations?.[0];
      return promise !== undefined && program.isSourceFileDefaultLibrary(promise.getSourceFile());
    };

    return {
      NewExpression(node) {
        if (!checkErrorConstruction(node)) checkUserSink(node, 'new');
      },
      CallExpression(node) {
        if (checkErrorConstruction(node) || checkUserSink(node, 'call')) return;
        const callee = node.callee;
        const value = node.arguments[0];
        if (!value) return;
        // Promise.reject(value)
        if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          !callee.computed &&
          callee.property.type === AST_NODE_TYPES.Identifier &&
          callee.property.name === 'reject'
        ) {
          const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(callee.property));
          const decl = symbol?.declarations?.[0];
          if (decl && program.isSourceFileDefaultLibrary(decl.getSourceFile()) && !makesError(value))
            check(value, '`Promise.reject()`');
        }
        // new Promise((resolve, reject) => reject(value)): cheap first, the argument must carry something.
        if (callee.type === AST_NODE_TYPES.Identifier && carriesAbove(services.esTreeNodeToTSNodeMap.get(node))) {
          if (isExecutorReject(services.esTreeNodeToTSNodeMap.get(callee)) && !makesError(value))
            check(value, 'the `reject()` of a `new Promise` executor');
        }
      },
      ThrowStatement(node) {
        // `throw new Error(…)` is checked where the error is made.
        if (makesError(node.argument)) return;
        check(node.argument, 'a thrown value');
      },
    };
  },
});
