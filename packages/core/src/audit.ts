import type { Level } from './levels.js';

/**
 * What the audit trail receives when classified data is released or relabelled. It never holds the
 * value itself: only what happened, the reason given and, where known, the new level or the label.
 *
 * @example
 * { kind: 'declassify', reason: 'Support ticket SUP-123 needs the full address' }
 * { kind: 'reclassify', reason: 'Aggregated over 1,000 users', level: 'internal' }
 * { kind: 'unseal', reason: 'Sign the payout request', label: 'payout-api-key' }
 */
export type AuditEvent =
  | { readonly kind: 'declassify'; readonly reason: string }
  | { readonly kind: 'reclassify'; readonly reason: string; readonly level: Level }
  | { readonly kind: 'unseal'; readonly reason: string; readonly label?: string };

/**
 * A function that receives every {@link AuditEvent}.
 *
 * @example
 * const listener: AuditListener = (event) => auditLog.write(event);
 */
export type AuditListener = (event: AuditEvent) => void;

const listeners = new Set<AuditListener>();

/**
 * Registers a listener for every `declassify`, lowering `reclassify` and `unseal`, and returns a
 * function that unregisters it.
 *
 * Use it to keep the audit trail a data-handling policy asks for (who released what, and why). A
 * listener that throws is ignored: the audit trail never breaks the caller.
 *
 * @example
 * const stop = onDeclassify((event) => auditLog.info(event));
 * declassify(user.email, 'Send the password-reset email');
 * // auditLog received { kind: 'declassify', reason: 'Send the password-reset email' }
 * stop();
 */
export function onDeclassify(listener: AuditListener): () => void {
  if (typeof listener !== 'function') {
    throw new TypeError(`onDeclassify: expected a listener function, got a value of type ${typeof listener}.`);
  }
  // A wrapper, so that registering the same function twice gives two independent subscriptions.
  const entry: AuditListener = (event) => listener(event);
  listeners.add(entry);
  return () => {
    listeners.delete(entry);
  };
}

/** Sends an event to every listener; a listener that throws does not reach the caller. */
export function emitAudit(event: AuditEvent): void {
  const frozen = Object.freeze(event);
  for (const listener of listeners) {
    try {
      listener(frozen);
    } catch {
      // The audit trail must never break the code that is being audited.
    }
  }
}

/**
 * Checks a reason and returns it trimmed. Throws a `TypeError` that says what is wrong, and never
 * echoes the classified value (the reason is the caller's prose, not data).
 */
export function requireReason(fn: string, reason: unknown): string {
  if (typeof reason !== 'string') {
    throw new TypeError(
      `${fn}() needs a reason: pass a non-empty string that says why this value may leave its classification (got ${reason === null ? 'null' : typeof reason}).`,
    );
  }
  const trimmed = reason.trim();
  if (trimmed === '') {
    throw new TypeError(
      `${fn}() needs a reason: the reason is empty or only whitespace. Say why this value may leave its classification.`,
    );
  }
  return trimmed;
}
