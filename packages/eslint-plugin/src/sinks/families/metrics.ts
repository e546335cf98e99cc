import type { CatalogEntry } from '../spec.js';

/**
 * Metrics: metric names, tags and label values end up in a time-series database and on
 * dashboards, kept longer and read more widely than logs.
 */
export const metricsSinks: readonly CatalogEntry[] = [
  // Every method of the client: the metric name, the tags and an event's text all count.
  { label: 'StatsD', from: 'package', package: ['hot-shots', 'node-statsd'], name: ['StatsD.*'] },
  // Label values, given to `labels()` or as the first argument of `inc`, `set`, `observe` ….
  {
    label: 'prom-client',
    from: 'package',
    package: 'prom-client',
    name: ['Counter', 'Gauge', 'Histogram', 'Summary'].flatMap((metric) =>
      ['labels', 'inc', 'dec', 'set', 'observe', 'startTimer', 'setToCurrentTime'].map(
        (method) => `${metric}.${method}`,
      ),
    ),
  },
];
