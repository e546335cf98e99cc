// Typed configuration: one namespace per concern, registered with `registerAs` and injected as
// `ConfigType<typeof x>`, so that classified values keep their brand (`ConfigService.get(path,
// { infer: true })` infers its result from where it is used and would drop it).
import { restricted } from '@classified/core';
import { registerAs } from '@nestjs/config';

/** Reads a required variable; the error names the variable, never a value. */
function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Missing environment variable ${name}.`);
  return value;
}

/** JWT signing: the secret is a credential. */
export const authConfig = registerAs('auth', () => ({
  jwtSecret: restricted(required('JWT_SECRET'), 'credential'),
  tokenTtlSeconds: Number(process.env.TOKEN_TTL_SECONDS ?? 3600),
}));

/** Mail: the relay's credential, and the sender. */
export const mailConfig = registerAs('mail', () => ({
  from: process.env.MAIL_FROM ?? 'no-reply@example.com',
  smtpPassword: restricted(process.env.SMTP_PASSWORD ?? '', 'credential'),
}));
