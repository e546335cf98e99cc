// Mistake: an API key in source code.
import { seal } from '@classified/core';

export const payoutApiKey = seal('pk_live_4f9a8b7c6d5e4f3a2b1c', 'payout-api-key');
