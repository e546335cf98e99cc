import type { CatalogEntry } from '../spec.js';

/** Product analytics, tag managers and customer messaging: every event, trait and user id is stored by the vendor. */
export const analyticsSinks: readonly CatalogEntry[] = [
  // The `gtag` global of `@types/gtag.js`: every command (`'event'`, `'set'`, `'config'` …) sends what it is given.
  { label: 'Google Analytics (gtag.js)', from: 'package', package: 'gtag.js', name: ['gtag', 'Gtag.Gtag'] },
  {
    label: 'react-ga4',
    from: 'package',
    package: 'react-ga4',
    name: ['GA4.event', 'GA4.set', 'GA4.send', 'GA4.gtag', 'GA4.ga', 'GA4.initialize'],
  },
  // GTM has no typed API: `push` on a global array named `dataLayer` (a `Window` property or a
  // global variable, declared by the project or by @types). A local named `dataLayer` is not it.
  { label: 'Google Tag Manager', from: 'lib', name: ['Array.push'], receiver: ['Window.dataLayer', 'dataLayer'] },
  {
    label: 'Amplitude',
    from: 'package',
    package: ['@amplitude/analytics-node', '@amplitude/analytics-browser', '@amplitude/analytics-core'],
    // What an `Identify` collects is followed into `identify()` (a mutator and propagator in `sinks/propagators.ts`).
    name: ['track', 'logEvent', 'identify', 'groupIdentify', 'setUserId', 'setGroup'],
  },
  {
    label: 'Intercom Messenger',
    from: 'package',
    package: '@intercom/messenger-js-sdk',
    name: ['Intercom', 'boot', 'update', 'trackEvent'],
  },
  {
    label: 'Intercom API',
    from: 'package',
    package: 'intercom-client',
    name: [
      'ContactsClient.create',
      'ContactsClient.update',
      'EventsClient.create',
      'CompaniesClient.createOrUpdate',
      'CompaniesClient.update',
    ],
  },
  {
    label: 'Customer.io',
    from: 'package',
    package: 'customerio-node',
    name: ['TrackClient.identify', 'TrackClient.track', 'TrackClient.trackAnonymous', 'TrackClient.trackPageView'],
  },
  {
    label: 'RudderStack',
    from: 'package',
    package: '@rudderstack/rudder-sdk-node',
    name: [
      'Analytics.identify',
      'Analytics.track',
      'Analytics.page',
      'Analytics.screen',
      'Analytics.group',
      'Analytics.alias',
    ],
  },
];
