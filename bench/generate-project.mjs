// Generates a project of realistic code for the lint benchmarks: models with classified fields,
// services that log through pino (directly and through wrappers), post to axios, mask, tokenize
// and declassify; one service in ten has two leaks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function generateProject(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/models'), { recursive: true });
  mkdirSync(join(dir, 'src/services'), { recursive: true });
  const models = Math.max(1, Math.floor(files / 5));
  const services = files - models;

  for (let i = 0; i < models; i++) {
    writeFileSync(
      join(dir, `src/models/model${i}.ts`),
      `import type { Confidential, Internal, Restricted, Sealed } from '@classified/core';

  export interface Address${i} {
    street: Restricted<string, 'pii'>;
    city: string;
    country: Internal<string>;
  }

  export interface Model${i} {
    id: Internal<string>;
    email: Restricted<string, 'pii'>;
    name: Restricted<string, 'pii'>;
    phone?: Restricted<string, 'pii'>;
    plan: 'free' | 'pro';
    address: Address${i};
    payouts: Array<{ iban: Restricted<string, 'payment'>; amountCents: Confidential<number> }>;
    apiKey: Sealed<string>;
    createdAt: Date;
    tags: string[];
  }

  export function describeModel${i}(m: Model${i}): string {
    return \`\${m.id} (\${m.plan})\`;
  }
  `,
    );
  }

  for (let i = 0; i < services; i++) {
    const m = i % models;
    const leak = i % 10 === 0; // one service in ten has a leak, as real code might
    writeFileSync(
      join(dir, `src/services/service${i}.ts`),
      `import { pino } from 'pino';
  import axios from 'axios';
  import { declassify, maskEmail, createTokenizer } from '@classified/core';
  import { type Model${m}, describeModel${m} } from '../models/model${m}.js';

  const logger = pino({ name: 'service${i}' });
  const tokenize = createTokenizer({ key: process.env.TOKEN_KEY ?? 'k'.repeat(32) });

  function logEvent(event: string, data: Record<string, unknown>): void {
    logger.info({ event, ...data }, event);
  }

  function audit(event: string, data: Record<string, unknown>): void {
    logEvent(\`audit.\${event}\`, data);
  }

  export async function handle${i}(user: Model${m}, items: number[]): Promise<number> {
    const total = items.reduce((sum, n) => sum + n, 0);
    const label = describeModel${m}(user);
    logger.info({ userId: user.id, total, label }, 'handled');
    logEvent('viewed', { userId: user.id, plan: user.plan, email: maskEmail(user.email) });
    audit('charged', { userId: user.id, amount: total });
    const summary = \`user \${user.id} on \${user.plan} with \${user.tags.length} tags\`;
    logger.debug(summary);
    await axios.post('https://analytics.example.com/track', { userId: tokenize(user.email), event: 'handled', total });
    if (total > 1000) {
      logger.warn({ userId: user.id, city: user.address.city }, 'large order');
    }
    const to = declassify(user.email, 'Send the receipt to the account owner');
    await axios.post('https://mail.internal.example/send', { to: \`\${to}\`, subject: 'Receipt' });
  ${leak ? `  logger.error(\`failed for \${user.email}\`);\n  audit('leak', { user });\n` : ''}  return total;
  }

  export function format${i}(user: Model${m}): string {
    const parts = [user.id, user.plan, String(user.createdAt.getTime())];
    return parts.join(':');
  }
  `,
    );
  }


  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'generated-project', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, types: ['node'], rootDir: 'src' },
      include: ['src'],
    }),
  );
  return { models, services };
}
