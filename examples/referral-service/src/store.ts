// An in-memory store: enough for the example (a real service uses its database).
import type { Partner, Payout, Referral, User } from './models.js';

export class Store {
  readonly users = new Map<string, User>();
  readonly referrals = new Map<string, Referral>();
  readonly payouts = new Map<string, Payout>();
  readonly partners = new Map<string, Partner>();
}
