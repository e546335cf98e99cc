import { describe, expect, it } from 'vitest';
import { LEVELS, compareLevels, isAtMost, isLevel, maxLevel, type Level } from '../src/index.js';

describe('levels', () => {
  it('lists the four levels in order and cannot be changed', () => {
    expect(LEVELS).toEqual(['public', 'internal', 'confidential', 'restricted']);
    expect(Object.isFrozen(LEVELS)).toBe(true);
  });

  it('compares every pair by rank', () => {
    for (const [i, a] of LEVELS.entries()) {
      for (const [j, b] of LEVELS.entries()) {
        expect(Math.sign(compareLevels(a, b))).toBe(Math.sign(i - j));
        expect(isAtMost(a, b)).toBe(i <= j);
      }
    }
    expect(
      ['restricted', 'public', 'confidential', 'internal'].sort((a, b) => compareLevels(a as Level, b as Level)),
    ).toEqual(LEVELS);
    expect(maxLevel('internal', 'restricted')).toBe('restricted');
    expect(maxLevel('confidential', 'public')).toBe('confidential');
  });

  it('recognises level names', () => {
    expect(isLevel('internal')).toBe(true);
    expect(isLevel('secret')).toBe(false);
    expect(isLevel('toString')).toBe(false);
    expect(isLevel(undefined)).toBe(false);
  });

  it('rejects a name that is not a level, without echoing it', () => {
    expect(() => compareLevels('secret' as Level, 'public')).toThrow(TypeError);
    expect(() => isAtMost('public', 'hunter2' as Level)).toThrow(
      /expected a classification level \(public, internal, confidential, restricted\), got a string of 7 characters/,
    );
    expect(() => isAtMost('public', 'hunter2' as Level)).not.toThrow(/hunter2/);
  });
});
