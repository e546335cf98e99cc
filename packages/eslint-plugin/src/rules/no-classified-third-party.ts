import { sinkRuleListeners, sinkRuleSchemaProperties, suggestionMessages, type SinkMessageIds, type SinkRuleOptions, type SinkRuleSetup } from '../analysis/sinkRule.js';
import { sinkSpecSchema } from '../sinks/spec.js';
import { thirdPartySinks } from '../sinks/thirdParty.js';
import { createRule } from '../util/createRule.js';
import { described } from '../util/options.js';

export type Options = [SinkRuleOptions];
export type MessageIds = SinkMessageIds;

/** What the rule checks: its catalog, default level and fallback (shared with `classified flows`). */
export const thirdPartySetup: SinkRuleSetup = { rule: 'no-classified-third-party', catalog: thirdPartySinks, untypedFallback: false, defaultMaxLevel: 'internal', fix: 'Mask or tokenize it, declassify it with a reason, or list the recipient in `allow`.' };

export default createRule<Options, MessageIds>({
  name: 'no-classified-third-party',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow classified data above `maxLevel` in HTTP clients and third-party SDKs, except to approved recipients',
      requiresTypeChecking: true,
    },
    hasSuggestions: true,
    messages: {
      classified: '{{paths}}: {{level}}{{category}} data is sent to a third party by `{{sink}}`{{via}}. {{fix}}',
      ...suggestionMessages,
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...sinkRuleSchemaProperties('internal'),
          allow: described('Approved recipients (an array): a `host`, or a sink spec, with the highest level and the categories each may receive.', {
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['maxLevel'],
              properties: {
                host: described('The host requests go to; subdomains included.'),
                ...sinkSpecSchema.properties,
                maxLevel: described('The highest level this recipient may receive.'),
                categories: described('The categories it may receive above the rule’s `maxLevel` (an array of strings); all when omitted.'),
              },
            },
          }),
        },
      },
    ],
  },
  defaultOptions: [{ maxLevel: 'internal' }],
  create(context, [options]) {
    return sinkRuleListeners(context, options, thirdPartySetup);
  },
});
