// Logging: pino blanks every classified field of a user object it is given (redact paths from the
// schema), and events are logged through the redactor, which masks (j*******@example.com).
import { pino, type Logger } from 'pino';
import { pinoRedactPaths, redactor } from '@classified/zod';
import { User } from './models.js';

export function createLogger(destination?: pino.DestinationStream): Logger {
  const options = { redact: { paths: pinoRedactPaths(User, { prefix: 'user' }) } };
  return destination ? pino(options, destination) : pino(options);
}

export const redactUser = redactor(User);

/** Logs a business event with Internal data only. */
export function logEvent(logger: Logger, event: string, data: Record<string, unknown>): void {
  logger.info({ event, ...data }, event);
}
