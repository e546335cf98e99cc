import type { Internal } from './classified.js';

/**
 * A masked string: safe to show or log. Every masker returns it; the ESLint plugin accepts it at
 * sinks that take Internal data.
 *
 * @example
 * const shown: Masked = maskEmail(user.email);
 */
export type Masked = Internal<string, 'masked'>;

/**
 * What a masker returns for input it cannot mask safely: fixed, so that it leaks no length.
 *
 * @example
 * maskEmail('ab@x.io') === FULLY_MASKED // => true ('********')
 */
export const FULLY_MASKED = '********';
const STARS = '*******';

/** Splits a string into code points, so that no surrogate pair is ever cut in half. */
function codePoints(value: string): string[] {
  return Array.from(value);
}

/** Coerces the masker's input to a string without throwing (a masker never throws on bad input). */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

function masked(value: string): Masked {
  return value;
}

/**
 * Masks an email address for display or logs, keeping only the first character of the local part
 * and the domain. The number of stars is fixed, so the length of the address does not leak.
 *
 * Use it where a person must recognise the address but not read it. A local part shorter than 4
 * characters, or a malformed address (no `@`, empty parts, spaces), is fully masked; it never throws.
 *
 * @example
 * maskEmail('jane.doe@example.com') // => 'j*******@example.com'
 * maskEmail('ab@x.io')              // => '********'
 * maskEmail('not an email')         // => '********'
 */
export function maskEmail(email: string): Masked {
  const value = text(email);
  if (value === undefined) return masked(FULLY_MASKED);
  const at = value.lastIndexOf('@');
  if (at <= 0) return masked(FULLY_MASKED);
  const local = codePoints(value.slice(0, at));
  const domain = value.slice(at + 1);
  const domainOk = /^[^\s@]+\.[^\s@]+$/u.test(domain) && !domain.startsWith('.') && !domain.endsWith('.');
  if (!domainOk || local.length < 4 || local.some((c) => /\s/u.test(c))) return masked(FULLY_MASKED);
  return masked(`${local[0] ?? ''}${STARS}@${domain}`);
}

/**
 * Masks a phone number, keeping only its last digits: 4 for 10 or more digits, 3 for 7 to 9, 2 for
 * 5 or 6. Fewer than 5 digits, or no digits, is fully masked; it never throws.
 *
 * @example
 * maskPhone('+44 20 7946 0958') // => '******0958'
 * maskPhone('555-0199')         // => '******199'
 * maskPhone('12')               // => '********'
 */
export function maskPhone(phone: string): Masked {
  const value = text(phone);
  if (value === undefined) return masked(FULLY_MASKED);
  const digits = codePoints(value).filter((c) => c >= '0' && c <= '9');
  const keep = digits.length >= 10 ? 4 : digits.length >= 7 ? 3 : digits.length >= 5 ? 2 : 0;
  if (keep === 0) return masked(FULLY_MASKED);
  return masked(`******${digits.slice(-keep).join('')}`);
}

/**
 * Masks a payment card number PCI-style, keeping only the last 4 digits. Input with fewer than 12
 * digits is not a card number and is fully masked; it never throws.
 *
 * @example
 * maskCard('4242 4242 4242 4242') // => '**** **** **** 4242'
 * maskCard('1234')                // => '********'
 */
export function maskCard(card: string): Masked {
  const value = text(card);
  if (value === undefined) return masked(FULLY_MASKED);
  const digits = codePoints(value).filter((c) => c >= '0' && c <= '9');
  if (digits.length < 12) return masked(FULLY_MASKED);
  return masked(`**** **** **** ${digits.slice(-4).join('')}`);
}

/**
 * How much of the value {@link maskMiddle} keeps, in code points.
 *
 * @example
 * const opts: MaskMiddleOptions = { keepStart: 4, keepEnd: 4 };
 */
export interface MaskMiddleOptions {
  /** Code points kept at the start. Default 1. */
  readonly keepStart?: number;
  /** Code points kept at the end. Default 1. */
  readonly keepEnd?: number;
}

/**
 * Masks the middle of a value, keeping `keepStart` code points at the start and `keepEnd` at the
 * end. At least half of the value (rounded up) is always hidden: a value too short for the options
 * is fully masked.
 *
 * Use it for identifiers people recognise by their ends: IBANs, account numbers, names.
 *
 * @example
 * maskMiddle('DE89370400440532013000', { keepStart: 4, keepEnd: 4 }) // => 'DE89**************3000'
 * maskMiddle('Bob', { keepStart: 1, keepEnd: 1 })                    // => '********'
 */
export function maskMiddle(value: string, options: MaskMiddleOptions = {}): Masked {
  const keepStart = options.keepStart ?? 1;
  const keepEnd = options.keepEnd ?? 1;
  for (const [name, n] of [
    ['keepStart', keepStart],
    ['keepEnd', keepEnd],
  ] as const) {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`maskMiddle: \`${name}\` must be a whole number of at least 0, got ${String(n)}.`);
    }
  }
  const str = text(value);
  if (str === undefined) return masked(FULLY_MASKED);
  const chars = codePoints(str);
  const hidden = chars.length - keepStart - keepEnd;
  if (chars.length === 0 || hidden < Math.ceil(chars.length / 2)) return masked(FULLY_MASKED);
  return masked(chars.slice(0, keepStart).join('') + '*'.repeat(hidden) + chars.slice(chars.length - keepEnd).join(''));
}

/**
 * The text {@link redactString} and the redactor put in place of a value.
 *
 * @example
 * redactString('hunter2') === REDACTED // => true ('[REDACTED]')
 */
export const REDACTED = '[REDACTED]';

/**
 * Replaces a value with the fixed text `[REDACTED]`; not even its length leaks.
 *
 * Use it where nothing of the value is needed, only that it was there.
 *
 * @example
 * redactString(user.password) // => '[REDACTED]'
 */
export function redactString(_value: unknown): Masked {
  return masked(REDACTED);
}
