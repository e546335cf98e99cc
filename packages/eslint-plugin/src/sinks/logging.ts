import type { CatalogEntry } from './spec.js';

const LEVEL_METHODS = [
  'trace',
  'debug',
  'info',
  'warn',
  'error',
  'fatal',
  'silly',
  'verbose',
  'http',
  'log',
  'notice',
  'crit',
  'alert',
  'emerg',
];

/** Loggers. Matched by where the callee is declared; every argument counts unless `args` says otherwise. */
export const loggingSinks: readonly CatalogEntry[] = [
  { label: 'console', from: 'lib', name: ['Console.assert'], args: { from: 1 } },
  { label: 'console', from: 'package', package: 'node', name: ['Console.assert'], args: { from: 1 } },
  { label: 'console', from: 'lib', name: ['Console.*'] },
  { label: 'console', from: 'package', package: 'node', name: ['Console.*'] },
  {
    label: 'pino',
    from: 'package',
    package: 'pino',
    name: [...LEVEL_METHODS.map((m) => `BaseLogger.${m}`), 'LoggerExtras.child', 'LogFn'],
  },
  {
    label: 'winston',
    from: 'package',
    package: 'winston',
    name: ['createLogger', 'child', 'LeveledLogMethod', 'LogMethod', ...LEVEL_METHODS.map((m) => `Logger.${m}`)],
  },
  {
    label: 'bunyan',
    from: 'package',
    package: 'bunyan',
    name: ['createLogger', 'child', ...LEVEL_METHODS.map((m) => `Logger.${m}`)],
  },
  { label: 'fancy-log', from: 'package', package: 'fancy-log', name: ['Logger', 'logger', 'Logger.*'] },
  {
    label: 'npmlog',
    from: 'package',
    package: 'npmlog',
    name: ['Logger.log', ...LEVEL_METHODS.map((m) => `Logger.${m}`)],
  },
  { label: 'debug', from: 'package', package: 'debug', name: ['Debugger', 'Debugger.log'] },
  {
    label: 'log4js',
    from: 'package',
    package: 'log4js',
    name: ['Logger.log', ...LEVEL_METHODS.map((m) => `Logger.${m}`), 'Logger.addContext'],
  },
  { label: 'loglevel', from: 'package', package: 'loglevel', name: [...LEVEL_METHODS.map((m) => `Logger.${m}`)] },
  {
    label: 'NestJS logger',
    from: 'package',
    package: '@nestjs/common',
    name: [
      'Logger.log',
      'Logger.error',
      'Logger.warn',
      'Logger.debug',
      'Logger.verbose',
      'Logger.fatal',
      'LoggerService.*',
    ],
  },
  { label: 'util.debuglog', from: 'package', package: 'node', name: ['DebugLogger', 'DebugLoggerFunction'] },
];
