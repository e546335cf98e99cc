// The same classes classified with the per-shape aliases of @classified/core (docs/frameworks.md):
// their metadata must equal plain.ts's.
import { Confidential, Restricted } from '@classified/core';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { Prop, Schema } from '@nestjs/mongoose';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Exclude, Expose, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsInt, IsOptional, IsString } from 'class-validator';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class UserEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() email!: Restricted.String<'pii'>;
  @Column({ type: 'varchar', nullable: true }) phone!: Restricted.String<'pii'> | null;
  @Column({ nullable: true }) nickname?: Restricted.String<'pii'>;
  @Column() verified!: Restricted.Boolean<'pii'>;
  @Column() score!: Confidential.Number;
  @Column() born!: Restricted.Date<'pii'>;
  @Column('simple-array') aliases!: Restricted.String<'pii'>[];
  @Exclude() @Column() passwordHash!: Restricted.String<'credential'>;
  @CreateDateColumn() createdAt!: Date;
}

@Schema()
export class ProfileDocument {
  @Prop() email!: Restricted.String<'pii'>;
  @Prop() phone?: Restricted.String<'pii'>;
  @Prop() born!: Restricted.Date<'pii'>;
  @Prop() score!: Confidential.Number;
  @Prop([String]) aliases!: Restricted.String<'pii'>[];
}

export class SignupDto {
  @ApiProperty() @IsEmail() email!: Restricted.String<'pii'>;
  @ApiPropertyOptional() @IsOptional() @IsString() phone?: Restricted.String<'pii'>;
  @ApiProperty() @Type(() => Date) @IsDate() born!: Restricted.Date<'pii'>;
  @ApiProperty() @IsInt() score!: Confidential.Number;
  @ApiProperty() @IsBoolean() marketing!: Confidential.Boolean;
  @Expose() @ApiProperty() password!: Restricted.String<'credential'>;
}

@Controller('users')
export class UsersController {
  @Post(':email')
  create(@Param('email') email: Restricted.String<'pii'>, @Body() dto: SignupDto): string {
    return `${email.length}:${dto.score}`;
  }
}
