import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { coreCallee } from '../analysis/core.js';
import { analyzerFor } from '../analysis/program.js';
import { isAbove, LEVELS, type Level } from '../analysis/levels.js';
import { createRule } from '../util/createRule.js';
import {
  DEFAULT_MIN_LENGTH,
  DEFAULT_PLACEHOLDERS,
  reasonPolicy,
  reasonPolicySchema,
  type ReasonPolicyOptions,
} from '../util/reasonPolicy.js';
import { typedServices } from '../util/services.js';

export type Options = [ReasonPolicyOptions];
export type MessageIds = 'missingReason' | 'notStatic' | 'tooShort' | 'placeholder' | 'patternMismatch';

export { DEFAULT_PLACEHOLDERS };

/** The calls that release data, and the position of their reason. */
const REASON_INDEX: Readonly<Record<string, number>> = { declassify: 1, reclassify: 2, unseal: 1 };

/** The static text of a reason: a string literal or a template without expressions. */
export function staticReason(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  let e = node;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text : undefined;
}

/** Whether `reclassify(value, level, …)` lowers the level, or cannot be shown not to. */
function lowers(call: ts.CallExpression, checker: ts.TypeChecker, detect: (t: ts.Type) => Level | undefined): boolean {
  const [value, levelArg] = call.arguments;
  if (!value || !levelArg) return true;
  const target = staticReason(levelArg);
  if (target === undefined || !(LEVELS as readonly string[]).includes(target)) return true;
  const current = detect(checker.getTypeAtLocation(value)) ?? 'public';
  return isAbove(current, target as Level);
}

export default createRule<Options, MessageIds>({
  name: 'require-declassify-reason',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a static, meaningful reason for `declassify`, lowering `reclassify` and `unseal`',
      requiresTypeChecking: true,
    },
    messages: {
      missingReason: '`{{fn}}()` needs a reason: say, in a string literal, why this data may leave its classification.',
      notStatic:
        'The reason of `{{fn}}()` must be a string literal (or a template without expressions), so that the exceptions register can read it.',
      tooShort:
        'The reason of `{{fn}}()` is {{length}} characters long; write at least {{minLength}} that say why this data may leave its classification.',
      placeholder:
        'The reason of `{{fn}}()` is a placeholder (`{{placeholder}}`). Say why this data may leave its classification.',
      patternMismatch: 'The reason of `{{fn}}()` must match `{{pattern}}` (for example a ticket id).',
    },
    schema: [reasonPolicySchema],
  },
  defaultOptions: [{ minLength: DEFAULT_MIN_LENGTH, placeholders: DEFAULT_PLACEHOLDERS }],
  create(context, [options]) {
    const services = typedServices(context, 'require-declassify-reason');
    if (!services) return {};
    const checker = services.program.getTypeChecker();
    const analyzer = analyzerFor(services.program);
    const check = reasonPolicy(options);
    // Cheap first: only calls named like the three functions (or local aliases of their imports)
    // have their callee resolved.
    const names = new Set(Object.keys(REASON_INDEX));
    const sourceFile = services.program.getSourceFile(context.filename);
    for (const statement of sourceFile?.statements ?? []) {
      if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings)) continue;
      for (const element of bindings.elements) {
        if (REASON_INDEX[(element.propertyName ?? element.name).text] !== undefined) names.add(element.name.text);
      }
    }
    return {
      CallExpression(node) {
        const callee = node.callee;
        const name =
          callee.type === AST_NODE_TYPES.Identifier
            ? callee.name
            : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
              ? callee.property.name
              : undefined;
        if (name === undefined || !names.has(name)) return;
        const call = services.esTreeNodeToTSNodeMap.get(node);
        const core = coreCallee(call, checker);
        if (!core) return;
        const index = REASON_INDEX[core.name];
        if (
          index === undefined ||
          (core.name === 'declassify' && core.module !== 'classify') ||
          (core.name === 'unseal' && core.module !== 'seal')
        )
          return;
        if (core.name === 'reclassify' && !lowers(call, checker, (t) => analyzer.brands.classify(t)?.level)) return;
        const fn = core.name;
        const reasonNode = node.arguments[index];
        if (!reasonNode) {
          context.report({ node, messageId: 'missingReason', data: { fn } });
          return;
        }
        const text = staticReason(call.arguments[index]);
        if (text === undefined) {
          context.report({ node: reasonNode, messageId: 'notStatic', data: { fn } });
          return;
        }
        const problem = check(text);
        if (problem?.problem === 'placeholder')
          context.report({
            node: reasonNode,
            messageId: 'placeholder',
            data: { fn, placeholder: problem.placeholder },
          });
        else if (problem?.problem === 'tooShort')
          context.report({
            node: reasonNode,
            messageId: 'tooShort',
            data: { fn, length: problem.length, minLength: problem.minLength },
          });
        else if (problem?.problem === 'patternMismatch')
          context.report({ node: reasonNode, messageId: 'patternMismatch', data: { fn, pattern: problem.pattern } });
      },
    };
  },
});
