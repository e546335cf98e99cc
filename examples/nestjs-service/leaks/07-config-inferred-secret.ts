// ❌ `ConfigService.get(…, { infer: true })` infers `string` from the slot: the secret loses its brand.
import type { Restricted } from '@classified/core';
import type { ConfigService } from '@nestjs/config';

interface Env {
  auth: { jwtSecret: Restricted<string, 'credential'> };
}

export function jwtOptions(config: ConfigService<Env, true>): { secret: string } {
  return { secret: config.get('auth.jwtSecret', { infer: true }) };
}
