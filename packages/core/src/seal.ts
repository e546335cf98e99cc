import { emitAudit, requireReason } from './audit.js';
import type { Restricted } from './classified.js';

const contents = new WeakMap<object, unknown>();
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');
/** Phantom key that ties a box to the type of its value; it exists only in types. */
declare const sealedValue: unique symbol;

/**
 * The box {@link seal} returns. Its value lives outside the object, so it cannot be reached by
 * enumerating, spreading, cloning or serialising the box. Make boxes with `seal`, not `new`.
 *
 * @example
 * seal('sk_live_…', 'stripe') instanceof SealedBox // => true
 */
export class SealedBox<T> {
  /** Phantom: ties the box to the type of its value. No such property exists at runtime. */
  declare readonly [sealedValue]?: T;
  /** The label shown when the box is printed, if one was given. */
  declare readonly label: string | undefined;

  /** @internal Use {@link seal}. */
  constructor(value: T, label: string | undefined) {
    contents.set(this, value);
    Object.defineProperty(this, 'label', { value: label, enumerable: false });
    Object.freeze(this);
  }

  /** `<sealed>` or `<sealed:label>`. */
  toString(): string {
    return this.label === undefined ? '<sealed>' : `<sealed:${this.label}>`;
  }

  /** Serialises as `"<sealed>"` / `"<sealed:label>"`, never the value. */
  toJSON(): string {
    return this.toString();
  }

  /** Template literals and `+` print the placeholder. */
  [Symbol.toPrimitive](): string {
    return this.toString();
  }

  /** `util.inspect` and `console.log` print the placeholder. */
  [inspectSymbol](): string {
    return this.toString();
  }
}

/**
 * A sealed secret: Restricted, category `'credential'`, and safe to print by construction (it shows
 * as `<sealed>` or `<sealed:label>`).
 *
 * @example
 * const apiKey: Sealed<string> = seal(process.env.PAYOUT_API_KEY!, 'payout-api-key');
 */
export type Sealed<T> = Restricted<SealedBox<T>, 'credential'>;

/**
 * Puts a secret in a box that prints as `<sealed>` / `<sealed:label>`. `String(box)`, template
 * literals, `JSON.stringify`, `util.inspect` and `console.log` never show the value, and
 * enumerating properties, spreading, `structuredClone` and `Object.getOwnPropertyNames` never reach
 * it. Runtime defence in depth for credentials, like Effect's `Redacted` and Rust's `secrecy`.
 *
 * Use it for API keys, tokens and passwords the moment they enter the program. The label must not
 * be secret: it is printed.
 *
 * @example
 * const key = seal(process.env.PAYOUT_API_KEY!, 'payout-api-key');
 * `${key}` // => '<sealed:payout-api-key>'
 */
export function seal<T>(value: T, label?: string): Sealed<T> {
  if (label !== undefined && typeof label !== 'string') {
    throw new TypeError(
      `seal: \`label\` must be a string, got a value of type ${label === null ? 'null' : typeof label}.`,
    );
  }
  return new SealedBox(value, label);
}

/**
 * Tells whether a value is a box made by {@link seal}.
 *
 * @example
 * isSealed(seal('x')) // => true
 * isSealed('x')       // => false
 */
export function isSealed(value: unknown): value is Sealed<unknown> {
  return typeof value === 'object' && value !== null && contents.has(value);
}

/**
 * Takes the secret out of its box for use, with a reason. The result is still `Restricted<T,
 * 'credential'>`: unsealing is for use (signing a request), not for declassification.
 *
 * The reason is required (an empty one throws a `TypeError`); every {@link onDeclassify} listener
 * receives `{ kind: 'unseal', reason, label }`. A value that is not a sealed box throws a
 * `TypeError`.
 *
 * @example
 * const key = unseal(apiKey, 'Sign the payout request'); // Restricted<string, 'credential'>
 */
export function unseal<T>(box: Sealed<T>, reason: string): Restricted<T, 'credential'> {
  const trimmed = requireReason('unseal', reason);
  if (!isSealed(box)) {
    throw new TypeError('unseal: expected a box made by seal().');
  }
  const label = (box as SealedBox<T>).label;
  emitAudit(label === undefined ? { kind: 'unseal', reason: trimmed } : { kind: 'unseal', reason: trimmed, label });
  return contents.get(box) as Restricted<T, 'credential'>;
}
