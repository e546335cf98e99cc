// ❌ The signing secret in a URL query: it lands in the partner's access logs and every proxy's.
import type { ConfigType } from '@nestjs/config';
import type { authConfig } from '../src/config.js';

export async function registerWebhook(auth: ConfigType<typeof authConfig>): Promise<void> {
  await fetch(`https://hooks.partner.example/register?secret=${auth.jwtSecret}`, { method: 'POST' });
}
