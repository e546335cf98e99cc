// The recipes of docs/frameworks.md, checked by the compiler (this file is type-checked by
// `npm run typecheck`: a wrong expectTypeOf fails it) and at runtime where there is a runtime.
import { declassify, type CategoriesOf, type LevelOf, type Restricted } from '@classified/core';
import type { ConfigType } from '@nestjs/config';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { authConfig, mailConfig } from '../src/config.js';
import type { User as PrismaUser, UserDelegate } from './recipes/prisma-client/index.js';

describe('NestJS config: typed namespaces keep the brand', () => {
  it('ConfigType<typeof authConfig> holds the classified secret', () => {
    type Secret = ConfigType<typeof authConfig>['jwtSecret'];
    expectTypeOf<LevelOf<Secret>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<CategoriesOf<Secret>>().toEqualTypeOf<'credential'>();
    expectTypeOf<Secret>().toExtend<string>();
    expectTypeOf<LevelOf<ConfigType<typeof mailConfig>>>().toEqualTypeOf<'restricted'>();
    expectTypeOf<ConfigType<typeof authConfig>['tokenTtlSeconds']>().toEqualTypeOf<number>();
  });
});

describe('Drizzle: $type<Restricted<…>>() classifies a column', () => {
  const users = sqliteTable('users', {
    id: text('id').primaryKey(),
    email: text('email').$type<Restricted<string, 'pii'>>().notNull(),
    phone: text('phone').$type<Restricted<string, 'pii'>>(),
  });

  it('selected and inserted rows carry the brand', () => {
    expectTypeOf<(typeof users.$inferSelect)['email']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf<(typeof users.$inferSelect)['phone']>().toEqualTypeOf<Restricted<string, 'pii'> | null>();
    expectTypeOf<LevelOf<typeof users.$inferSelect>>().toEqualTypeOf<'restricted'>();
    // A plain string is still insertable: raising is always allowed.
    expectTypeOf<{ id: string; email: string }>().toExtend<typeof users.$inferInsert>();
    expect(users.email.name).toBe('email');
  });
});

describe('Prisma: a classified view of the generated model', () => {
  // The recipe: declare the classified model once, over the generated one, and type the
  // data-access functions with it. Prisma's result is assignable to it without a cast.
  type User = Omit<PrismaUser, 'email' | 'phone' | 'passwordHash'> & {
    email: Restricted<string, 'pii'>;
    phone: Restricted<string, 'pii'> | null;
    passwordHash: Restricted<string, 'credential'>;
  };
  const findUser = (users: UserDelegate, id: string): Promise<User> => users.findUniqueOrThrow({ where: { id } });

  it('keeps the generated fields and classifies the sensitive ones', async () => {
    expectTypeOf<User['id']>().toEqualTypeOf<string>();
    expectTypeOf<User['email']>().toEqualTypeOf<Restricted<string, 'pii'>>();
    expectTypeOf<LevelOf<Awaited<ReturnType<typeof findUser>>>>().toEqualTypeOf<'restricted'>();
    const stub: UserDelegate = {
      findUniqueOrThrow: () => Promise.resolve({ id: 'u1', email: 'ada@example.com', phone: null, passwordHash: 'h' }),
      create: () => Promise.reject(new Error('not used')),
    };
    const user = await findUser(stub, 'u1');
    expect(declassify(user.email, 'The test reads back what the stub returned')).toBe('ada@example.com');
  });
});
