// ❌ The email in the access token: a JWT is signed, not encrypted, so whoever holds it reads it.
import type { JwtService } from '@nestjs/jwt';
import type { UserEntity } from '../src/user.entity.js';

export function issue(jwt: JwtService, user: UserEntity): string {
  return jwt.sign({ sub: user.id, email: user.email });
}
