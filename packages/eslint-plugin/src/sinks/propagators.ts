// The flow model, as data: for each lib or package function, which of its receiver, arguments and
// callback results reach its result (propagators), and which calls on a local object store their
// arguments in it (mutators). One engine (`analysis/taint.ts`) reads these tables; a new carrier
// is an entry here and a test, not a branch in the engine. Users add entries with the sink rules'
// `propagators` option, in the same shape.
import type { SinkSpec } from './spec.js';

/**
 * What reaches a call's result: `'receiver'` (the object the method is called on, or its
 * elements), `'arguments'` (every argument), `'callbacks'` (what the function arguments return),
 * or an argument index.
 */
export type Reaches = 'receiver' | 'arguments' | 'callbacks' | number;

/**
 * A propagator: a function whose result carries some of what goes in. `reaches: []` says the
 * result carries nothing (`Object.keys`: keys are not data).
 *
 * @example
 * { from: 'lib', name: 'Array.join', reaches: ['receiver'] }
 * { from: 'package', package: 'lodash', name: 'get', reaches: [0] }
 */
export interface PropagatorSpec extends Omit<SinkSpec, 'args' | 'kind'> {
  /** A call (default) or `new`. */
  readonly kind?: 'call' | 'new';
  readonly reaches: readonly Reaches[];
}

const ARRAY = (names: readonly string[]) => names.flatMap((n) => [`Array.${n}`, `ReadonlyArray.${n}`]);
const AMPLITUDE_IDENTIFY = ['set', 'setOnce', 'append', 'prepend', 'preInsert', 'postInsert', 'add'].map(
  (m) => `Identify.${m}`,
);

