// Mistake: a payout sent over http:// — the IBAN travels unencrypted.
import axios from 'axios';
import type { Payout } from '../src/models.js';

export async function sendPayout(payout: Payout): Promise<void> {
  await axios.post('http://api.payouts.example/v1/payouts', { reference: payout.id, method: payout.method });
}
