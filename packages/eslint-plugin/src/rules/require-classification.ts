import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { zodOutputType } from '../analysis/core.js';
import { analyzerFor } from '../analysis/program.js';
import { matchSensitiveName, sensitiveNames, type NameMatch, type SensitiveName } from '../discovery/names.js';
import { createRule } from '../util/createRule.js';
import { levelSchema } from '../util/options.js';
import { typedServices } from '../util/services.js';

export type Options = [{ names?: { add?: SensitiveName[]; remove?: string[] } }];
export type MessageIds = 'unclassified' | 'suggestClassify';

const LEVEL_TYPE: Readonly<Record<string, string>> = {
  restricted: 'Restricted',
  confidential: 'Confidential',
  internal: 'Internal',
};
const ZOD_OBJECT_METHODS: ReadonlySet<string> = new Set([
  'object',
  'strictObject',
  'looseObject',
  'extend',
  'safeExtend',
  'interface',
]);
const LEVELS: readonly string[] = ['public', 'internal', 'confidential', 'restricted'];

/** The names list with the user's additions and removals; checks the option, naming the entry at fault. */
function namesFrom(option: Options[0]['names']): readonly SensitiveName[] {
  const remove = new Set(option?.remove ?? []);
  for (const key of remove) {
    if (!sensitiveNames.some((n) => n.key === key)) {
      throw new Error(
        `@classified/require-classification: option \`names.remove\` names ${JSON.stringify(key)}, which is not in the list (${sensitiveNames.map((n) => n.key).join(', ')}).`,
      );
    }
  }
  (option?.add ?? []).forEach((entry, i) => {
    if (
      !Array.isArray(entry.words) ||
      entry.words.length === 0 ||
      !LEVELS.includes(entry.level) ||
      typeof entry.category !== 'string' ||
      typeof entry.key !== 'string'
    ) {
      throw new Error(
        `@classified/require-classification: option \`names.add[${i}]\` must be { key, words: ['…'], level: 'restricted' | 'confidential' | 'internal', category }.`,
      );
    }
  });
  return [
    ...(option?.add ?? []).map((e) => ({ ...e, words: e.words.map((w) => w.toLowerCase()) })),
    ...sensitiveNames.filter((n) => !remove.has(n.key)),
  ];
}

/** The kind of value a type holds, for the name check: text, a number or date, or something else. */
function valueKind(type: ts.Type, checker: ts.TypeChecker): 'text' | 'number' | 'other' | 'skip' {
  const parts = (type.isUnion() ? type.types : [type]).filter(
    (t) => !(t.getFlags() & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)),
  );
  if (parts.length === 0) return 'skip';
  const kinds = new Set(
    parts.map((t) => {
      const f = t.getFlags();
      if (f & ts.TypeFlags.BooleanLike) return 'skip';
      // A literal or an enum: a closed set of values (`status: 'invited' | 'joined'`) names no person.
      if (
        f &
        (ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.EnumLike | ts.TypeFlags.TemplateLiteral)
      )
        return 'skip';
      if (f & ts.TypeFlags.String) return 'text';
      if (f & (ts.TypeFlags.Number | ts.TypeFlags.BigInt)) return 'number';
      if (t.getSymbol()?.getName() === 'Date') return 'number';
      if (checker.isArrayType(t)) {
        const element = checker.getTypeArguments(t as ts.TypeReference)[0];
        return element ? valueKind(element, checker) : 'other';
      }
      return 'other';
    }),
  );
  if (kinds.has('skip')) return 'skip';
  if (kinds.has('other')) return 'other';
  return kinds.has('text') ? 'text' : 'number';
}

function nameText(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))
    return name.text.replace(/^#/, '');
  return undefined;
}

