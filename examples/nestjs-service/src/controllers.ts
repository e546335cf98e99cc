// HTTP routes. Responses hold ids and what the signed-in user may read about themselves.
import { declassify, maskPhone } from '@classified/core';
import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthGuard, type AuthenticatedRequest } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { LoginDto, SignupDto } from './dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Post('users')
  async signup(@Body() dto: SignupDto): Promise<{ id: string }> {
    const user = await this.users.signup(dto);
    return { id: user.id };
  }

  @Post('auth/login')
  @HttpCode(200)
  login(@Body() dto: LoginDto): Promise<{ accessToken: string }> {
    return this.auth.login(dto);
  }

  @Get('users/me')
  @ApiBearerAuth()
  @UseGuards(AuthGuard)
  async profile(@Req() request: AuthenticatedRequest): Promise<{ id: string; email: string; phone: string | null }> {
    const user = await this.users.get(request.claims.sub);
    return {
      id: user.id,
      email: declassify(user.email, 'The signed-in user reads their own address on their profile'),
      phone: user.phone === null ? null : maskPhone(user.phone),
    };
  }
}
