// The shape `prisma generate` emits for `model User { id String @id; email String @unique;
// phone String?; passwordHash String }` (node_modules/.prisma/client/index.d.ts, trimmed to the
// model types and one delegate). Checked in because `prisma generate` downloads its engines.
import type * as runtime from './runtime.js';

export type $UserPayload = {
  name: 'User';
  objects: {};
  scalars: runtime.GetPayloadResult<{ id: string; email: string; phone: string | null; passwordHash: string }, {}>;
  composites: {};
};

/** Model User */
export type User = runtime.DefaultSelection<$UserPayload>;

export interface UserDelegate {
  findUniqueOrThrow(args: { where: { id: string } | { email: string } }): Promise<User>;
  create(args: { data: { email: string; phone?: string | null; passwordHash: string } }): Promise<User>;
}

export declare class PrismaClient {
  constructor(options?: { log?: ('query' | 'info' | 'warn' | 'error')[] });
  readonly user: UserDelegate;
}
