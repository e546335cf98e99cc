import { REDACTED } from '@classified/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { classificationOf, classified, confidential, internal, redactor, restricted } from '../src/index.js';

const SECRET = 'hunter2-secret-value';

describe('meta validation', () => {
  it.each([
    [
      { mask: 'hash' },
      /`meta.mask` must be one of email, phone, card, middle, redact, token or a function; got 'hash'/,
    ],
    [{ retention: '30 days' }, /`meta.retention` must be an ISO-8601 duration such as 'P30D' or 'P1Y'; got '30 days'/],
    [{ retention: 'P' }, /`meta.retention` must be an ISO-8601 duration/],
    [{ retention: 'PT' }, /`meta.retention` must be an ISO-8601 duration/],
    [{ category: '' }, /`meta.category` must be a non-empty string/],
    [{ catgory: 'pii' }, /unknown meta key `catgory`\. Known keys: category, mask, retention, description/],
    [{ description: 42 }, /`meta.description` must be a string/],
    ['pii', /`meta` must be an object such as \{ category: 'pii' \}; got string/],
  ])('rejects %j with a clear error', (meta, message) => {
    expect(() => restricted(z.string(), meta as never)).toThrow(message);
  });

  it.each([['P30D'], ['P1Y6M'], ['PT12H'], ['P2W'], ['P1DT2H30M'], ['P0.5Y']])(
    'accepts the duration %s',
    (retention) => {
      expect(() => restricted(z.string(), { retention })).not.toThrow();
    },
  );

  it('rejects a level that is not a level, and a value that is not a zod schema', () => {
    expect(() => classified(z.string(), 'secret' as never)).toThrow(
      /`level` must be one of public, internal, confidential, restricted; got 'secret'/,
    );
    expect(() => restricted('string' as never)).toThrow(
      /restricted\(\): expected a zod schema \(from 'zod' v4\), got string/,
    );
  });
});

describe('classified schemas', () => {
  it('parse like the schema they wrap, and do not change it', () => {
    const base = z.string().min(3);
    const email = restricted(base, { category: 'pii' });
    expect(email.parse('abc')).toBe('abc');
    expect(email.safeParse('ab').success).toBe(false);
    expect(classificationOf(base)).toEqual([]);
    expect(classificationOf(email)).toEqual([{ path: '', level: 'restricted', category: 'pii' }]);
  });

  it('stay classified through clones zod makes (.min, .describe, .meta, .refine)', () => {
    const email = restricted(z.string(), { category: 'pii' });
    for (const clone of [
      email.min(1),
      email.describe('Contact'),
      email.meta({ title: 'x' }),
      email.refine(() => true),
    ]) {
      expect(classificationOf(clone)).toEqual([{ path: '', level: 'restricted', category: 'pii' }]);
    }
  });

  it('never lower a level already on the schema, or on a field inside it', () => {
    const email = restricted(z.string(), { category: 'pii', description: 'Login' });
    expect(classificationOf(internal(email))).toEqual([
      { path: '', level: 'restricted', category: 'pii', description: 'Login' },
    ]);
    const Wrapped = internal(z.object({ email, note: z.string() }));
    expect(classificationOf(Wrapped)).toEqual([
      { path: 'email', level: 'restricted', category: 'pii', description: 'Login' },
      { path: 'note', level: 'internal' },
    ]);
    expect(redactor(Wrapped)(Wrapped.parse({ email: SECRET, note: 'n' }))).toEqual({ email: REDACTED, note: 'n' });
    expect((z.toJSONSchema(internal(email)) as Record<string, unknown>)['x-classification']).toEqual({
      level: 'restricted',
      category: 'pii',
    });
  });

  it('put an x-classification keyword in the JSON Schema', () => {
    const User = z.object({
      id: internal(z.string()),
      email: restricted(z.string().describe('Login'), { category: 'pii', retention: 'P2Y' }),
      score: confidential(z.number()).optional(),
      note: z.string(),
      wrapped: restricted(z.object({ street: z.string() }), { category: 'pii', description: 'Home address' }),
    });
    const schema = z.toJSONSchema(User) as { properties: Record<string, Record<string, unknown>> };
    expect(schema.properties.id!['x-classification']).toEqual({ level: 'internal' });
    expect(schema.properties.email!['x-classification']).toEqual({
      level: 'restricted',
      category: 'pii',
      retention: 'P2Y',
    });
    expect(schema.properties.email!.description).toBe('Login');
    expect(schema.properties.score!['x-classification']).toEqual({ level: 'confidential' });
    expect(schema.properties.note!['x-classification']).toBeUndefined();
    expect(schema.properties.wrapped!['x-classification']).toEqual({ level: 'restricted', category: 'pii' });
    expect(schema.properties.wrapped!.description).toBe('Home address');
    const street = (schema.properties.wrapped!.properties as Record<string, Record<string, unknown>>).street!;
    expect(street['x-classification']).toEqual({ level: 'restricted', category: 'pii' });
  });
});

