import { isAtMost, isLevel, LEVELS, type Level } from '@classified/core';
import type { z } from 'zod';
import { classificationOf } from './inventory.js';

/**
 * Options of {@link pinoRedactPaths}.
 *
 * @example
 * pinoRedactPaths(User, { maxLevel: 'internal', prefix: 'user' })
 */
export interface PinoRedactOptions {
  /** The highest level a log line may hold; fields above it are listed. Default `'internal'`. */
  readonly maxLevel?: Level;
  /** Where the model sits in the logged object, such as `'user'` or `'req.body'`. Default: the root. */
  readonly prefix?: string;
}

/**
 * The `redact.paths` for pino that cover every field of a schema above `maxLevel`, with wildcards
 * for arrays (`payouts[*].iban`) and records (`metadata.*`).
 *
 * Use it where you log a model's objects through pino and want its built-in redaction (fast-redact)
 * to blank them. pino censors whole values (`[Redacted]`) rather than masking them; use `redactor()`
 * where you want masks. A recursive `z.lazy` schema is covered to its first repetition only.
 *
 * @example
 * const logger = pino({ redact: { paths: pinoRedactPaths(User, { prefix: 'user' }) } });
 * pinoRedactPaths(User) // => ['email', 'payouts[*].iban', 'metadata.*']
 */
export function pinoRedactPaths(schema: z.core.$ZodType, options: PinoRedactOptions = {}): string[] {
  const maxLevel = options.maxLevel ?? 'internal';
  if (!isLevel(maxLevel)) {
    throw new TypeError(`pinoRedactPaths(): \`maxLevel\` must be one of ${LEVELS.join(', ')}.`);
  }
  const prefix = options.prefix ?? '';
  if (typeof prefix !== 'string') throw new TypeError('pinoRedactPaths(): `prefix` must be a string.');
  const paths = new Set<string>();
  for (const entry of classificationOf(schema)) {
    if (isAtMost(entry.level, maxLevel)) continue;
    const path = entry.path.replace(/\[\]/g, '[*]');
    // A classified root is the whole object at `prefix`; at the root itself, every top-level key.
    const full =
      path === '' ? prefix || '*' : prefix ? (path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`) : path;
    paths.add(full);
  }
  return [...paths];
}
