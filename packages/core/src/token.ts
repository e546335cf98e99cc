import { createHmac } from 'node:crypto';
import type { Internal } from './classified.js';

/**
 * A deterministic keyed token standing for a value: safe to log, join on and send to analytics.
 *
 * @example
 * const id: Token = tokenize(user.email); // 'tok_…'
 */
export type Token = Internal<string, 'token'>;

/**
 * A function that turns a value into its {@link Token}.
 *
 * @example
 * const tokenize: Tokenizer = createTokenizer({ key: process.env.TOKEN_KEY! });
 */
export type Tokenizer = (value: string | number | bigint) => Token;

/**
 * Options of {@link createTokenizer}.
 *
 * @example
 * const options: TokenizerOptions = { key: secretFromVault };
 */
export interface TokenizerOptions {
  /** The HMAC key: at least 32 bytes (a string is measured in UTF-8 bytes). Keep it in a secret store. */
  readonly key: string | Uint8Array;
  /** Text put before every token. Default `'tok_'`. */
  readonly prefix?: string;
}

/**
 * The smallest key {@link createTokenizer} accepts, in bytes.
 *
 * @example
 * randomBytes(MIN_TOKEN_KEY_BYTES) // a key of the smallest accepted size
 */
export const MIN_TOKEN_KEY_BYTES = 32;

/**
 * Creates a tokenizer: a function that maps a value to a deterministic keyed token (HMAC-SHA-256,
 * base64url, prefixed `tok_`). The same value and key give the same token; another key gives
 * another token; the value cannot be read back from the token.
 *
 * Use it where systems must join or count by a person without seeing who it is: analytics user ids,
 * log correlation. Keys under 32 bytes are rejected with a `RangeError`.
 *
 * @example
 * const tokenize = createTokenizer({ key: process.env.TOKEN_KEY! });
 * tokenize('jane@example.com') // => 'tok_3q2-…' (43 base64url characters)
 */
export function createTokenizer(options: TokenizerOptions): Tokenizer {
  const { key, prefix = 'tok_' } = options;
  let bytes: number;
  if (typeof key === 'string') bytes = Buffer.byteLength(key, 'utf8');
  else if (key instanceof Uint8Array) bytes = key.byteLength;
  else throw new TypeError('createTokenizer: `key` must be a string or a Uint8Array.');
  if (bytes < MIN_TOKEN_KEY_BYTES) {
    throw new RangeError(
      `createTokenizer: \`key\` must be at least ${MIN_TOKEN_KEY_BYTES} bytes, got ${bytes}. Use a random key from your secret store.`,
    );
  }
  if (typeof prefix !== 'string') throw new TypeError('createTokenizer: `prefix` must be a string.');
  const keyCopy = typeof key === 'string' ? key : Uint8Array.from(key);
  return (value) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
      throw new TypeError(
        `tokenize: expected a string, number or bigint, got a value of type ${value === null ? 'null' : typeof value}.`,
      );
    }
    const digest = createHmac('sha256', keyCopy).update(String(value), 'utf8').digest('base64url');
    return `${prefix}${digest}` as Token;
  };
}
