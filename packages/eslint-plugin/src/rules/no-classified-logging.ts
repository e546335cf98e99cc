import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import ts from '../util/ts.cjs';
import { brandsFor } from '../analysis/program.js';
import {
  classifiedFieldOf,
  isEnvironmentGuarded,
  isQueryLoggingOptionName,
  loggingValueOn,
  queryLoggingSpecOf,
} from '../analysis/queryLogging.js';
import {
  sinkRuleListeners,
  sinkRuleSchemaProperties,
  suggestionMessages,
  type SinkMessageIds,
  type SinkRuleOptions,
  type SinkRuleSetup,
} from './sinkRule.js';
import { loggingSinks } from '../sinks/logging.js';
import { createRule } from '../util/createRule.js';
import { booleanSchema, stringsSchema } from '../util/options.js';
import { typedServices } from '../util/services.js';

export type Options = [SinkRuleOptions & { readonly checkQueryLogging?: boolean }];
export type MessageIds = SinkMessageIds | 'queryLogging';

/** What the rule checks: its catalog, default level and fallback (shared with `classified flows`). */
export const loggingSetup: SinkRuleSetup = {
  rule: 'no-classified-logging',
  catalog: loggingSinks,
  untypedFallback: true,
  defaultMaxLevel: 'confidential',
  fix: 'Mask it, or declassify it with a reason.',
};

export default createRule<Options, MessageIds>({
  name: 'no-classified-logging',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow classified data above `maxLevel` in logger calls, and ORM query logging where the program stores classified data',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      classified: '{{paths}}: {{level}}{{category}} data reaches the logger `{{sink}}`{{via}}. {{fix}}',
      queryLogging:
        "`{{option}}: {{value}}` makes {{orm}} log every query with its parameters, and this program stores classified data (`{{field}}`): the values reach the log. Log errors only, or choose it by an environment check (`process.env.NODE_ENV !== 'production'`).",
      ...suggestionMessages,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...sinkRuleSchemaProperties('confidential'),
          checkUntypedLoggers: booleanSchema(
            'Also treat calls on untyped (`any`) receivers named like loggers (`untypedLoggerNames`) as logger calls. Default `true`.',
          ),
          untypedLoggerNames: stringsSchema(
            'The receiver names `checkUntypedLoggers` recognises. Default `["logger", "log"]`.',
          ),
          checkQueryLogging: booleanSchema(
            'Report ORM options that log every query with its parameters (TypeORM `logging`, Sequelize `logging`/`logQueryParameters`, Knex `debug`, Prisma `log`) when the program declares a classified field. Default `true`.',
          ),
        },
      },
    ],
  },
  defaultOptions: [
    {
      maxLevel: 'confidential',
      checkUntypedLoggers: true,
      untypedLoggerNames: ['logger', 'log'],
      checkQueryLogging: true,
    },
  ],
  create(context, [options]) {
    const { checkQueryLogging, ...sinkOptions } = options;
    const listeners = sinkRuleListeners(context, sinkOptions, loggingSetup);
    if (!(checkQueryLogging ?? true)) return listeners;
    const services = typedServices(context, 'no-classified-logging');
    if (!services) return listeners;
    const program = services.program;
    const checker = program.getTypeChecker();
    return {
      ...listeners,
      Property(node: TSESTree.Property) {
        // Cheap first: the option's name, then its value as written, then the declaring package.
        if (node.computed || node.key.type !== AST_NODE_TYPES.Identifier || !isQueryLoggingOptionName(node.key.name))
          return;
        const property = services.esTreeNodeToTSNodeMap.get(node);
        if (!ts.isPropertyAssignment(property)) return;
        const spec = queryLoggingSpecOf(property, program, checker);
        if (!spec) return;
        const on = loggingValueOn(property.initializer, spec, checker);
        if (!on || isEnvironmentGuarded(property)) return;
        const field = classifiedFieldOf(program, checker, brandsFor(program), options.maxLevel ?? 'confidential');
        if (field === undefined) return;
        const value = on.getText();
        context.report({
          node: node.value,
          messageId: 'queryLogging',
          data: {
            option: spec.option,
            value: value.length > 30 ? `${value.slice(0, 29)}…` : value,
            orm: spec.label,
            field,
          },
        });
      },
    };
  },
});
