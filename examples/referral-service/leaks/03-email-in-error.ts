// Mistake: the email in an error message. Errors end up in logs and in Sentry.
import type { User } from '../src/models.js';

export function requireVerified(user: User, verified: boolean): void {
  if (!verified) {
    throw new Error(`account ${user.email} is not verified`);
  }
}
