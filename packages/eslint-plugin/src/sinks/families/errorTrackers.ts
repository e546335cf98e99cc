import type { CatalogEntry } from '../spec.js';

/**
 * Error trackers beyond Sentry: what an error report, breadcrumb, user or context holds is stored
 * by the vendor. Each is matched by the interface or class that declares the method in the
 * vendor's own types (Bugsnag's `Client` lives in `@bugsnag/core`, Honeybadger's in `@honeybadger-io/core`).
 */
export const errorTrackerSinks: readonly CatalogEntry[] = [
  {
    label: 'Bugsnag',
    from: 'package',
    package: ['@bugsnag/js', '@bugsnag/node', '@bugsnag/browser', '@bugsnag/core'],
    // `Event.*`: what an `onError` callback adds to the report.
    name: [
      'Client.notify',
      'Client.leaveBreadcrumb',
      'Client.addMetadata',
      'Client.setUser',
      'Client.setContext',
      'Event.addMetadata',
      'Event.setUser',
      'Event.setContext',
    ],
  },
  {
    label: 'Rollbar',
    from: 'package',
    package: 'rollbar',
    name: [
      'Rollbar.log',
      'Rollbar.debug',
      'Rollbar.info',
      'Rollbar.warn',
      'Rollbar.warning',
      'Rollbar.error',
      'Rollbar.critical',
      'Rollbar.configure',
    ],
  },
  {
    label: 'Honeybadger',
    from: 'package',
    package: ['@honeybadger-io/js', '@honeybadger-io/core'],
    name: ['Client.notify', 'Client.notifyAsync', 'Client.setContext', 'Client.addBreadcrumb'],
  },
  {
    label: 'Airbrake',
    from: 'package',
    package: ['@airbrake/node', '@airbrake/browser'],
    name: ['Notifier.notify', 'BaseNotifier.notify'],
  },
  // `newrelic`'s API is module functions (`@types/newrelic`).
  {
    label: 'New Relic',
    from: 'package',
    package: 'newrelic',
    name: [
      'noticeError',
      'addCustomAttribute',
      'addCustomAttributes',
      'addCustomSpanAttribute',
      'addCustomSpanAttributes',
      'recordCustomEvent',
      'recordLogEvent',
      'setUserID',
    ],
  },
  {
    label: 'New Relic browser agent',
    from: 'package',
    package: '@newrelic/browser-agent',
    name: [
      'ApiBase.noticeError',
      'ApiBase.setCustomAttribute',
      'ApiBase.setUserId',
      'ApiBase.addPageAction',
      'ApiBase.recordCustomEvent',
      'ApiBase.log',
      'ApiBase.setPageViewName',
    ],
  },
];
