import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { coreModuleOf } from '../analysis/core.js';
import { MetadataSerializer } from '../analysis/metadata.js';
import { brandsFor } from '../analysis/program.js';
import { createRule } from '../util/createRule.js';
import { typedServices } from '../util/services.js';

export type Options = [];
export type MessageIds = 'metadataChanges' | 'suggestShape';

/** The level aliases of @classified/core that have per-shape members (`Restricted.String<…>`). */
const LEVEL_ALIASES = new Set(['Public', 'Internal', 'Confidential', 'Restricted']);

/** The per-shape member for a base type written as a keyword or `Date`. */
function shapeOf(node: ts.TypeNode): string | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return 'String';
    case ts.SyntaxKind.NumberKeyword:
      return 'Number';
    case ts.SyntaxKind.BooleanKeyword:
      return 'Boolean';
    case ts.SyntaxKind.BigIntKeyword:
      return 'BigInt';
    default:
      return ts.isTypeReferenceNode(node) &&
        ts.isIdentifier(node.typeName) &&
        node.typeName.text === 'Date' &&
        !node.typeArguments
        ? 'Date'
        : undefined;
  }
}

export default createRule<Options, MessageIds>({
  name: 'no-metadata-changing-annotation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow classified annotations that change the `design:type` metadata of decorated class members',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      metadataChanges:
        "With `emitDecoratorMetadata`, `{{annotation}}` writes `{{actual}}` as this {{what}}'s `{{key}}` where the unclassified type writes `{{plain}}`: TypeORM, Mongoose, Swagger, class-validator and class-transformer read it. {{fix}}",
      suggestShape: 'Write `{{replacement}}`: the same type, and the same metadata.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = typedServices(context, 'no-metadata-changing-annotation');
    if (!services) return {};
    const program = services.program;
    // Cheap first: without emitDecoratorMetadata no annotation reaches the runtime.
    if (!program.getCompilerOptions().emitDecoratorMetadata) return {};
    const checker = program.getTypeChecker();
    const brands = brandsFor(program);
    const serializer = new MetadataSerializer(checker, brands);

    /** The per-shape replacement for a core level alias written generically (`Restricted<string, 'pii'>`). */
    const replacementFor = (
      node: ts.TypeNode,
    ): { range: ts.TypeReferenceNode; text: string; valueImportNeeded: boolean } | undefined => {
      if (!ts.isTypeReferenceNode(node)) {
        // `Restricted<string, 'pii'> | undefined` and friends: the first replaceable member.
        if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
          for (const t of node.types) {
            const found = replacementFor(t);
            if (found) return found;
          }
        }
        return undefined;
      }
      const [base, ...rest] = node.typeArguments ?? [];
      if (!base || !ts.isIdentifier(node.typeName) || rest.length > 1) return undefined;
      const symbol = checker.getSymbolAtLocation(node.typeName);
      const target = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
      const decl = target?.declarations?.find(ts.isTypeAliasDeclaration);
      if (
        !target ||
        !decl ||
        !LEVEL_ALIASES.has(target.getName()) ||
        coreModuleOf(decl.getSourceFile()) !== 'classified'
      )
        return undefined;
      const shape = shapeOf(base);
      if (!shape) return undefined;
      const category = rest[0] ? `<${rest[0].getText()}>` : '';
      return { range: node, text: `${node.typeName.text}.${shape}${category}`, valueImportNeeded: shape === 'Date' };
    };

    const check = (annotation: TSESTree.TypeNode | undefined, what: string, key: string) => {
      if (!annotation) return;
      const node = services.esTreeNodeToTSNodeMap.get(annotation) as ts.TypeNode;
      // Only annotations that hold a brand can differ.
      if (!brands.classify(checker.getTypeFromTypeNode(node))) return;
      const actual = serializer.actual(node);
      const plain = serializer.plain(node);
      if (actual.key === plain.key) return;
      const replacement = replacementFor(node);
      const typeOnly = actual.text === 'Function' && plain.key.startsWith('new ');
      const fix = replacement
        ? `Write \`${replacement.text}\`${replacement.valueImportNeeded ? `, imported as a value (not \`import type\`)` : ''}, which keeps it.`
        : typeOnly
          ? 'Import it as a value (not `import type`): the metadata names its constant, which is the constructor at runtime.'
          : 'Use a per-shape alias (`Restricted.String<…>`, `Restricted.Date<…>`) or a non-generic alias, which keep it (docs/frameworks.md).';
      context.report({
        node: annotation,
        messageId: 'metadataChanges',
        data: { annotation: node.getText(), actual: actual.text, plain: plain.text, what, key, fix },
        suggest: replacement
          ? [
              {
                messageId: 'suggestShape' as const,
                data: { replacement: replacement.text },
                fix: (fixer: TSESLint.RuleFixer) =>
                  fixer.replaceTextRange([replacement.range.getStart(), replacement.range.getEnd()], replacement.text),
              },
            ]
          : [],
      });
    };

    const decorated = (node: { decorators?: TSESTree.Decorator[] }) => (node.decorators?.length ?? 0) > 0;
    const paramType = (param: TSESTree.Parameter): TSESTree.TypeNode | undefined => {
      const inner = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
      const target = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.left : inner;
      return 'typeAnnotation' in target ? target.typeAnnotation?.typeAnnotation : undefined;
    };
    const checkParams = (fn: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression) => {
      for (const param of fn.params) check(paramType(param), 'parameter', 'design:paramtypes');
    };

    return {
      PropertyDefinition(node) {
        if (decorated(node)) check(node.typeAnnotation?.typeAnnotation, 'property', 'design:type');
      },
      AccessorProperty(node) {
        if (decorated(node)) check(node.typeAnnotation?.typeAnnotation, 'property', 'design:type');
      },
      MethodDefinition(node) {
        const fn = node.value;
        const paramsDecorated = fn.params.some((p) => decorated(p));
        if (node.kind === 'constructor') {
          // A decorated class gets `design:paramtypes` for its constructor (NestJS injection reads it).
          const cls = node.parent.parent;
          if (
            (cls.type === AST_NODE_TYPES.ClassDeclaration || cls.type === AST_NODE_TYPES.ClassExpression) &&
            (decorated(cls) || paramsDecorated)
          )
            checkParams(fn);
          return;
        }
        if (node.kind === 'get' || node.kind === 'set') {
          if (!decorated(node)) return;
          check(
            node.kind === 'get' ? fn.returnType?.typeAnnotation : paramType(fn.params[0]!),
            'accessor',
            'design:type',
          );
          return;
        }
        if (decorated(node) || paramsDecorated) checkParams(fn);
        if (decorated(node)) check(fn.returnType?.typeAnnotation, 'method', 'design:returntype');
      },
    };
  },
});
