import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { isAbove, rank, type Level } from '../analysis/levels.js';
import { analyzerFor } from '../analysis/program.js';
import { textOf } from '../analysis/taint.js';
import { calleeCandidates, specMatches } from '../sinks/match.js';
import { createRule } from '../util/createRule.js';
import { typedServices } from '../util/services.js';

export type Options = [];
export type MessageIds = 'castLowers' | 'anyHoldsClassified' | 'inferLowers';

export default createRule<Options, MessageIds>({
  name: 'no-classification-cast',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow type assertions and `any` annotations that erase a classification',
      requiresTypeChecking: true,
    },
    messages: {
      castLowers:
        '`{{expr}}` is {{level}} data; the assertion to `{{target}}` makes it {{targetLevel}}, so the sink rules no longer see it. Declassify it with a reason, or keep the brand in the target type.',
      inferLowers:
        '`{{expr}}` reads `{{path}}`, which is {{level}}{{category}}, but infers its result from where it is used (`{{target}}`) and returns it unclassified, so the sink rules no longer see it. Inject the typed namespace (`ConfigType<typeof config>`) and read the property, or keep the brand in the target type.',
      anyHoldsClassified:
        '`{{name}}` is declared `any` and holds {{level}} data (`{{expr}}`): the classification is lost. Give it a classified type, or declassify the value with a reason.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = typedServices(context, 'no-classification-cast');
    if (!services) return {};
    const checker = services.program.getTypeChecker();
    const { brands } = analyzerFor(services.program);
    const levelOf = (type: ts.Type): Level => brands.classify(type)?.level ?? 'public';
    const tsNode = <T extends ts.Node>(node: TSESTree.Node) => services.esTreeNodeToTSNodeMap.get(node) as unknown as T;

    const checkAssertion = (node: TSESTree.TSAsExpression | TSESTree.TSTypeAssertion) => {
      // `as const` keeps the value as it is.
      if (
        node.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
        node.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
        node.typeAnnotation.typeName.name === 'const'
      )
        return;
      const assertion = tsNode<ts.AsExpression | ts.TypeAssertion>(node);
      const from = levelOf(checker.getTypeAtLocation(assertion.expression));
      if (from === 'public') return;
      const to = levelOf(checker.getTypeFromTypeNode(assertion.type));
      if (rank(to) >= rank(from)) return;
      context.report({
        node,
        messageId: 'castLowers',
        data: {
          expr: textOf(assertion.expression),
          level: from,
          target: textOf(assertion.type),
          targetLevel: to === 'public' ? 'unclassified' : to,
        },
      });
    };

    const isExplicitAny = (annotation: TSESTree.TSTypeAnnotation | undefined) =>
      annotation?.typeAnnotation.type === AST_NODE_TYPES.TSAnyKeyword;
    const checkValue = (name: string, value: TSESTree.Expression | null | undefined) => {
      if (!value) return;
      const expr = tsNode<ts.Expression>(value);
      const level = levelOf(checker.getTypeAtLocation(expr));
      if (!isAbove(level, 'public')) return;
      context.report({ node: value, messageId: 'anyHoldsClassified', data: { name, level, expr: textOf(expr) } });
    };

    /** Whether an assignment target was declared `any` by the project itself. */
    const targetDeclaredAny = (target: TSESTree.Node): string | undefined => {
      const node = tsNode<ts.Node>(target);
      const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(node) ? node.name : node);
      const decl = symbol?.valueDeclaration;
      if (!decl || decl.getSourceFile().isDeclarationFile) return undefined;
      const type = (decl as ts.VariableDeclaration | ts.PropertyDeclaration | ts.ParameterDeclaration).type;
      return type?.kind === ts.SyntaxKind.AnyKeyword ? symbol.getName() : undefined;
    };

    // NestJS `ConfigService.get(path, { infer: true })` infers its result type from the call's
    // context: read into a `string` slot, a Restricted value comes back as `string`.
    const INFERRING = {
      from: 'package',
      package: '@nestjs/config',
      name: ['ConfigService.get', 'ConfigService.getOrThrow'],
    } as const;
    const checkInferredRead = (node: TSESTree.CallExpression) => {
      const callee = node.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return;
      if (callee.property.name !== 'get' && callee.property.name !== 'getOrThrow') return;
      const [first] = node.arguments;
      if (first?.type !== AST_NODE_TYPES.Literal || typeof first.value !== 'string') return;
      const call = tsNode<ts.CallExpression>(node);
      if (
        !specMatches(
          INFERRING,
          calleeCandidates(call.expression, services.program, checker),
          services.program.getCurrentDirectory(),
        )
      )
        return;
      // What the path holds in the config type the service was declared with (`ConfigService<Env, true>`).
      const receiver = checker.getTypeAtLocation((call.expression as ts.PropertyAccessExpression).expression);
      const [config] =
        receiver.getFlags() & ts.TypeFlags.Object ? checker.getTypeArguments(receiver as ts.TypeReference) : [];
      if (!config) return;
      let value: ts.Type | undefined = config;
      for (const key of first.value.split('.')) {
        const property: ts.Symbol | undefined = value && checker.getNonNullableType(value).getProperty(key);
        value = property && checker.getTypeOfSymbol(property);
        if (!value) return;
      }
      const declared = brands.classify(value);
      if (!declared || !isAbove(declared.level, 'public')) return;
      const returned = levelOf(checker.getTypeAtLocation(call));
      if (rank(returned) >= rank(declared.level)) return;
      const contextual = checker.getContextualType(call);
      context.report({
        node,
        messageId: 'inferLowers',
        data: {
          expr: textOf(call),
          path: first.value,
          level: declared.level,
          category: declared.categories.length > 0 ? ` (${declared.categories.join(', ')})` : '',
          target: contextual ? checker.typeToString(contextual) : checker.typeToString(checker.getTypeAtLocation(call)),
        },
      });
    };

    return {
      CallExpression: checkInferredRead,
      TSAsExpression: checkAssertion,
      TSTypeAssertion: checkAssertion,
      VariableDeclarator(node) {
        if (node.id.type === AST_NODE_TYPES.Identifier && isExplicitAny(node.id.typeAnnotation))
          checkValue(node.id.name, node.init);
      },
      PropertyDefinition(node) {
        if (isExplicitAny(node.typeAnnotation) && node.key.type === AST_NODE_TYPES.Identifier)
          checkValue(node.key.name, node.value);
      },
      AssignmentExpression(node) {
        if (node.operator !== '=') return;
        const name = targetDeclaredAny(node.left);
        if (name !== undefined) checkValue(name, node.right);
      },
    };
  },
});
