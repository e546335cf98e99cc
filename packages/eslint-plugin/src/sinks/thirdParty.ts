import { analyticsSinks } from './families/analytics.js';
import { errorTrackerSinks } from './families/errorTrackers.js';
import { metricsSinks } from './families/metrics.js';
import { searchSinks } from './families/search.js';
import type { CatalogEntry } from './spec.js';
import { aiSinks } from './families/ai.js';
import { chatSinks } from './families/chat.js';
import { mailSinks } from './families/mail.js';

/** HTTP clients and third-party SDKs: analytics, error trackers, telemetry. */
export const thirdPartySinks: readonly CatalogEntry[] = [
  { label: 'fetch', from: 'lib', name: ['fetch'] },
  { label: 'fetch', from: 'package', package: ['node', 'undici-types'], name: ['fetch'] },
  {
    label: 'axios',
    from: 'package',
    package: 'axios',
    name: ['AxiosStatic', 'AxiosInstance', 'Axios.*', 'AxiosInstance.*', 'create'],
  },
  { label: 'got', from: 'package', package: 'got', name: ['Got', 'GotRequestFunction', 'GotPaginate', 'Got.*'] },
  {
    label: 'ky',
    from: 'package',
    package: 'ky',
    name: ['KyInstance', 'KyInstance.*', 'get', 'post', 'put', 'patch', 'delete', 'head', 'create', 'extend'],
  },
  {
    label: 'undici',
    from: 'package',
    package: ['undici', 'undici-types'],
    name: ['request', 'fetch', 'stream', 'pipeline', 'Dispatcher.request', 'Dispatcher.dispatch'],
  },
  {
    label: 'node:http',
    from: 'package',
    package: 'node',
    name: ['http.request', 'http.get', 'https.request', 'https.get', 'ClientRequest.setHeader'],
  },
  {
    label: 'XMLHttpRequest',
    from: 'lib',
    name: ['XMLHttpRequest.send', 'XMLHttpRequest.setRequestHeader', 'XMLHttpRequest.open'],
  },
  {
    label: 'Sentry',
    from: 'package',
    package: '@sentry/*',
    name: [
      'captureException',
      'captureMessage',
      'captureEvent',
      'setUser',
      'setContext',
      'setExtra',
      'setExtras',
      'setTag',
      'setTags',
      'addBreadcrumb',
      'Scope.*',
    ],
  },
  {
    label: 'Segment',
    from: 'package',
    package: ['@segment/analytics-node', '@segment/analytics-next', '@segment/analytics-core'],
    name: ['track', 'identify', 'page', 'group', 'alias', 'screen'],
  },
  {
    label: 'PostHog',
    from: 'package',
    package: ['posthog-node', 'posthog-js', '@posthog/core'],
    name: ['capture', 'identify', 'alias', 'groupIdentify', 'captureException'],
  },
  {
    label: 'Mixpanel',
    from: 'package',
    package: ['mixpanel', 'mixpanel-browser'],
    name: [
      'Mixpanel.track',
      'Mixpanel.import',
      'Mixpanel.alias',
      'People.*',
      'Groups.*',
      'OverridedMixpanel.track',
      'Mixpanel.identify',
      'Mixpanel.register',
    ],
  },
  {
    label: 'OpenTelemetry',
    from: 'package',
    package: '@opentelemetry/api',
    name: ['Span.setAttribute', 'Span.setAttributes', 'Span.addEvent', 'Span.recordException', 'Span.updateName'],
  },
  {
    label: 'Datadog',
    from: 'package',
    package: ['@datadog/browser-rum', '@datadog/browser-rum-core', '@datadog/browser-logs'],
    name: ['setUser', 'setUserProperty', 'addAction', 'addError', 'setGlobalContextProperty', 'addTiming'],
  },
  {
    label: 'dd-trace',
    from: 'package',
    package: ['dd-trace', 'opentracing'],
    name: ['Span.setTag', 'Span.addTags', 'Span.log', 'Span.setBaggageItem'],
  },
  ...errorTrackerSinks,
  ...analyticsSinks,
  ...searchSinks,
  ...metricsSinks,
  ...mailSinks,
  ...aiSinks,
  ...chatSinks,
];
