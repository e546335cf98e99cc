// The same classes classified with the per-shape aliases of @classified/core (docs/frameworks.md):
// their metadata must equal plain.ts's.
import type { Confidential, Restricted } from '@classified/core';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Exclude, Expose, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsInt, IsOptional, IsString } from 'class-validator';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class UserEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() email!: Restricted<string, 'pii'>;
  @Column({ type: 'varchar', nullable: true }) phone!: Restricted<string, 'pii'> | null;
  @Column({ nullable: true }) nickname?: Restricted<string, 'pii'>;
  @Column() verified!: Restricted<boolean, 'pii'>;
  @Column() score!: Confidential<number>;
  @Column() born!: Restricted<Date, 'pii'>;
  @Column('simple-array') aliases!: Restricted<string, 'pii'>[];
  @Exclude() @Column() passwordHash!: Restricted<string, 'credential'>;
  @CreateDateColumn() createdAt!: Date;
}

export class SignupDto {
  @ApiProperty() @IsEmail() email!: Restricted<string, 'pii'>;
  @ApiPropertyOptional() @IsOptional() @IsString() phone?: Restricted<string, 'pii'>;
  @ApiProperty() @Type(() => Date) @IsDate() born!: Restricted<Date, 'pii'>;
  @ApiProperty() @IsInt() score!: Confidential<number>;
  @ApiProperty() @IsBoolean() marketing!: Confidential<boolean>;
  @Expose() @ApiProperty() password!: Restricted<string, 'credential'>;
}

@Controller('users')
export class UsersController {
  @Post(':email')
  create(@Param('email') email: Restricted<string, 'pii'>, @Body() dto: SignupDto): string {
    return `${email.length}:${dto.score}`;
  }
}