/** The built-in propagators. A function with no entry and no summary carries only arguments whose own type is classified. */
export const propagators: readonly PropagatorSpec[] = [
  // Text.
  { from: 'lib', name: ['String', 'StringConstructor.raw'], reaches: ['arguments'] },
  { from: 'lib', name: ['String.*'], reaches: ['receiver', 'arguments'] },
  { from: 'lib', name: ['JSON.stringify', 'JSON.parse'], reaches: [0] },
  {
    from: 'lib',
    name: ['encodeURIComponent', 'encodeURI', 'decodeURIComponent', 'decodeURI', 'escape', 'unescape', 'btoa', 'atob'],
    reaches: ['arguments'],
  },
  { from: 'lib', name: ['TextEncoder.encode', 'TextDecoder.decode', 'RegExp.exec'], reaches: ['arguments'] },
  {
    from: 'lib',
    name: ['Object.toString', 'Object.valueOf', 'Number.toString', 'Date.toString'],
    reaches: ['receiver'],
  },
  // Arrays: the receiver's elements, or what the callback returns.
  {
    from: 'lib',
    name: ARRAY([
      'join',
      'slice',
      'flat',
      'at',
      'toString',
      'toLocaleString',
      'filter',
      'find',
      'findLast',
      'sort',
      'toSorted',
      'reverse',
      'toReversed',
      'values',
      'entries',
      'pop',
      'shift',
      'splice',
      'toSpliced',
    ]),
    reaches: ['receiver'],
  },
  { from: 'lib', name: ARRAY(['concat', 'with']), reaches: ['receiver', 'arguments'] },
  { from: 'lib', name: ARRAY(['map', 'flatMap']), reaches: ['callbacks'] },
  { from: 'lib', name: ARRAY(['reduce', 'reduceRight']), reaches: ['callbacks', 1] },
  {
    from: 'lib',
    name: ARRAY([
      'keys',
      'indexOf',
      'lastIndexOf',
      'findIndex',
      'findLastIndex',
      'includes',
      'some',
      'every',
      'forEach',
    ]),
    reaches: [],
  },
  { from: 'lib', name: ['ArrayConstructor.from', 'ArrayConstructor.of'], reaches: ['arguments', 'callbacks'] },
  // Objects.
  {
    from: 'lib',
    name: [
      'ObjectConstructor.values',
      'ObjectConstructor.entries',
      'ObjectConstructor.assign',
      'ObjectConstructor.fromEntries',
      'ObjectConstructor.freeze',
      'ObjectConstructor.seal',
    ],
    reaches: ['arguments'],
  },
  {
    from: 'lib',
    name: [
      'ObjectConstructor.keys',
      'ObjectConstructor.getOwnPropertyNames',
      'ObjectConstructor.getOwnPropertySymbols',
    ],
    reaches: [],
  },
  { from: 'lib', name: ['structuredClone'], reaches: ['arguments'] },
  {
    from: 'lib',
    name: ['Map.get', 'Map.values', 'Map.entries', 'Map.keys', 'Set.values', 'Set.entries', 'Set.keys', 'WeakMap.get'],
    reaches: ['receiver'],
  },
  { from: 'lib', name: ['Promise.then'], reaches: ['callbacks'] },
  { from: 'lib', name: ['Promise.finally'], reaches: ['receiver'] },
  {
    from: 'lib',
    name: [
      'PromiseConstructor.resolve',
      'PromiseConstructor.all',
      'PromiseConstructor.allSettled',
      'PromiseConstructor.race',
      'PromiseConstructor.any',
    ],
    reaches: ['arguments'],
  },
  // URLs and form data.
  {
    from: 'lib',
    name: [
      'URL.toString',
      'URL.toJSON',
      'URLSearchParams.toString',
      'URLSearchParams.get',
      'URLSearchParams.getAll',
      'Headers.get',
      'FormData.get',
      'FormData.getAll',
    ],
    reaches: ['receiver'],
  },
  {
    from: 'lib',
    kind: 'new',
    name: [
      'URL',
      'URLSearchParams',
      'Headers',
      'FormData',
      'Request',
      'Blob',
      'Map',
      'Set',
      'String',
      'Error',
      'TypeError',
      'RangeError',
      'AggregateError',
    ],
    reaches: ['arguments'],
  },
  {
    from: 'package',
    package: ['node', 'undici-types'],
    kind: 'new',
    name: ['URL', 'URLSearchParams', 'Headers', 'FormData', 'Request'],
    reaches: ['arguments'],
  },
  {
    from: 'package',
    package: ['node', 'undici-types'],
    name: ['URL.toString', 'URL.toJSON', 'URLSearchParams.toString', 'URLSearchParams.get', 'Headers.get'],
    reaches: ['receiver'],
  },
  // Node.
  {
    from: 'package',
    package: 'node',
    name: [
      'util.format',
      'util.formatWithOptions',
      'util.inspect',
      'querystring.stringify',
      'querystring.encode',
      'querystring.escape',
    ],
    reaches: ['arguments'],
  },
  {
    from: 'package',
    package: 'node',
    name: ['BufferConstructor.from', 'BufferConstructor.concat'],
    reaches: ['arguments'],
  },
  {
    from: 'package',
    package: 'node',
    name: ['Buffer.toString', 'Buffer.toJSON', 'Buffer.subarray', 'Buffer.slice', 'Uint8Array.toString'],
    reaches: ['receiver'],
  },
  // Serializers: the text holds what they were given.
  { from: 'package', package: 'csv-stringify', name: ['stringify'], reaches: [0] },
  { from: 'package', package: 'papaparse', name: ['unparse'], reaches: [0] },
  { from: 'package', package: ['qs', 'query-string'], name: ['stringify'], reaches: [0] },
  { from: 'package', package: ['yaml', 'js-yaml'], name: ['stringify', 'dump'], reaches: [0] },
  { from: 'package', package: 'superjson', name: ['stringify', 'serialize'], reaches: [0] },
  // Terminal colorizers: the text they wrap.
  {
    from: 'package',
    package: ['chalk', 'picocolors', 'kleur', 'colorette', 'ansi-colors', 'colors'],
    name: ['*'],
    reaches: ['arguments'],
  },
  // Amplitude's `Identify` builder: `new Identify().set('email', email)` holds the email.
  {
    from: 'package',
    package: '@amplitude/analytics-core',
    name: AMPLITUDE_IDENTIFY,
    reaches: ['receiver', 'arguments'],
  },
];

/**
 * A mutator: a method that stores its arguments in the object it is called on, so that the
 * object (a local `URL`, `URLSearchParams`, `Headers`, `FormData`, `Map`, `Set` or array) then
 * carries them. Property writes on a local object (`url.search = q`, `o.e = email`) carry too.
 */
export const mutators: readonly PropagatorSpec[] = [
  {
    from: 'lib',
    name: [
      'URLSearchParams.set',
      'URLSearchParams.append',
      'Headers.set',
      'Headers.append',
      'FormData.set',
      'FormData.append',
      'Map.set',
      'WeakMap.set',
      'Set.add',
    ],
    reaches: ['arguments'],
  },
  { from: 'lib', name: ARRAY(['push', 'unshift', 'splice', 'fill']), reaches: ['arguments'] },
  {
    from: 'package',
    package: ['node', 'undici-types'],
    name: [
      'URLSearchParams.set',
      'URLSearchParams.append',
      'Headers.set',
      'Headers.append',
      'FormData.set',
      'FormData.append',
    ],
    reaches: ['arguments'],
  },
  { from: 'package', package: '@amplitude/analytics-core', name: AMPLITUDE_IDENTIFY, reaches: ['arguments'] },
];
