// Mistake: analytics.identify with the email (tokenize the id instead).
import { Analytics } from '@segment/analytics-node';
import type { User } from '../src/models.js';

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '' });

export function identify(user: User): void {
  analytics.identify({ userId: user.id, traits: { email: user.email } });
}
