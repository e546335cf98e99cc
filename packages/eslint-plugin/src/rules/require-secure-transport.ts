import ts from 'typescript';
import { analyzerFor } from '../analysis/program.js';
import { isAbove, rank } from '../analysis/levels.js';
import { strongest, type Carried } from '../analysis/taint.js';
import { hostOf, staticUrl } from '../analysis/url.js';
import { calleeCandidates, specMatches } from '../sinks/match.js';
import { thirdPartySinks } from '../sinks/thirdParty.js';
import { createRule } from '../util/createRule.js';
import { described } from '../util/options.js';
import { stringsOption } from '../util/options.js';
import { typedServices } from '../util/services.js';

export type Options = [{ allowHosts?: string[] }];
export type MessageIds = 'insecureTransport';

/** The HTTP clients of the third-party catalog. */
const HTTP_CLIENTS = new Set(['fetch', 'axios', 'got', 'ky', 'undici', 'node:http']);
const httpSinks = thirdPartySinks.filter((entry) => HTTP_CLIENTS.has(entry.label));

export default createRule<Options, MessageIds>({
  name: 'require-secure-transport',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require TLS (`https://`, `wss://`) for requests that carry classified data, masked and tokenized values included',
      requiresTypeChecking: true,
    },
    messages: {
      insecureTransport:
        'This request goes to `{{url}}` without TLS and carries {{level}} data (`{{path}}`). Use `{{secure}}`: data must travel over encrypted channels.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowHosts: described('Hosts that may be reached without TLS (an array of strings). Default `["localhost", "127.0.0.1", "[::1]"]`.'),
        },
      },
    ],
  },
  defaultOptions: [{ allowHosts: ['localhost', '127.0.0.1', '[::1]'] }],
  create(context, [options]) {
    const services = typedServices(context, 'require-secure-transport');
    const program = services.program;
    const checker = program.getTypeChecker();
    const analyzer = analyzerFor(program);
    const allowHosts = new Set(stringsOption('require-secure-transport', 'allowHosts', options.allowHosts, ['localhost', '127.0.0.1', '[::1]']).map((h) => h.toLowerCase()));
    const rootDir = program.getCurrentDirectory();
    const check = (node: import('@typescript-eslint/utils').TSESTree.CallExpression | import('@typescript-eslint/utils').TSESTree.NewExpression) => {
      if (node.arguments.length === 0) return;
      const call = services.esTreeNodeToTSNodeMap.get(node) as ts.CallExpression | ts.NewExpression;
      // Cheap first: what the request carries (Internal and above: masked and tokenized values too).
      const carried = strongest(
        (call.arguments ?? []).flatMap((a) => analyzer.carried(a)).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, 'public')),
        rank,
      );
      if (!carried) return;
      const url = staticUrl(call, checker);
      const scheme = url && /^(https?|wss?):\/\//i.exec(url)?.[1]?.toLowerCase();
      if (scheme !== 'http' && scheme !== 'ws') return;
      const host = hostOf(url!);
      if (host !== undefined && allowHosts.has(host)) return;
      const candidates = calleeCandidates(call.expression, program, checker);
      if (!httpSinks.some((spec) => (spec.kind ?? 'call') === (ts.isNewExpression(call) ? 'new' : 'call') && specMatches(spec, candidates, rootDir))) return;
      context.report({
        node: node.arguments[0] ?? node,
        messageId: 'insecureTransport',
        data: { url: url!.length > 60 ? `${url!.slice(0, 59)}…` : url!, level: carried.level, path: carried.path, secure: scheme === 'ws' ? 'wss://' : 'https://' },
      });
    };
    return { CallExpression: check, NewExpression: check };
  },
});
