// The HTTP API. Each boundary does the right thing: parse and classify at the edge, log ids and
// masked values, answer with redacted copies, tokenize for analytics, pay the approved provider.
import { createHash, randomUUID } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { maskEmail } from '@classified/core';
import type { Tracker } from './analytics.js';
import { logEvent, redactUser } from './log.js';
import type { Mailer } from './mailer.js';
import { Payout, PayoutRequest, Referral, ReferralRequest, SignupRequest, User } from './models.js';
import type { PayoutClient } from './payouts.js';
import type { Store } from './store.js';

export interface Deps {
  readonly store: Store;
  readonly logger: Logger;
  readonly tracker: Tracker;
  readonly payouts: PayoutClient;
  readonly mailer: Mailer;
}

/** Hashes a partner API key the way it is stored. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function createApp({ store, logger, tracker, payouts, mailer }: Deps): Express {
  const app = express();
  app.use(express.json());

  app.post('/users', (req: Request, res: Response) => {
    const parsed = SignupRequest.safeParse(req.body);
    if (!parsed.success) {
      // Parse errors of classified fields never contain the input.
      res.status(400).json({
        error: 'invalid signup',
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
      return;
    }
    const user = User.parse({ ...parsed.data, id: randomUUID(), createdAt: new Date().toISOString() });
    store.users.set(user.id, user);
    logEvent(logger, 'signup', { userId: user.id, email: maskEmail(user.email) });
    tracker.signup(user);
    res.status(201).json(redactUser(user));
  });

  app.post('/referrals', async (req: Request, res: Response) => {
    const parsed = ReferralRequest.safeParse(req.body);
    const referrer = parsed.success ? store.users.get(parsed.data.referrerId) : undefined;
    if (!parsed.success || !referrer) {
      res.status(400).json({ error: 'invalid referral' });
      return;
    }
    const referral = Referral.parse({ id: randomUUID(), ...parsed.data, status: 'invited', rewardCents: 500 });
    store.referrals.set(referral.id, referral);
    await mailer.invite(referrer, referral);
    logEvent(logger, 'referral.created', { referralId: referral.id, referrerId: referrer.id });
    tracker.referral(referrer, referral.id);
    res.status(201).json({ id: referral.id, status: 'invited' });
  });

  app.post('/payouts', async (req: Request, res: Response) => {
    const parsed = PayoutRequest.safeParse(req.body);
    if (!parsed.success || !store.users.has(parsed.data.userId)) {
      res.status(400).json({ error: 'invalid payout' });
      return;
    }
    const payout = Payout.parse({ id: randomUUID(), ...parsed.data });
    store.payouts.set(payout.id, payout);
    const { providerId } = await payouts.send(payout);
    logEvent(logger, 'payout.sent', { payoutId: payout.id, providerId });
    res.status(202).json({ id: payout.id, providerId });
  });

  // The partner API: partners authenticate with an API key; the key is compared by hash and never logged.
  app.get('/partners/users/:id', (req: Request, res: Response) => {
    const key = req.header('x-api-key') ?? '';
    const partner = [...store.partners.values()].find((p) => p.apiKeyHash === hashApiKey(key));
    const user = store.users.get(String(req.params.id));
    if (!partner || !user) {
      res.status(partner ? 404 : 401).json({ error: partner ? 'not found' : 'unauthorized' });
      return;
    }
    logEvent(logger, 'partner.lookup', { partnerId: partner.id, userId: user.id });
    res.json(redactUser(user));
  });

  return app;
}
