// A CommonJS app require()s both packages (fixtures/consumer.cjs).
import { beforeAll, describe, expect, it } from 'vitest';
import { runFixture } from './run.js';

describe('a CommonJS consumer', () => {
  let seen: Record<string, unknown>;
  beforeAll(async () => {
    seen = await runFixture('consumer.cjs');
  });

  it('resolves the CommonJS builds, and @classified/zod requires the CommonJS build of core', () => {
    expect(seen.coreResolved).toBe('dist/index.js');
    expect(seen.zodResolved).toBe('dist/index.js');
    expect(seen.loadedByZod).toContain('dist/index.js');
    expect(seen.loadedByZod).toContain('dist/seal.js');
    expect((seen.loadedByZod as string[]).filter((file) => file.startsWith('dist/esm/'))).toEqual([]);
  });

  it('declassifies, seals and unseals, with audit events that never hold the value', () => {
    expect(seen.declassified).toBe('jane.doe@example.com');
    expect(seen.unsealed).toBe('sk_live_123');
    expect(seen.printed).toEqual([
      '<sealed:payout-api-key>',
      '<sealed:payout-api-key>',
      '{"box":"<sealed:payout-api-key>"}',
    ]);
    expect(seen.sealed).toBe(true);
    expect(seen.instanceOfSealedBox).toBe(true);
    expect(seen.events).toEqual([
      { kind: 'declassify', reason: 'Send the password-reset email' },
      { kind: 'unseal', reason: 'Sign the payout request', label: 'payout-api-key' },
    ]);
  });

  it('classifies zod schemas: redactor, inventory, pino paths, safe parse errors', () => {
    expect(seen.redacted).toEqual({
      id: 'u_1',
      email: 'j*******@example.com',
      iban: 'D********************0',
      rewardCents: '[REDACTED]',
    });
    expect(seen.inventory).toEqual(['id:internal', 'email:restricted', 'iban:restricted', 'rewardCents:confidential']);
    expect(seen.pinoPaths).toEqual(['user.email', 'user.iban', 'user.rewardCents']);
    expect(seen.parseErrorShowsInput).toBe(false);
  });
});
