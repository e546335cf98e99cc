import {
  sinkRuleListeners,
  sinkRuleSchemaProperties,
  suggestionMessages,
  type SinkMessageIds,
  type SinkRuleOptions,
  type SinkRuleSetup,
} from './sinkRule.js';
import { nestRouteHandler, serializedLeaves } from '../analysis/nest.js';
import { exportSinks } from '../sinks/export.js';
import { createRule } from '../util/createRule.js';

export type Options = [SinkRuleOptions];
export type MessageIds = SinkMessageIds;

/** What the rule checks: its catalog, default level and fallback (shared with `classified flows`). */
export const exportSetup: SinkRuleSetup = {
  rule: 'no-classified-export',
  catalog: exportSinks,
  untypedFallback: false,
  defaultMaxLevel: 'confidential',
  fix: 'Mask it, or declassify it with a reason.',
  // A NestJS route handler's return value is the response; `@Exclude()` fields are left out of it.
  returnSink: nestRouteHandler,
  returnedLeaves: serializedLeaves,
};

export default createRule<Options, MessageIds>({
  name: 'no-classified-export',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow classified data above `maxLevel` in files, HTTP responses, browser storage, cookies, CSV and stdout',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      classified: '{{paths}}: {{level}}{{category}} data leaves the service through `{{sink}}`{{via}}. {{fix}}',
      ...suggestionMessages,
    },
    schema: [{ type: 'object', additionalProperties: false, properties: sinkRuleSchemaProperties('confidential') }],
  },
  defaultOptions: [{ maxLevel: 'confidential' }],
  create(context, [options]) {
    return sinkRuleListeners(context, options, exportSetup);
  },
});
