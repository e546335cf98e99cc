import {
  sinkRuleListeners,
  sinkRuleSchemaProperties,
  suggestionMessages,
  type SinkMessageIds,
  type SinkRuleOptions,
  type SinkRuleSetup,
} from './sinkRule.js';
import { sinkSpecProperties } from '../sinks/spec.js';
import { thirdPartySinks } from '../sinks/thirdParty.js';
import { createRule } from '../util/createRule.js';
import { levelSchema, stringsSchema } from '../util/options.js';

export type Options = [SinkRuleOptions];
export type MessageIds = SinkMessageIds;

/** What the rule checks: its catalog, default level and fallback (shared with `classified flows`). */
export const thirdPartySetup: SinkRuleSetup = {
  rule: 'no-classified-third-party',
  catalog: thirdPartySinks,
  untypedFallback: false,
  defaultMaxLevel: 'internal',
  fix: 'Mask or tokenize it, declassify it with a reason, or list the recipient in `allow`.',
};

export default createRule<Options, MessageIds>({
  name: 'no-classified-third-party',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow classified data above `maxLevel` in HTTP clients and third-party SDKs, except to approved recipients',
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
          allow: {
            description:
              'Approved recipients: a `host`, or a sink spec (`name` optional), with the highest level and the categories each may receive.',
            type: 'array',
            items: {
              title: 'AllowEntry',
              type: 'object',
              additionalProperties: false,
              required: ['maxLevel'],
              properties: {
                host: { description: 'The host requests go to; subdomains included.', type: 'string', minLength: 1 },
                ...sinkSpecProperties(),
                maxLevel: levelSchema('The highest level this recipient may receive.'),
                categories: stringsSchema(
                  'The categories it may receive above the rule’s `maxLevel`; all when omitted.',
                ),
              },
              anyOf: [
                { type: 'object', required: ['host'], not: { type: 'object', required: ['from'] } },
                {
                  type: 'object',
                  required: ['from', 'package'],
                  properties: { from: { type: 'string', enum: ['package'] } },
                },
                {
                  type: 'object',
                  required: ['from'],
                  properties: { from: { type: 'string', enum: ['lib'] } },
                  not: { type: 'object', required: ['package'] },
                },
                {
                  type: 'object',
                  required: ['from', 'path'],
                  properties: { from: { type: 'string', enum: ['file'] } },
                  not: { type: 'object', required: ['package'] },
                },
              ],
            },
          },
        },
      },
    ],
  },
  defaultOptions: [{ maxLevel: 'internal' }],
  create(context, [options]) {
    return sinkRuleListeners(context, options, thirdPartySetup);
  },
});
