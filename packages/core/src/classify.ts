import { emitAudit, requireReason } from './audit.js';
import type { CategoriesOf, Classified, ClassifiedValue, Declassified, IsAtMost, LevelOf } from './classified.js';
import { isLevel, LEVELS, type Level } from './levels.js';

function checkLevel(fn: string, level: unknown): asserts level is Level {
  if (!isLevel(level)) {
    throw new TypeError(
      `${fn}: expected a classification level (${LEVELS.join(', ')}), got ${typeof level === 'string' ? `'${level}'` : typeof level}.`,
    );
  }
}

function checkCategory(fn: string, category: unknown): void {
  if (category !== undefined && typeof category !== 'string') {
    throw new TypeError(`${fn}: a category must be a string, got ${category === null ? 'null' : typeof category}.`);
  }
}

/**
 * Labels a value with a classification level and an optional category. Returns the same value
 * (identity at runtime); only its type changes. Literals widen: `classify('x', 'restricted')` is a
 * `Restricted<string>`.
 *
 * Use it where data enters the program without a classified type (a raw database row, a header).
 *
 * @example
 * const email = classify(row.email, 'restricted', 'pii'); // Restricted<string, 'pii'>
 */
export function classify<T, L extends Level, C extends string = never>(
  value: T,
  level: L,
  category?: C,
): NoInfer<ClassifiedValue<T, L, C>> {
  checkLevel('classify', level);
  checkCategory('classify', category);
  return value as ClassifiedValue<T, L, C>;
}

/**
 * Labels a value Internal. Identity at runtime.
 *
 * @example
 * const requestId = internal(req.id); // Internal<string>
 */
export function internal<T, C extends string = never>(
  value: T,
  category?: C,
): NoInfer<ClassifiedValue<T, 'internal', C>> {
  return classify(value, 'internal', category);
}

/**
 * Labels a value Confidential. Identity at runtime.
 *
 * @example
 * const reward = confidential(referral.rewardCents); // Confidential<number>
 */
export function confidential<T, C extends string = never>(
  value: T,
  category?: C,
): NoInfer<ClassifiedValue<T, 'confidential', C>> {
  return classify(value, 'confidential', category);
}

/**
 * Labels a value Restricted, the highest level. Identity at runtime.
 *
 * @example
 * const email = restricted(row.email, 'pii'); // Restricted<string, 'pii'>
 */
export function restricted<T, C extends string = never>(
  value: T,
  category?: C,
): NoInfer<ClassifiedValue<T, 'restricted', C>> {
  return classify(value, 'restricted', category);
}

/**
 * Removes every classification from a value, deeply, and records why. Returns the same value typed
 * {@link Declassified}.
 *
 * Use it at the one boundary that truly needs the raw value (sending the email, paying out), with a
 * reason a reviewer can audit. The reason is required: an empty or whitespace-only reason throws a
 * `TypeError`. Every {@link onDeclassify} listener receives `{ kind: 'declassify', reason }`, never
 * the value.
 *
 * @example
 * const to = declassify(user.email, 'Deliver the password-reset email'); // string
 */
export function declassify<T>(value: T, reason: string): Declassified<T> {
  const trimmed = requireReason('declassify', reason);
  emitAudit({ kind: 'declassify', reason: trimmed });
  return value as Declassified<T>;
}

/**
 * Gives a value a new level, keeping its categories. Raising needs no reason; lowering needs one
 * (the compiler asks for it) and is recorded like {@link declassify}, with `{ kind: 'reclassify',
 * reason, level }`.
 *
 * Gotcha: the level a value had is known only to the compiler, so at runtime every call that passes
 * a reason is recorded, and a call from plain JavaScript that lowers without a reason is not.
 *
 * @example
 * const total = reclassify(sumOfPayouts, 'internal', 'Aggregate over all users for the dashboard');
 * const raised = reclassify(requestId, 'confidential'); // raising: no reason needed
 */
export function reclassify<T, L extends Level>(
  value: T,
  level: L,
  ...reason: IsAtMost<LevelOf<T>, L> extends true ? [reason?: string] : [reason: string]
): Classified<Declassified<T>, L, CategoriesOf<T>> {
  checkLevel('reclassify', level);
  const [given] = reason as [string?];
  if (given !== undefined) {
    emitAudit({ kind: 'reclassify', reason: requireReason('reclassify', given), level });
  }
  return value as Classified<Declassified<T>, L, CategoriesOf<T>>;
}
