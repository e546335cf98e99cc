import { describe, expect, expectTypeOf, it } from 'vitest';
import { Confidential, Internal, Public, Restricted, type LevelOf } from '../src/index.js';

// The per-shape aliases are the generic aliases under another name: only decorator metadata tells
// them apart (docs/frameworks.md; the emitted metadata is tested in examples/nestjs-service).
describe('per-shape aliases for decorated classes', () => {
  it('are the same types as the generic aliases', () => {
    expectTypeOf<Restricted.String<'pii'>>().toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf<Restricted.Number<'payment'>>().toEqualTypeOf<Restricted<number, 'payment'>>();
    expectTypeOf<Restricted.Boolean>().toEqualTypeOf<Restricted<boolean>>();
    expectTypeOf<Restricted.BigInt<'payment'>>().toEqualTypeOf<Restricted<bigint, 'payment'>>();
    expectTypeOf<Restricted.Date<'pii'>>().toEqualTypeOf<Restricted<Date, 'pii'>>();
    expectTypeOf<Confidential.Number>().toEqualTypeOf<Confidential<number>>();
    expectTypeOf<Internal.String>().toEqualTypeOf<Internal<string>>();
    expectTypeOf<Public.Date>().toEqualTypeOf<Public<Date>>();
  });

  it('keep the level', () => {
    expectTypeOf<LevelOf<{ email: Restricted.String<'pii'> }>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<LevelOf<{ n?: Confidential.Number | null }>>().toEqualTypeOf<'confidential'>();
    // A restricted value does not fit an internal slot.
    expectTypeOf<Restricted.String<'pii'>>().not.toExtend<Internal.String>();
    expectTypeOf<Internal.String>().toExtend<Restricted.String>();
  });

  it('name Date at runtime, so that `design:type` of a `.Date` field is Date', () => {
    for (const level of [Public, Internal, Confidential, Restricted]) expect(level.Date).toBe(Date);
    expect(Object.keys(Restricted)).toEqual(['Date']);
  });
});
