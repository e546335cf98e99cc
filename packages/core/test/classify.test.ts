import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  classify,
  confidential,
  declassify,
  internal,
  onDeclassify,
  reclassify,
  restricted,
  type AuditEvent,
  type Level,
} from '../src/index.js';

const stops: Array<() => void> = [];
function listen(): AuditEvent[] {
  const events: AuditEvent[] = [];
  stops.push(onDeclassify((event) => events.push(event)));
  return events;
}
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('classify', () => {
  it('returns the same value', () => {
    const obj = { a: 1 };
    expect(classify(obj, 'restricted')).toBe(obj);
    expect(restricted('x', 'pii')).toBe('x');
    expect(confidential(3)).toBe(3);
    expect(internal(null)).toBe(null);
  });

  it('rejects an unknown level and a non-string category', () => {
    expect(() => classify('x', 'secret' as Level)).toThrow(/classify: expected a classification level/);
    expect(() => classify('x', 'restricted', 7 as unknown as string)).toThrow(/category must be a string, got number/);
  });
});

describe('declassify', () => {
  it('returns the value and tells every listener the reason, never the value', () => {
    const events = listen();
    const other = listen();
    const email = restricted('jane@example.com', 'pii');
    expect(declassify(email, '  Deliver the password-reset email ')).toBe('jane@example.com');
    expect(events).toEqual([{ kind: 'declassify', reason: 'Deliver the password-reset email' }]);
    expect(other).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('jane');
  });

  it.each([[''], ['   '], ['\n\t']])('rejects the blank reason %j with a TypeError that says why', (reason) => {
    const events = listen();
    expect(() => declassify('secret-value', reason)).toThrow(TypeError);
    expect(() => declassify('secret-value', reason)).toThrow(
      /declassify\(\) needs a reason: the reason is empty or only whitespace/,
    );
    expect(events).toEqual([]);
  });

  it('rejects a missing reason from untyped callers, without echoing the value', () => {
    const untyped = declassify as (value: unknown, reason?: unknown) => unknown;
    expect(() => untyped('secret-value')).toThrow(/needs a reason.*got undefined/);
    expect(() => untyped('secret-value', 42)).toThrow(/got number/);
    expect(() => untyped('secret-value')).not.toThrow(/secret-value/);
  });

  it('never lets a throwing listener break the caller, and still reaches the others', () => {
    stops.push(
      onDeclassify(() => {
        throw new Error('audit sink down');
      }),
    );
    const events = listen();
    expect(declassify('v', 'a good reason here')).toBe('v');
    expect(events).toHaveLength(1);
  });

  it('stops calling a listener once unsubscribed, and subscribes the same function twice independently', () => {
    const listener = vi.fn();
    const stopA = onDeclassify(listener);
    const stopB = onDeclassify(listener);
    declassify('v', 'first reason');
    expect(listener).toHaveBeenCalledTimes(2);
    stopA();
    declassify('v', 'second reason');
    expect(listener).toHaveBeenCalledTimes(3);
    stopB();
    stopB();
    declassify('v', 'third reason');
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('hands listeners a frozen event', () => {
    const events = listen();
    declassify('v', 'a reason');
    expect(Object.isFrozen(events[0])).toBe(true);
  });

  it('rejects a listener that is not a function', () => {
    expect(() => onDeclassify('nope' as unknown as () => void)).toThrow(/expected a listener function/);
  });
});

describe('reclassify', () => {
  it('records a lowering with its reason and new level', () => {
    const events = listen();
    const email = restricted('a@b.co', 'pii');
    expect(reclassify(email, 'internal', 'Aggregated for the dashboard')).toBe('a@b.co');
    expect(events).toEqual([{ kind: 'reclassify', reason: 'Aggregated for the dashboard', level: 'internal' }]);
  });

  it('raises without a reason and records nothing', () => {
    const events = listen();
    expect(reclassify(internal('id-1'), 'restricted')).toBe('id-1');
    expect(events).toEqual([]);
  });

  it('rejects a blank reason and an unknown level', () => {
    const email = restricted('a@b.co', 'pii');
    expect(() => reclassify(email, 'internal', ' ')).toThrow(/reclassify\(\) needs a reason/);
    expect(() => reclassify(email, 'top' as 'restricted')).toThrow(/reclassify: expected a classification level/);
  });
});
