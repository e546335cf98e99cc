// Analytics gets tokenized user ids, never emails: the same person gives the same token, and the
// token cannot be read back.
import { Analytics } from '@segment/analytics-node';
import { createTokenizer, unseal, type Sealed } from '@classified/core';
import type { User } from './models.js';

export interface Tracker {
  signup(user: User): void;
  referral(user: User, referralId: string): void;
}

export function createTracker(
  writeKey: Sealed<string>,
  tokenKey: Sealed<string>,
  options: { disable?: boolean } = {},
): Tracker {
  const analytics = new Analytics({
    writeKey: unseal(writeKey, 'Authenticate to Segment'),
    disable: options.disable ?? false,
  });
  const tokenize = createTokenizer({ key: unseal(tokenKey, 'Key the analytics tokenizer') });
  return {
    signup(user) {
      analytics.identify({ userId: tokenize(user.id), traits: { createdAt: user.createdAt } });
      analytics.track({ userId: tokenize(user.id), event: 'Signed Up' });
    },
    referral(user, referralId) {
      analytics.track({ userId: tokenize(user.id), event: 'Referral Created', properties: { referralId } });
    },
  };
}
