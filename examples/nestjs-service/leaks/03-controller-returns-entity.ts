// ❌ A handler returns a copy of the entity: a spread copy is a plain object, so class-transformer's
// @Exclude() no longer applies and the password hash goes out with the email.
import { Controller, Get, Param } from '@nestjs/common';
import type { UsersService } from '../src/users.service.js';

@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get(':id')
  async find(@Param('id') id: string) {
    const user = await this.users.get(id);
    return { ...user, loadedAt: new Date() };
  }
}
