// Log-in: a session row and a JWT that names only the user and session ids (a JWT is signed, not
// encrypted: its holder can read it).
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { LoginDto } from './dto.js';
import { verifyPassword } from './password.js';
import { SessionEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** What the access token holds. */
export interface TokenClaims {
  sub: string;
  sid: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  async login(dto: LoginDto): Promise<{ accessToken: string }> {
    const user = await this.users.findByEmail(dto.email);
    if (!user || !(await verifyPassword(dto.password, user.passwordHash)))
      throw new UnauthorizedException('Wrong email or password.');
    const session = await this.sessions.save(this.sessions.create({ userId: user.id }));
    const claims: TokenClaims = { sub: user.id, sid: session.id };
    return { accessToken: await this.jwt.signAsync(claims) };
  }

  /** The claims of a valid token whose session still exists. */
  async verify(token: string): Promise<TokenClaims> {
    const claims = await this.jwt.verifyAsync<TokenClaims>(token).catch(() => undefined);
    if (!claims || !(await this.sessions.existsBy({ id: claims.sid })))
      throw new UnauthorizedException('Invalid or expired token.');
    return claims;
  }
}
