// The dual-package hazard: one app import()s the packages here and require()s them there
// (fixtures/hazard.mjs). The audit listeners and the seal registry must be one, whichever way in.
import { beforeAll, describe, expect, it } from 'vitest';
import { runFixture } from './run.js';

describe('one app, both formats', () => {
  let seen: Record<string, unknown>;
  beforeAll(async () => {
    seen = await runFixture('hazard.mjs');
  });

  it('delivers every audit event to the listeners of both formats', () => {
    const all = [
      { kind: 'declassify', reason: 'Emitted through require' },
      { kind: 'declassify', reason: 'Emitted through import' },
      { kind: 'reclassify', reason: 'Lowered through import', level: 'internal' },
      { kind: 'unseal', reason: 'Unseal a required box through import', label: 'cjs-key' },
      { kind: 'unseal', reason: 'Unseal an imported box through require', label: 'esm-key' },
    ];
    expect(seen.heardByEsm).toEqual(all);
    expect(seen.heardByCjs).toEqual(all);
  });

  it('unseals a box sealed by the other format', () => {
    expect(seen.boxes).toEqual({
      unsealedByEsm: 'sk_cjs',
      unsealedByCjs: 'sk_esm',
      isSealedAcross: [true, true],
      instanceOfAcross: [true, true],
      printed: ['<sealed:cjs-key>', '"<sealed:esm-key>"'],
    });
  });

  it('loads one copy of core', () => {
    expect(seen.coreLoadedOnce).toBe(1);
  });

  it('reads zod schemas classified through the other format', () => {
    expect(seen.zod).toEqual({
      esmRedactsCjsSchema: { id: 'u_1', email: 'j*******@example.com' },
      cjsRedactsEsmSchema: { id: 'u_1', email: 'j*******@example.com' },
      esmInventoryOfCjsSchema: ['id:internal', 'email:restricted'],
      cjsPinoPathsOfEsmSchema: ['email'],
      mixedRedacted: { card: '**** **** **** 1111', note: 'hi' },
      mixedParseErrorShowsInput: false,
    });
  });

  it('exports the same names from both entries', () => {
    const { core, zod } = seen.sameExports as Record<'core' | 'zod', [string[], string[]]>;
    expect(core[0]).toEqual(core[1]);
    expect(core[0]).toContain('declassify');
    expect(zod[0]).toEqual(zod[1]);
    expect(zod[0]).toContain('redactor');
  });
});
