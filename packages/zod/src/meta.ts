import { isLevel, LEVELS, type Level } from '@classified/core';

/**
 * A masker name: how the redactor replaces a field above its `maxLevel`. `'token'` needs a
 * tokenizer passed to `redactor(schema, { tokenize })`.
 *
 * @example
 * const mask: MaskName = 'email';
 */
export type MaskName = 'email' | 'phone' | 'card' | 'middle' | 'redact' | 'token';

/**
 * What a classified field says about itself, besides its level.
 *
 * @example
 * restricted(z.email(), { category: 'pii', mask: 'email', retention: 'P2Y', description: 'Login and contact' })
 */
export interface ClassificationMeta<C extends string = string> {
  /** What kind of sensitive data: `'pii'`, `'payment'`, `'credential'`, `'security'`, or your own. */
  readonly category?: C;
  /** How `redactor()` replaces the value: a masker name or your own function. Default: `[REDACTED]`. */
  readonly mask?: MaskName | ((value: string) => string);
  /** How long the data may be kept, as an ISO-8601 duration such as `'P30D'` or `'P1Y6M'`. */
  readonly retention?: string;
  /** A sentence for the data inventory. */
  readonly description?: string;
}

/**
 * The classification of one schema node, as stored on it and as `classificationOf()` reports it.
 *
 * @example
 * { level: 'restricted', category: 'pii', mask: 'email', retention: 'P2Y' }
 */
export interface Classification {
  readonly level: Level;
  readonly category?: string;
  readonly mask?: MaskName | ((value: string) => string);
  readonly retention?: string;
  readonly description?: string;
}

const MASK_NAMES: readonly MaskName[] = ['email', 'phone', 'card', 'middle', 'redact', 'token'];
const META_KEYS = new Set(['category', 'mask', 'retention', 'description']);
// ISO-8601 durations: PnYnMnWnDTnHnMnS with at least one part (PT alone is not a duration).
const DURATION =
  /^P(?!$)(\d+(?:[.,]\d+)?Y)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?W)?(\d+(?:[.,]\d+)?D)?(T(?=\d)(\d+(?:[.,]\d+)?H)?(\d+(?:[.,]\d+)?M)?(\d+(?:[.,]\d+)?S)?)?$/;

/**
 * Tells whether a string is an ISO-8601 duration, the format of `meta.retention`.
 *
 * @example
 * isDuration('P30D')    // => true
 * isDuration('30 days') // => false
 */
export function isDuration(value: string): boolean {
  return DURATION.test(value);
}

/** Checks a helper's arguments and returns the classification to store, or throws a TypeError that names the problem. */
export function toClassification(fn: string, level: unknown, meta: unknown): Classification {
  if (!isLevel(level)) {
    throw new TypeError(
      `${fn}(): \`level\` must be one of ${LEVELS.join(', ')}; got ${typeof level === 'string' ? `'${level}'` : typeof level}.`,
    );
  }
  if (meta === undefined) return { level };
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    throw new TypeError(
      `${fn}(): \`meta\` must be an object such as { category: 'pii' }; got ${meta === null ? 'null' : Array.isArray(meta) ? 'an array' : typeof meta}.`,
    );
  }
  const m = meta as Record<string, unknown>;
  for (const key of Object.keys(m)) {
    if (!META_KEYS.has(key)) {
      throw new TypeError(`${fn}(): unknown meta key \`${key}\`. Known keys: ${[...META_KEYS].join(', ')}.`);
    }
  }
  const { category, mask, retention, description } = m;
  if (category !== undefined && (typeof category !== 'string' || category.trim() === '')) {
    throw new TypeError(`${fn}(): \`meta.category\` must be a non-empty string such as 'pii'.`);
  }
  if (mask !== undefined && typeof mask !== 'function' && !MASK_NAMES.includes(mask as MaskName)) {
    throw new TypeError(
      `${fn}(): \`meta.mask\` must be one of ${MASK_NAMES.join(', ')} or a function; got ${typeof mask === 'string' ? `'${mask}'` : typeof mask}.`,
    );
  }
  if (retention !== undefined && (typeof retention !== 'string' || !isDuration(retention))) {
    throw new TypeError(
      `${fn}(): \`meta.retention\` must be an ISO-8601 duration such as 'P30D' or 'P1Y'; got ${typeof retention === 'string' ? `'${retention}'` : typeof retention}.`,
    );
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new TypeError(`${fn}(): \`meta.description\` must be a string.`);
  }
  return {
    level,
    ...(category !== undefined && { category: category }),
    ...(mask !== undefined && { mask: mask as Classification['mask'] & {} }),
    ...(retention !== undefined && { retention: retention }),
    ...(description !== undefined && { description: description }),
  };
}
