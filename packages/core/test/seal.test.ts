import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { isSealed, onDeclassify, seal, unseal, type AuditEvent } from '../src/index.js';

const SECRET = 'sk_live_51H8abcdefSECRET';
let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('seal', () => {
  it('prints as a placeholder everywhere', () => {
    const box = seal(SECRET, 'stripe');
    const anon = seal(SECRET);
    expect(String(box)).toBe('<sealed:stripe>');
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- printing a box in a template is the point
    expect(`${anon}`).toBe('<sealed>');
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- printing a box in a template is the point
    expect(`key=${box}`).toBe('key=<sealed:stripe>');
    expect('' + String(anon)).toBe('<sealed>');
    expect(JSON.stringify({ box })).toBe('{"box":"<sealed:stripe>"}');
    expect(inspect(box)).toBe('<sealed:stripe>');
    expect(inspect({ nested: { box } }, { depth: 5 })).not.toContain(SECRET);
  });

  it('prints as a placeholder through console.log', () => {
    // A real Console writing to a stream we read (vitest replaces the global console's output).
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    const console = new Console({ stdout: stream, colorMode: false });
    console.log(seal(SECRET, 'stripe'));
    console.log({ key: seal(SECRET) });
    console.log('%s and %o', seal(SECRET), seal(SECRET));
    const printed = chunks.join('');
    expect(printed).toBe('<sealed:stripe>\n{ key: <sealed> }\n<sealed> and <sealed>\n');
    expect(printed).not.toContain(SECRET);
  });

  it('cannot be opened by enumerating, spreading or cloning', () => {
    const box = seal({ password: SECRET }, 'db');
    expect(Object.keys(box)).toEqual([]);
    expect(Object.getOwnPropertyNames(box)).toEqual(['label']);
    expect(Object.getOwnPropertySymbols(box)).toEqual([]);
    expect(JSON.stringify({ ...box })).not.toContain(SECRET);
    expect(JSON.stringify(structuredClone(box))).not.toContain(SECRET);
    expect(inspect(structuredClone(box), { showHidden: true, depth: 10 })).not.toContain(SECRET);
    const props = Object.getOwnPropertyNames(box).map((name) =>
      String((box as unknown as Record<string, unknown>)[name]),
    );
    expect(props.join()).not.toContain(SECRET);
    expect(Object.isFrozen(box)).toBe(true);
  });

  it('rejects a label that is not a string', () => {
    expect(() => seal(SECRET, 3 as unknown as string)).toThrow(/`label` must be a string/);
  });
});

describe('unseal', () => {
  it('returns the value and records the reason and label, not the value', () => {
    const events: AuditEvent[] = [];
    stop = onDeclassify((e) => events.push(e));
    expect(unseal(seal(SECRET, 'stripe'), ' Sign the payout request ')).toBe(SECRET);
    expect(unseal(seal(SECRET), 'Sign the payout request')).toBe(SECRET);
    expect(events).toEqual([
      { kind: 'unseal', reason: 'Sign the payout request', label: 'stripe' },
      { kind: 'unseal', reason: 'Sign the payout request' },
    ]);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('needs a reason and a real box', () => {
    expect(() => unseal(seal(SECRET), '  ')).toThrow(/unseal\(\) needs a reason/);
    expect(() => unseal({} as ReturnType<typeof seal<string>>, 'a real reason')).toThrow(
      /expected a box made by seal\(\)/,
    );
  });

  it('tells boxes apart from look-alikes', () => {
    expect(isSealed(seal(1))).toBe(true);
    expect(isSealed({ toString: () => '<sealed>' })).toBe(false);
    expect(isSealed(null)).toBe(false);
  });
});
