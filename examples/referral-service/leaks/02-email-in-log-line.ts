// Mistake: the email in a template-string log line.
import { pino } from 'pino';
import type { User } from '../src/models.js';

const logger = pino();

export function onPasswordReset(user: User): void {
  logger.info(`password reset requested by ${user.email}`);
}