describe('safe errors', () => {
  const leakFree = (error: z.ZodError) => {
    const all = [error.message, JSON.stringify(error.issues), z.prettifyError(error), String(error)];
    for (const text of all) expect(text).not.toContain(SECRET);
  };

  it('never shows the raw input of a classified field, even with reportInput', () => {
    const User = z.object({ password: restricted(z.string().email(), { category: 'credential' }) });
    const result = User.safeParse({ password: SECRET }, { reportInput: true });
    expect(result.success).toBe(false);
    leakFree(result.error!);
    expect(result.error!.issues[0]!.input).toBeUndefined();
    expect(result.error!.issues[0]!.path).toEqual(['password']);
    // An unclassified field still reports its input as zod does.
    const Plain = z.object({ note: z.string().email() });
    expect(Plain.safeParse({ note: 'not-an-email' }, { reportInput: true }).error!.issues[0]).toHaveProperty(
      'input',
      'not-an-email',
    );
  });

  it('keeps zod’s own message, which says what type it got', () => {
    const result = restricted(z.string()).safeParse(12345678, { reportInput: true });
    expect(result.error!.issues[0]!.message).toBe('Invalid input: expected string, received number');
    expect(JSON.stringify(result.error!.issues)).not.toContain('12345678');
  });

  it('replaces a message that would repeat the value (custom messages and error maps)', () => {
    const refined = restricted(z.string().refine((v) => v.length > 100, { message: `bad value ${SECRET}` }));
    leakFree(refined.safeParse(SECRET).error!);
    const withMap = restricted(z.string().min(100, { error: (iss) => `too short: ${JSON.stringify(iss.input)}` }));
    const error = withMap.safeParse(SECRET, { reportInput: true }).error!;
    leakFree(error);
    const perParse = restricted(z.number()).safeParse(SECRET, { error: (iss) => `got ${String(iss.input)}` });
    leakFree(perParse.error!);
  });

  it('stays safe in clones, unions, arrays, objects and async parsing', async () => {
    const email = restricted(z.string().email(), { category: 'pii' });
    const cases: Array<[z.ZodType, unknown]> = [
      [email.min(3), SECRET],
      [email.describe('x'), SECRET],
      [z.union([email, z.number()]), SECRET],
      [z.array(email), [SECRET]],
      [z.object({ a: z.object({ b: email }) }), { a: { b: SECRET } }],
      [restricted(z.object({ street: z.string().email() })), { street: SECRET }],
      [email.optional(), SECRET],
    ];
    for (const [schema, input] of cases) {
      leakFree(schema.safeParse(input, { reportInput: true }).error!);
      leakFree((await schema.safeParseAsync(input, { reportInput: true })).error!);
    }
    const thrown = (() => {
      try {
        email.parse(SECRET, { reportInput: true });
      } catch (error) {
        return error as z.ZodError;
      }
      throw new Error('parse did not throw');
    })();
    leakFree(thrown);
  });
});
