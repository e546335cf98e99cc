// ❌ An audit helper logs a field of its parameter: every caller's email reaches the log.
import { Logger } from '@nestjs/common';
import type { UserEntity } from '../src/user.entity.js';

const logger = new Logger('audit');

function audit(event: { action: string; user: UserEntity }): void {
  logger.log(`${event.action} by ${event.user.email}`);
}

export function onSignup(user: UserEntity): void {
  audit({ action: 'signup', user });
}
