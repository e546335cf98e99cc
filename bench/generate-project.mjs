// Generates a project of realistic code for the lint benchmarks: models with classified fields,
// services that log through pino (directly and through wrappers), post to axios, mask, tokenize
// and declassify; one service in ten has two leaks.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The marker of a planted leak: the benchmark expects exactly one report on each such line. */
export const PLANTED = '// planted leak';

/** Planted leaks, one statement each; the marker goes on the line a report is expected. */
function planted(statements) {
  return statements
    .map((s) => {
      const lines = s.split('\n');
      lines[lines.length - 1] += ` ${PLANTED}`;
      return `  ${lines.join('\n')}\n`;
    })
    .join('');
}

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

  /** A typed config service whose values hold a secret: \`get\` returns what it returns. */
  export class Config${i} {
    constructor(private readonly values: { smtpPassword: Restricted<string, 'credential'>; defaults: Record<string, string> }) {}
    get(key: string): string {
      return this.values.defaults[key] ?? '';
    }
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
  import { declassify, maskEmail, maskPhone, createTokenizer } from '@classified/core';
  import { type Model${m}, type Config${m}, describeModel${m} } from '../models/model${m}.js';

  const logger = pino({ name: 'service${i}' });
  const tokenize = createTokenizer({ key: process.env.TOKEN_KEY ?? 'k'.repeat(32) });

  function logEvent(event: string, data: Record<string, unknown>): void {
    logger.info({ event, ...data }, event);
  }

  function audit(event: string, data: Record<string, unknown>): void {
    logEvent(\`audit.\${event}\`, data);
  }

  function track<T>(event: string, data: T): void {
    logger.info({ event, data }, event);
  }

  function sendMail(mail: { to: string; subject: string }): void {
    logger.info({ to: mail.to }, 'mail queued');
  }

  function notify({ to, body }: { to: string; body: string }): void {
    logger.info({ to }, body.length > 0 ? 'notify' : 'empty');
  }

  class Recorder {
    record(what: unknown): void {
      logger.debug({ what }, 'recorded');
    }
  }

  export async function handle${i}(user: Model${m}, items: number[], users: Model${m}[], config: Config${m}): Promise<number> {
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
    // Shapes that carry nothing classified: keys, ids, a config getter, a plain query, fallbacks.
    logger.debug(Object.keys(user).join(','));
    logger.debug(users.map((r) => r.id).join('\\n'));
    logger.info({ sender: config.get('mail.defaultName') }, 'config');
    const url = new URL('https://analytics.example.com/t');
    url.searchParams.set('plan', user.plan);
    await fetch(url);
    const phone = user.phone ?? '-';
    track('contact', { phone: maskPhone(phone), email: maskEmail(user.email) });
    sendMail({ to: 'ops@example.com', subject: \`new order \${user.id}\` });
    notify({ to: 'ops', body: label });
    new Recorder().record({ userId: user.id });
  ${leak ? planted(['logger.error(`failed for ${user.email}`);', "audit('leak', { user });", "track('signup', { email: user.email });", "sendMail({ to: user.email, subject: 'Receipt' });", "notify({ to: user.email, body: 'Welcome' });", 'new Recorder().record(user.name);', "const leakUrl = new URL('https://analytics.example.com/t');\n    leakUrl.searchParams.set('email', user.email);\n    await fetch(leakUrl);"]) : ''}  return total;
  }

  export function format${i}(user: Model${m}): string {
    const parts = [user.id, user.plan, String(user.createdAt.getTime())];
    return parts.join(':');
  }
  `,
    );
  }

  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'generated-project', private: true, type: 'module' }),
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
        rootDir: 'src',
      },
      include: ['src'],
    }),
  );
  return { models, services };
}
