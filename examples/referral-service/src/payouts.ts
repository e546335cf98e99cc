// The payout provider is an approved recipient of payment data (see `allow` in eslint.config.js):
// it receives the IBAN or card over TLS, and nothing else about the person.
import axios, { type AxiosInstance } from 'axios';
import { unseal, type Sealed } from '@classified/core';
import type { Payout } from './models.js';

export interface PayoutClient {
  send(payout: Payout): Promise<{ providerId: string }>;
}

export function createPayoutClient(apiKey: Sealed<string>, client?: AxiosInstance): PayoutClient {
  const http =
    client ??
    axios.create({
      baseURL: 'https://api.payouts.example',
      headers: { Authorization: `Bearer ${unseal(apiKey, 'Authenticate to the payout provider')}` },
    });
  return {
    async send(payout) {
      const response = await http.post<{ id: string }>('https://api.payouts.example/v1/payouts', {
        reference: payout.id,
        amountCents: payout.amountCents,
        method: payout.method,
      });
      return { providerId: response.data.id };
    },
  };
}
