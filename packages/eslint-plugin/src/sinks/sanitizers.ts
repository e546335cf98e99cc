// Sanitizers, as data: calls whose result no longer carries what went in at its level. The core
// maskers and tokenizers give Internal values, `declassify` a plain one. (Their declared types
// say the same; the table makes it certain and cheap, and lets users name their own.)
import type { SinkSpec } from './spec.js';

/** What a sanitizer gives: a masked or tokenized value (Internal), or plain data. */
export type Sanitized = 'masked' | 'tokenized' | 'declassified';

/**
 * A sanitizer. `factory: true`: the function makes the sanitizer (`createTokenizer(…)` returns
 * `tokenize`), and calls of what it returned are sanitized.
 *
 * @example
 * { from: 'file', path: 'src/crypto.ts', name: 'encrypt', gives: 'declassified' }
 */
export interface SanitizerSpec extends Omit<SinkSpec, 'args' | 'kind'> {
  readonly gives: Sanitized;
  readonly factory?: boolean;
}

/** The built-in sanitizers: @classified/core's own, recognised by package identity. */
export const sanitizers: readonly SanitizerSpec[] = [
  {
    from: 'package',
    package: '@classified/core',
    name: ['maskEmail', 'maskPhone', 'maskCard', 'maskMiddle', 'redactString'],
    gives: 'masked',
  },
  { from: 'package', package: '@classified/core', name: ['createTokenizer'], gives: 'tokenized', factory: true },
  { from: 'package', package: '@classified/core', name: ['declassify'], gives: 'declassified' },
];
