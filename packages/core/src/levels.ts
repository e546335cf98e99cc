/**
 * A classification level, from least to most sensitive:
 * `'public'` < `'internal'` < `'confidential'` < `'restricted'`.
 *
 * Use it wherever an API names how sensitive data is: a sink's `maxLevel`, `classify(value, level)`.
 *
 * @example
 * const max: Level = 'internal';
 */
export type Level = 'public' | 'internal' | 'confidential' | 'restricted';

/**
 * Every {@link Level} in order, least sensitive first.
 *
 * Use it to list, validate or iterate levels at runtime (a config loader, a CLI flag).
 *
 * @example
 * LEVELS // => ['public', 'internal', 'confidential', 'restricted']
 * LEVELS.includes(input as Level)
 */
export const LEVELS: readonly ['public', 'internal', 'confidential', 'restricted'] = Object.freeze([
  'public',
  'internal',
  'confidential',
  'restricted',
] as const);

const RANK: Readonly<Record<Level, number>> = Object.freeze({
  public: 0,
  internal: 1,
  confidential: 2,
  restricted: 3,
});

/**
 * Tells whether a value is one of the four {@link Level} names.
 *
 * Use it to validate configuration before passing it on; it never throws.
 *
 * @example
 * isLevel('restricted') // => true
 * isLevel('secret')     // => false
 */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && Object.hasOwn(RANK, value);
}

function rankOf(level: Level, name: string): number {
  if (!isLevel(level)) {
    throw new TypeError(`${name}: expected a classification level (${LEVELS.join(', ')}), got ${describe(level)}.`);
  }
  return RANK[level];
}

/** A short description of a bad argument that never echoes a string's content. */
function describe(value: unknown): string {
  if (typeof value === 'string') return `a string of ${[...value].length} characters`;
  if (value === null) return 'null';
  return `a value of type ${typeof value}`;
}

/**
 * Orders two levels: negative when `a` is less sensitive than `b`, `0` when equal, positive when more.
 *
 * Use it as a sort comparator or to pick the higher of two levels. Throws a `TypeError` for a name
 * that is not a level.
 *
 * @example
 * compareLevels('internal', 'restricted') // => -2
 * ['restricted', 'public'].sort(compareLevels) // => ['public', 'restricted']
 */
export function compareLevels(a: Level, b: Level): number {
  return rankOf(a, 'compareLevels') - rankOf(b, 'compareLevels');
}

/**
 * Tells whether `level` is at most `max`, that is whether a sink that accepts `max` may receive it.
 *
 * Throws a `TypeError` for a name that is not a level.
 *
 * @example
 * isAtMost('internal', 'confidential')   // => true
 * isAtMost('restricted', 'confidential') // => false
 */
export function isAtMost(level: Level, max: Level): boolean {
  return rankOf(level, 'isAtMost') <= rankOf(max, 'isAtMost');
}

/**
 * The higher of two levels.
 *
 * Use it to combine the levels of two values that are merged into one.
 *
 * @example
 * maxLevel('internal', 'restricted') // => 'restricted'
 */
export function maxLevel(a: Level, b: Level): Level {
  return compareLevels(a, b) >= 0 ? a : b;
}
