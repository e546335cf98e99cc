// The service's data, classified where it is defined, following the data-handling policy:
// names, emails and phones are Restricted PII; payout details Restricted payment data; API keys
// Restricted credentials; referral records and business metrics Confidential; ids and event types
// Internal. Retention is recorded with each field.
import { z } from 'zod';
import { confidential, internal, restricted } from '@classified/zod';

export const User = z.object({
  id: internal(z.uuid(), { description: 'Internal user id' }),
  name: restricted(z.string().min(1), { category: 'pii', mask: 'middle', retention: 'P2Y', description: 'Full name' }),
  email: restricted(z.email(), {
    category: 'pii',
    mask: 'email',
    retention: 'P2Y',
    description: 'Login and contact address',
  }),
  phone: restricted(z.string().min(5), { category: 'pii', mask: 'phone', retention: 'P2Y' }).optional(),
  createdAt: internal(z.iso.datetime()),
});
export type User = z.infer<typeof User>;

export const Referral = z.object({
  id: internal(z.uuid()),
  referrerId: internal(z.uuid()),
  friendEmail: restricted(z.email(), {
    category: 'pii',
    mask: 'email',
    retention: 'P90D',
    description: 'The invited friend; deleted 90 days after the invitation',
  }),
  status: confidential(z.enum(['invited', 'joined', 'rewarded']), { retention: 'P2Y' }),
  rewardCents: confidential(z.number().int().nonnegative(), {
    retention: 'P7Y',
    description: 'Reward owed to the referrer',
  }),
});
export type Referral = z.infer<typeof Referral>;

export const PayoutMethod = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('iban'),
    iban: restricted(z.string().min(15), { category: 'payment', mask: 'middle', retention: 'P7Y' }),
  }),
  z.object({
    type: z.literal('card'),
    card: restricted(z.string().min(12), { category: 'payment', mask: 'card', retention: 'P7Y' }),
  }),
]);

export const Payout = z.object({
  id: internal(z.uuid()),
  userId: internal(z.uuid()),
  amountCents: confidential(z.number().int().positive(), { retention: 'P7Y' }),
  method: PayoutMethod,
});
export type Payout = z.infer<typeof Payout>;

export const Partner = z.object({
  id: internal(z.string()),
  name: confidential(z.string()),
  apiKeyHash: restricted(z.string(), {
    category: 'credential',
    mask: 'redact',
    description: 'SHA-256 of the partner API key',
  }),
});
export type Partner = z.infer<typeof Partner>;

/** What requests send: the input types stay plain, parsing classifies them. */
export const SignupRequest = User.pick({ name: true, email: true, phone: true });
export const ReferralRequest = z.object({ referrerId: internal(z.uuid()), friendEmail: Referral.shape.friendEmail });
export const PayoutRequest = z.object({
  userId: internal(z.uuid()),
  amountCents: Payout.shape.amountCents,
  method: PayoutMethod,
});

/** Every model, for the data inventory (`npm run demo`, docs). */
export const models = { User, Referral, Payout, Partner };
