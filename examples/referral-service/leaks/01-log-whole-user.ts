// Mistake: logging the whole user. pino's redact paths cover `user.*` only when the object is
// logged under `user`; here it is spread at the top level, and the email and name go to the logs.
import { pino } from 'pino';
import type { User } from '../src/models.js';

const logger = pino();

export function onSignup(user: User): void {
  logger.info(user, 'signup');
}
