import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { seal } from '@classified/core';
import type { AxiosInstance } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTracker } from '../src/analytics.js';
import { createApp, hashApiKey } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { createMailer } from '../src/mailer.js';
import { createPayoutClient } from '../src/payouts.js';
import { Store } from '../src/store.js';

// No network beyond loopback: the payout provider and the mailer are fakes, Segment is disabled.
const lines: string[] = [];
const sent: Array<{ url: string; body: unknown }> = [];
const fakeHttp = {
  post: (url: string, body: unknown) => (sent.push({ url, body }), Promise.resolve({ data: { id: 'prov_1' } })),
} as unknown as AxiosInstance;
const store = new Store();
const app = createApp({
  store,
  logger: createLogger(new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) })),
  tracker: createTracker(seal('segment-write-key'), seal('k'.repeat(32)), { disable: true }),
  payouts: createPayoutClient(seal('pk_test_key'), fakeHttp),
  mailer: createMailer((url, body) => (sent.push({ url, body }), Promise.resolve())),
});
let base = '';
const server = app.listen(0, '127.0.0.1');
const listening = once(server, 'listening');

beforeAll(async () => {
  await listening;
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const post = async (route: string, body: unknown) => {
  const res = await fetch(base + route, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('the referral service', () => {
  let userId = '';

  it('signs a user up, answers with masked data, and logs no personal data', async () => {
    const res = await post('/users', { name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+44 20 7946 0958' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'J******e', email: 'j*******@example.com', phone: '******0958' });
    userId = String(res.body.id);
    const log = lines.join('');
    expect(log).toContain('"event":"signup"');
    expect(log).toContain('j*******@example.com');
    expect(log).not.toContain('jane.doe@example.com');
    expect(log).not.toContain('Jane Doe');
  });

  it('rejects a bad signup without echoing the input', async () => {
    const res = await post('/users', { name: 'Jane', email: 'not-an-email-secret-value' });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain('not-an-email-secret-value');
  });

  it('sends the invitation with the raw address, and only there', async () => {
    const res = await post('/referrals', { referrerId: userId, friendEmail: 'friend@example.com' });
    expect(res.status).toBe(201);
    expect(sent.at(-1)).toMatchObject({
      url: 'https://mail.example.com/v3/send',
      body: { to: 'friend@example.com', template: 'referral-invite' },
    });
    expect(lines.join('')).not.toContain('friend@example.com');
  });

  it('pays out through the approved provider over TLS', async () => {
    const res = await post('/payouts', {
      userId,
      amountCents: 500,
      method: { type: 'iban', iban: 'DE89370400440532013000' },
    });
    expect(res.status).toBe(202);
    expect(sent.at(-1)).toMatchObject({
      url: 'https://api.payouts.example/v1/payouts',
      body: { amountCents: 500, method: { iban: 'DE89370400440532013000' } },
    });
    expect(lines.join('')).not.toContain('DE89370400440532013000');
  });

  it('answers partners who present a valid API key, with masked data', async () => {
    store.partners.set('p1', { id: 'p1', name: 'Acme', apiKeyHash: hashApiKey('partner-secret-key') });
    const ok = await fetch(`${base}/partners/users/${userId}`, { headers: { 'x-api-key': 'partner-secret-key' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ email: 'j*******@example.com' });
    const denied = await fetch(`${base}/partners/users/${userId}`, { headers: { 'x-api-key': 'wrong' } });
    expect(denied.status).toBe(401);
    expect(lines.join('')).not.toContain('partner-secret-key');
  });

  it('reads its secrets into sealed boxes, and names a missing one', () => {
    const config = loadConfig({ PAYOUT_API_KEY: 'pk_live_x', SEGMENT_WRITE_KEY: 'w', TOKEN_KEY: 'k'.repeat(32) });
    expect(JSON.stringify(config)).not.toContain('pk_live_x');
    expect(String(config.payoutApiKey)).toBe('<sealed:payout-api-key>');
    expect(() => loadConfig({})).toThrow('Missing environment variable PAYOUT_API_KEY');
  });
});
