// classifyResults against the client `prisma generate` writes for test/fixture/prisma/schema.prisma,
// on a real SQLite database: the values are unchanged and the types are branded, select and include
// included.
import type { Confidential, Internal, Restricted } from '@classified/core';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { classifyResults, type ClassifiedClient } from '../src/index.js';
import { createDatabase } from './fixture/db.js';
import { classification } from './fixture/prisma/classification.js';
import type { PrismaClient } from './fixture/generated/client.js';

let prisma: PrismaClient;
let db: ClassifiedClient<PrismaClient, typeof classification>;

/** A result as plain data. An extended client's results are Prisma's lazy proxies (null prototype,
 * computed fields read on access), which `toEqual` does not compare with plain objects. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

beforeAll(async () => {
  prisma = await createDatabase();
  db = classifyResults(prisma, classification);
  await prisma.user.create({
    data: {
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      ssn: '123-45-6789',
      posts: { create: [{ title: 'Notes', draft: 'the engine can compose music' }] },
    },
  });
  await prisma.user.create({ data: { email: 'alan@example.com', name: 'Alan Turing', plan: 'pro' } });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('classifyResults at runtime', () => {
  it('returns the rows unchanged', async () => {
    expect(plain(await db.user.findMany({ orderBy: { id: 'asc' } }))).toEqual([
      { id: 1, email: 'ada@example.com', name: 'Ada Lovelace', ssn: '123-45-6789', plan: 'free' },
      { id: 2, email: 'alan@example.com', name: 'Alan Turing', ssn: null, plan: 'pro' },
    ]);
  });

  it('adds no field that select leaves out', async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: 2 }, select: { id: true, email: true } });
    expect(Object.keys(row)).toEqual(['id', 'email']);
    expect(plain(row)).toEqual({ id: 2, email: 'alan@example.com' });
  });

  it('keeps include and nested relations', async () => {
    expect(
      plain(
        await db.user.findUniqueOrThrow({
          where: { id: 1 },
          include: { posts: { select: { title: true, draft: true } } },
        }),
      ),
    ).toEqual({
      id: 1,
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      ssn: '123-45-6789',
      plan: 'free',
      posts: [{ title: 'Notes', draft: 'the engine can compose music' }],
    });
  });

  it('returns what create and update write', async () => {
    const created = await db.user.create({
      data: { email: 'grace@example.com', name: 'Grace Hopper' },
      select: { email: true },
    });
    expect(plain(created)).toEqual({ email: 'grace@example.com' });
    const updated = await db.user.update({ where: { email: 'grace@example.com' }, data: { plan: 'pro' } });
    expect(plain(updated)).toEqual({ id: 3, email: 'grace@example.com', name: 'Grace Hopper', ssn: null, plan: 'pro' });
  });

  it('leaves the client it extends as it was', async () => {
    const row = await prisma.user.findUniqueOrThrow({ where: { id: 2 } });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row).toEqual({ id: 2, email: 'alan@example.com', name: 'Alan Turing', ssn: null, plan: 'pro' });
  });

  it('changes no value: the brand is in the types only, so a leak still prints the raw value', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: 1 }, select: { email: true, ssn: true } });
    expect(JSON.stringify(user)).toBe('{"email":"ada@example.com","ssn":"123-45-6789"}');
  });

  it('rejects a map with an unknown level or a bad category', () => {
    expect(() => classifyResults(prisma, { user: { email: 'secret' as 'restricted' } })).toThrow(
      new TypeError(
        'classifyResults: `user.email` must be a level (public, internal, confidential, restricted) or [level, category].',
      ),
    );
    expect(() => classifyResults(prisma, { user: { email: ['restricted', 7 as unknown as string] } })).toThrow(
      TypeError,
    );
  });
});

describe('classifyResults in the types', () => {
  it('brands every classified field of a full row and leaves the others', async () => {
    const user = await db.user.findFirstOrThrow();
    expectTypeOf(user.email).toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf(user.name).toEqualTypeOf<Confidential<string, 'pii'>>();
    expectTypeOf(user.ssn).toEqualTypeOf<Restricted<string, 'pii'> | null>();
    expectTypeOf(user.plan).toEqualTypeOf<Internal<string>>();
    expectTypeOf(user.id).toEqualTypeOf<number>();
  });

  it('brands what select picks, and only that', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: 1 }, select: { id: true, email: true } });
    expectTypeOf(user).toEqualTypeOf<{ id: number; email: Restricted<string, 'pii'> }>();
  });

  it('brands included and nested relations', async () => {
    const user = await db.user.findUniqueOrThrow({ where: { id: 1 }, include: { posts: true } });
    expectTypeOf(user.posts[0]!.draft).toEqualTypeOf<Confidential<string>>();
    expectTypeOf(user.posts[0]!.title).toEqualTypeOf<string>();
    const post = await db.post.findFirstOrThrow({ include: { author: { select: { email: true } } } });
    expectTypeOf(post.author.email).toEqualTypeOf<Restricted<string, 'pii'>>();
  });

  it('brands what create returns', async () => {
    const user = await db.user.create({ data: { email: 'linus@example.com', name: 'Linus' } });
    expectTypeOf(user.email).toEqualTypeOf<Restricted<string, 'pii'>>();
  });

  it('composes with another extension passed in first', async () => {
    const both = classifyResults(
      prisma.$extends({
        result: { user: { initials: { needs: { name: true }, compute: (u) => u.name.slice(0, 1) } } },
      }),
      classification,
    );
    const user = await both.user.findUniqueOrThrow({ where: { id: 1 } });
    expect(user.initials).toBe('A');
    expect(user.email).toBe('ada@example.com');
    expectTypeOf(user.initials).toEqualTypeOf<string>();
    expectTypeOf(user.email).toEqualTypeOf<Restricted<string, 'pii'>>();
  });

  it('stops a restricted field at an Internal slot, where the plain client does not', async () => {
    const track = (_: { email: Internal<string> }) => undefined;
    const plain = await prisma.user.findFirstOrThrow();
    track({ email: plain.email });
    const user = await db.user.findFirstOrThrow();
    // @ts-expect-error – a Restricted value cannot reach a function that accepts at most Internal
    track({ email: user.email });
  });
});
