// Bearer-token guard: puts the token's claims on the request.
import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import type { Request } from 'express';
import { AuthService, type TokenClaims } from './auth.service.js';

/** A request that passed the guard. */
export interface AuthenticatedRequest extends Request {
  claims: TokenClaims;
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer token is required.');
    request.claims = await this.auth.verify(token);
    return true;
  }
}