export default createRule<Options, MessageIds>({
  name: 'require-classification',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require a classification on fields whose names say they hold personal data, credentials or payment data',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      unclassified:
        '`{{field}}` is named like {{what}} data but has no classification. Classify it {{level}}{{category}} where it is defined, so the rules can follow it.',
      suggestClassify: 'Classify it: `{{replacement}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          names: {
            description:
              'Changes to the list of sensitive names: `add` entries ({ key, words, level, category, numeric? }) and `remove` built-in entries by key.',
            type: 'object',
            additionalProperties: false,
            properties: {
              add: {
                description:
                  "Entries to add: `{ key, words: ['loyalty number'], level, category, numeric? }`; words are matched word by word.",
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['key', 'words', 'level', 'category'],
                  properties: {
                    key: { description: 'A name for the entry (what `remove` names).', type: 'string', minLength: 1 },
                    words: {
                      description: 'The words that make a field name match, each matched word by word.',
                      type: 'array',
                      items: { type: 'string', minLength: 1 },
                    },
                    level: levelSchema('The level a matching field is suggested.'),
                    category: {
                      description: 'The category a matching field is suggested.',
                      type: 'string',
                      minLength: 1,
                    },
                    notAfter: {
                      description:
                        'Words that, right before the name, make it something else (`ipAddress` is no postal address).',
                      type: 'array',
                      items: { type: 'string', minLength: 1 },
                    },
                    numeric: {
                      description: 'Whether a number names it too (a card number, a salary); otherwise only text does.',
                      type: 'boolean',
                    },
                  },
                },
              },
              remove: {
                description: 'Keys of built-in entries to remove, such as `location`.',
                type: 'array',
                items: { type: 'string', minLength: 1 },
              },
            },
          },
        },
      },
    ],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const services = typedServices(context, 'require-classification');
    if (!services) return {};
    const program = services.program;
    const checker = program.getTypeChecker();
    const { brands } = analyzerFor(program);
    const names = namesFrom(options.names);
    const source = context.sourceCode;

    const importFix = (
      fixer: TSESLint.RuleFixer,
      module: string,
      name: string,
      typeOnly: boolean,
    ): TSESLint.RuleFix[] => {
      const existing = source.ast.body.find(
        (s): s is TSESTree.ImportDeclaration =>
          s.type === AST_NODE_TYPES.ImportDeclaration &&
          s.source.value === module &&
          (s.importKind === 'type') === typeOnly,
      );
      const any = source.ast.body.some(
        (s) =>
          s.type === AST_NODE_TYPES.ImportDeclaration &&
          s.source.value === module &&
          s.specifiers.some((sp) => sp.type === AST_NODE_TYPES.ImportSpecifier && sp.local.name === name),
      );
      if (any) return [];
      const named = existing?.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier) ?? [];
      const last = named[named.length - 1];
      if (last) return [fixer.insertTextAfter(last, `, ${name}`)];
      return [fixer.insertTextBeforeRange([0, 0], `import ${typeOnly ? 'type ' : ''}{ ${name} } from '${module}';\n`)];
    };

    const report = (
      node: TSESTree.Node,
      field: string,
      match: NameMatch,
      replace: { target: TSESTree.Node; text: string; module: string; name: string; typeOnly: boolean; shown?: string },
    ) => {
      const { entry } = match;
      const category = match.hashed ? 'credential' : entry.category;
      const level = entry.level;
      context.report({
        node,
        messageId: 'unclassified',
        data: { field, what: match.hashed ? 'a hashed credential' : `${category}`, level, category: ` (${category})` },
        suggest: [
          {
            messageId: 'suggestClassify',
            data: { replacement: replace.shown ?? replace.text },
            fix: (fixer) => [
              fixer.replaceText(replace.target, replace.text),
              ...importFix(fixer, replace.module, replace.name, replace.typeOnly),
            ],
          },
        ],
      });
    };

    const matchFor = (name: string, type: ts.Type): NameMatch | undefined => {
      const match = matchSensitiveName(name, names);
      if (!match) return undefined;
      const kind = valueKind(type, checker);
      if (kind === 'skip' || kind === 'other') return undefined;
      if (kind === 'number' && !match.entry.numeric && !match.hashed) return undefined;
      return brands.classify(type) ? undefined : match;
    };

    /** A typed member: an interface or type-literal property, or a class property. */
    const checkTypedMember = (node: TSESTree.TSPropertySignature | TSESTree.PropertyDefinition) => {
      if (node.computed || (!node.typeAnnotation && !(node.type === AST_NODE_TYPES.PropertyDefinition && node.value)))
        return;
      const tsNode = services.esTreeNodeToTSNodeMap.get(node) as ts.PropertySignature | ts.PropertyDeclaration;
      const field = nameText(tsNode.name);
      if (field === undefined) return;
      // Cheap first: the name, then the type.
      if (!matchSensitiveName(field, names)) return;
      const type = checker.getTypeAtLocation(tsNode.name);
      const match = matchFor(field, checker.getNonNullableType(type));
      if (!match) return;
      const wrapper = LEVEL_TYPE[match.entry.level] ?? 'Restricted';
      const category = match.hashed ? 'credential' : match.entry.category;
      if (!node.typeAnnotation) {
        // `iban = ''`: the suggestion writes the inferred type, classified.
        const text = `${wrapper}<${checker.typeToString(checker.getBaseTypeOfLiteralType(type))}, '${category}'>`;
        report(node.key, field, match, {
          target: node.key,
          text: `${field}: ${text}`,
          module: '@classified/core',
          name: wrapper,
          typeOnly: true,
          shown: text,
        });
        return;
      }
      const annotation = node.typeAnnotation.typeAnnotation;
      const inner = annotation.type === AST_NODE_TYPES.TSArrayType ? annotation.elementType : annotation;
      const text = `${wrapper}<${source.getText(inner)}, '${category}'>`;
      report(node.key, field, match, {
        target: inner,
        text,
        module: '@classified/core',
        name: wrapper,
        typeOnly: true,
      });
    };

    /** Whether an object literal is the shape of a zod object schema (`z.object({ … })`, `.extend({ … })`). */
    const isZodShape = (node: TSESTree.ObjectExpression): boolean => {
      const call = node.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node) return false;
      const callee = call.callee;
      if (
        callee.type !== AST_NODE_TYPES.MemberExpression ||
        callee.property.type !== AST_NODE_TYPES.Identifier ||
        !ZOD_OBJECT_METHODS.has(callee.property.name)
      )
        return false;
      const tsCall = services.esTreeNodeToTSNodeMap.get(call);
      const symbol = checker.getSymbolAtLocation((tsCall.expression as ts.PropertyAccessExpression).name);
      const decl = symbol?.declarations?.[0];
      return decl !== undefined && /[\\/]node_modules[\\/]zod[\\/]/.test(decl.getSourceFile().fileName);
    };

    return {
      TSPropertySignature: checkTypedMember,
      PropertyDefinition: checkTypedMember,
      ObjectExpression(node) {
        if (!isZodShape(node)) return;
        for (const property of node.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed || property.shorthand) continue;
          const key = property.key;
          const field =
            key.type === AST_NODE_TYPES.Identifier
              ? key.name
              : key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string'
                ? key.value
                : undefined;
          if (field === undefined || !matchSensitiveName(field, names)) continue;
          const value = services.esTreeNodeToTSNodeMap.get(property.value) as ts.Expression;
          // The field's inferred type: the schema's `_output`.
          const output = zodOutputType(checker.getTypeAtLocation(value), checker);
          if (!output) continue;
          const match = matchFor(field, checker.getNonNullableType(output));
          if (!match) continue;
          const level =
            match.entry.level === 'confidential'
              ? 'confidential'
              : match.entry.level === 'internal'
                ? 'internal'
                : 'restricted';
          const category = match.hashed ? 'credential' : match.entry.category;
          const text = `${level}(${source.getText(property.value)}, { category: '${category}' })`;
          report(key, field, match, {
            target: property.value,
            text,
            module: '@classified/zod',
            name: level,
            typeOnly: false,
          });
        }
      },
    };
  },
});
