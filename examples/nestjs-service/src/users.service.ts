// Sign-up and look-up. Logs name the user by id and masked email only.
import { maskEmail, type Restricted } from '@classified/core';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { SignupDto } from './dto.js';
import { MailService } from './mail.service.js';
import { hashPassword } from './password.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersService {
  readonly #logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly mail: MailService,
  ) {}

  async signup(dto: SignupDto): Promise<UserEntity> {
    if (await this.users.existsBy({ email: dto.email }))
      throw new ConflictException('An account with this email already exists.');
    const user = this.users.create({
      email: dto.email,
      phone: dto.phone ?? null,
      passwordHash: await hashPassword(dto.password),
    });
    await this.users.save(user);
    this.#logger.log(`signup ${user.id} (${maskEmail(user.email)})`);
    await this.mail.sendWelcome(user.email);
    return user;
  }

  findByEmail(email: Restricted<string, 'pii'>): Promise<UserEntity | null> {
    return this.users.findOneBy({ email });
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundException('No such user.');
    return user;
  }
}
