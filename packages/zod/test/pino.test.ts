import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { confidential, internal, pinoRedactPaths, restricted } from '../src/index.js';

const User = z.object({
  id: internal(z.string()),
  email: restricted(z.string(), { category: 'pii' }),
  plan: z.string(),
  address: z.object({ street: restricted(z.string()), city: z.string() }),
  payouts: z.array(
    z.object({ iban: restricted(z.string(), { category: 'payment' }), amountCents: confidential(z.number()) }),
  ),
  metadata: z.record(z.string(), restricted(z.string())),
  'first-name': restricted(z.string()),
  pair: z.tuple([z.string(), restricted(z.string())]),
});

const SECRETS = [
  'jane.doe@example.com',
  '1 Main Street',
  'DE89370400440532013000',
  'FR7630006000011234567890189',
  'maiden-name-secret',
  'Janet-secret',
  'pair-secret',
];
const user = {
  id: 'u_1',
  email: SECRETS[0],
  plan: 'pro',
  address: { street: SECRETS[1], city: 'Paris' },
  payouts: [
    { iban: SECRETS[2], amountCents: 1250 },
    { iban: SECRETS[3], amountCents: 99 },
  ],
  metadata: { mother: SECRETS[4] },
  'first-name': SECRETS[5],
  pair: ['visible', SECRETS[6]],
};

function capture(paths: string[]): { logger: pino.Logger; lines: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ redact: { paths } }, stream), lines: () => chunks.join('') };
}

describe('pinoRedactPaths', () => {
  it('lists the paths above maxLevel, with wildcards', () => {
    expect(pinoRedactPaths(User)).toEqual([
      'email',
      'address.street',
      'payouts[*].iban',
      'payouts[*].amountCents',
      'metadata.*',
      '["first-name"]',
      'pair[1]',
    ]);
    expect(pinoRedactPaths(User, { maxLevel: 'confidential' })).not.toContain('payouts[*].amountCents');
    expect(pinoRedactPaths(User, { prefix: 'user' })).toContain('user["first-name"]');
    expect(pinoRedactPaths(User, { prefix: 'req.body' })).toContain('req.body.payouts[*].iban');
  });

  it('makes a real pino logger blank every classified value', () => {
    const { logger, lines } = capture(pinoRedactPaths(User));
    logger.info(structuredClone(user), 'user signed up');
    const out = lines();
    expect(out).toContain('user signed up');
    expect(out).toContain('"plan":"pro"');
    expect(out).toContain('"city":"Paris"');
    for (const secret of SECRETS) expect(out).not.toContain(secret);
    expect((JSON.parse(out) as { email: unknown }).email).toBe('[Redacted]');
  });

  it('works under a prefix, as the model sits in the log object', () => {
    const { logger, lines } = capture(pinoRedactPaths(User, { prefix: 'user' }));
    logger.info({ user: structuredClone(user), requestId: 'r-1' });
    const out = lines();
    expect(out).toContain('"requestId":"r-1"');
    for (const secret of SECRETS) expect(out).not.toContain(secret);
  });

  it('covers a wholly classified model', () => {
    const Card = restricted(z.object({ number: z.string(), holder: z.string() }), { category: 'payment' });
    expect(pinoRedactPaths(Card)).toEqual(['number', 'holder']);
    expect(pinoRedactPaths(z.object({ card: Card }), { prefix: 'evt' })).toEqual([
      'evt.card.number',
      'evt.card.holder',
    ]);
    expect(pinoRedactPaths(restricted(z.string()), { prefix: 'token' })).toEqual(['token']);
  });

  it('rejects bad options, naming them', () => {
    expect(() => pinoRedactPaths(User, { maxLevel: 'top' as never })).toThrow(/`maxLevel` must be one of/);
    expect(() => pinoRedactPaths(User, { prefix: 3 as never })).toThrow(/`prefix` must be a string/);
  });
});
