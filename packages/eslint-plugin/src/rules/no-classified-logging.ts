import { sinkRuleListeners, sinkRuleSchemaProperties, suggestionMessages, type SinkMessageIds, type SinkRuleOptions, type SinkRuleSetup } from '../analysis/sinkRule.js';
import { loggingSinks } from '../sinks/logging.js';
import { createRule } from '../util/createRule.js';
import { described } from '../util/options.js';

export type Options = [SinkRuleOptions];
export type MessageIds = SinkMessageIds;

/** What the rule checks: its catalog, default level and fallback (shared with `classified flows`). */
export const loggingSetup: SinkRuleSetup = { rule: 'no-classified-logging', catalog: loggingSinks, untypedFallback: true, defaultMaxLevel: 'confidential', fix: 'Mask it, or declassify it with a reason.' };

export default createRule<Options, MessageIds>({
  name: 'no-classified-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow classified data above `maxLevel` in logger calls',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      classified: '{{paths}}: {{level}}{{category}} data reaches the logger `{{sink}}`{{via}}. {{fix}}',
      ...suggestionMessages,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...sinkRuleSchemaProperties('confidential'),
          checkUntypedLoggers: described('Also treat calls on untyped (`any`) receivers named like loggers (`untypedLoggerNames`) as logger calls: true or false.'),
          untypedLoggerNames: described('The receiver names `checkUntypedLoggers` recognises (an array of strings). Default `["logger", "log"]`.'),
        },
      },
    ],
  },
  defaultOptions: [{ maxLevel: 'confidential', checkUntypedLoggers: true, untypedLoggerNames: ['logger', 'log'] }],
  create(context, [options]) {
    return sinkRuleListeners(context, options, loggingSetup);
  },
});
