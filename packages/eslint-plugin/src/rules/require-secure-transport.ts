import ts from '../util/ts.cjs';
import { analyzerFor } from '../analysis/program.js';
import { isAbove } from '../analysis/levels.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { strongest, type Carried, type Carrier } from '../analysis/taint.js';
import { knownHost, staticUrl } from '../analysis/url.js';
import { textOfCallee, type SinkMatcher } from '../analysis/wrappers.js';
import { calleeCandidates, specMatches } from '../sinks/match.js';
import { thirdPartySinks } from '../sinks/thirdParty.js';
import { createRule } from '../util/createRule.js';
import { stringsSchema } from '../util/options.js';
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
      description:
        'Require TLS (`https://`, `wss://`) for requests that carry classified data, masked and tokenized values included',
      requiresTypeChecking: true,
    },
    messages: {
      insecureTransport:
        'This request goes to `{{url}}` without TLS and carries {{level}} data (`{{path}}`){{via}}. Use `{{secure}}`: data must travel over encrypted channels.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowHosts: stringsSchema(
            'Hosts that may be reached without TLS. Default `["localhost", "127.0.0.1", "[::1]"]`.',
          ),
        },
      },
    ],
  },
  defaultOptions: [{ allowHosts: ['localhost', '127.0.0.1', '[::1]'] }],
  create(context, [options]) {
    const services = typedServices(context, 'require-secure-transport');
    if (!services) return {};
    const program = services.program;
    const checker = program.getTypeChecker();
    const analyzer = analyzerFor(program);
    const allowHosts = new Set((options.allowHosts ?? ['localhost', '127.0.0.1', '[::1]']).map((h) => h.toLowerCase()));
    const rootDir = program.getCurrentDirectory();

    /** The insecure URL a request goes to: `http://` or `ws://`, to a host not proven to be in `allowHosts`. */
    const insecureUrl = (call: ts.CallExpression | ts.NewExpression) => {
      const url = staticUrl(call, checker);
      const scheme = url && /^(https?|wss?):\/\//i.exec(url.text)?.[1]?.toLowerCase();
      if (!url || (scheme !== 'http' && scheme !== 'ws')) return undefined;
      const host = knownHost(url);
      if (host !== undefined && allowHosts.has(host)) return undefined;
      return { url: url.text, scheme };
    };

    // The HTTP clients of the catalog, when the request is insecure: wrappers are followed exactly
    // as for no-classified-third-party.
    const matcher: SinkMatcher = {
      key: `require-secure-transport:${[...allowHosts].join(',')}`,
      match(callee, kind, count, call) {
        if (count === 0) return undefined;
        const candidates = calleeCandidates(callee, program, checker);
        if (!httpSinks.some((spec) => (spec.kind ?? 'call') === kind && specMatches(spec, candidates, rootDir)))
          return undefined;
        if (!insecureUrl(call)) return undefined;
        return { sink: `${textOfCallee(callee)}()`, args: Array.from({ length: count }, (_, i) => i) };
      },
    };

    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
      if (node.arguments.length === 0) return;
      const call = services.esTreeNodeToTSNodeMap.get(node) as ts.CallExpression | ts.NewExpression;
      // Cheap first: what the request carries (Internal and above: masked and tokenized values too).
      const above = (list: readonly Carrier[]) =>
        list.filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, 'public'));
      if (!(call.arguments ?? []).some((a) => above(analyzer.carried(a)).length > 0)) return;
      for (const target of analyzer.wrappers.sinkTargets(call, matcher, 0)) {
        const carried = strongest(
          above(
            target.path.length === 0 ? analyzer.carried(target.expr) : analyzer.carriersAt(target.expr, target.path),
          ),
        );
        const insecure = carried && target.hit.call && insecureUrl(target.hit.call);
        if (!carried || !insecure) continue;
        const direct = target.hit.via.length === 0;
        context.report({
          node: services.tsNodeToESTreeNodeMap.get(direct ? (call.arguments?.[0] ?? call) : target.reportOn),
          messageId: 'insecureTransport',
          data: {
            url: insecure.url.length > 60 ? `${insecure.url.slice(0, 59)}…` : insecure.url,
            level: carried.level,
            path: carried.path,
            secure: insecure.scheme === 'ws' ? 'wss://' : 'https://',
            via: direct ? '' : ` through \`${target.hit.via.join('` → `')}\``,
          },
        });
        return;
      }
    };
    return { CallExpression: check, NewExpression: check };
  },
});
