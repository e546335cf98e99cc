// Mistake: a leak through a logEvent() wrapper. The wrapper itself looks harmless; the call that
// hands it the user is the leak.
import { pino } from 'pino';
import type { Referral } from '../src/models.js';

const logger = pino();

function logEvent(event: string, data: Record<string, unknown>): void {
  logger.info({ event, ...data }, event);
}

export function onReferral(referral: Referral): void {
  logEvent('referral.created', { referralId: referral.id, friend: referral.friendEmail });
}
