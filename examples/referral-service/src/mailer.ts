// The one boundary that needs the raw address: the mail provider delivers the invitation. The
// address is declassified there, with a reason the exceptions register lists.
import axios from 'axios';
import { declassify } from '@classified/core';
import type { Referral, User } from './models.js';

export interface Mailer {
  invite(referrer: User, referral: Referral): Promise<void>;
}

/** Sends through `post` (the mail provider's HTTPS API by default; tests pass a fake). */
export function createMailer(
  post: (url: string, body: object) => Promise<unknown> = (url, body) => axios.post(url, body),
): Mailer {
  return {
    async invite(referrer, referral) {
      await post('https://mail.example.com/v3/send', {
        to: declassify(referral.friendEmail, 'Deliver the invitation the referrer asked us to send'),
        template: 'referral-invite',
        referralId: referral.id,
        referrerId: referrer.id,
      });
    },
  };
}
