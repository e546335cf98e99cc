import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { isAbove, type Level } from '../analysis/levels.js';
import { analyzerFor } from '../analysis/program.js';
import { strongest, type Carried } from '../analysis/taint.js';
import { createRule } from '../util/createRule.js';
import { levelSchema } from '../util/options.js';
import { typedServices } from '../util/services.js';

export type Options = [{ maxLevel?: Level }];
export type MessageIds = 'classifiedInError';

export default createRule<Options, MessageIds>({
  name: 'no-classified-in-error',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow classified data above `maxLevel` in error messages, causes and thrown values: errors end up in logs and error trackers',
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
        properties: { maxLevel: levelSchema("The highest level an error may hold. Default `'confidential'`, as for logging.") },
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
    const errorTypes = new Map<ts.Type, boolean>();

    /** Whether a type is `Error` from the lib, or a class that extends it. */
    const isError = (type: ts.Type, depth = 0): boolean => {
      const known = errorTypes.get(type);
      if (known !== undefined) return known;
      let result = false;
      const symbol = type.getSymbol();
      const decl = symbol?.declarations?.[0];
      if (symbol?.getName() === 'Error' && decl && program.isSourceFileDefaultLibrary(decl.getSourceFile())) result = true;
      else if (depth < 10 && type.isClassOrInterface()) result = checker.getBaseTypes(type).some((base) => isError(base, depth + 1));
      errorTypes.set(type, result);
      return result;
    };

    const check = (node: TSESTree.Node, where: string) => {
      const expr = services.esTreeNodeToTSNodeMap.get(node) as ts.Expression;
      const carried = strongest(analyzer.carried(expr).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel)));
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
      (call.arguments ?? []).some((a) => analyzer.carried(a).some((c) => c.kind === 'data' && isAbove(c.level, maxLevel)));

    const checkErrorConstruction = (node: TSESTree.NewExpression | TSESTree.CallExpression) => {
      if (node.arguments.length === 0) return false;
      const call = services.esTreeNodeToTSNodeMap.get(node) as ts.NewExpression | ts.CallExpression;
      // Cheap first: most calls carry nothing classified, and then their type is never asked.
      if (!carriesAbove(call)) return false;
      const type = checker.getTypeAtLocation(call);
      if (!isError(type)) return false;
      const name = call.expression.getText();
      node.arguments.forEach((arg, i) => check(arg, i === 0 ? `the message of \`${name}\`` : `the options (\`cause\`) of \`${name}\``));
      return true;
    };

    return {
      NewExpression: checkErrorConstruction,
      CallExpression(node) {
        if (checkErrorConstruction(node)) return;
        // Promise.reject(value)
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && callee.property.name === 'reject' && node.arguments[0]) {
          const symbol = checker.getSymbolAtLocation(services.esTreeNodeToTSNodeMap.get(callee.property));
          const decl = symbol?.declarations?.[0];
          if (decl && program.isSourceFileDefaultLibrary(decl.getSourceFile())) check(node.arguments[0], '`Promise.reject()`');
        }
      },
      ThrowStatement(node) {
        const arg = node.argument;
        // `throw new Error(…)` is checked where the error is made.
        if (arg.type === AST_NODE_TYPES.NewExpression || arg.type === AST_NODE_TYPES.CallExpression) {
          const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(arg));
          if (isError(type)) return;
        }
        check(arg, 'a thrown value');
      },
    };
  },
});
