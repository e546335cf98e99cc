// The classes of a typical NestJS service, before classification: what `classified.ts` must emit
// the same metadata as.
import { Body, Controller, Param, Post } from '@nestjs/common';
import { Prop, Schema } from '@nestjs/mongoose';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Exclude, Expose, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsInt, IsOptional, IsString } from 'class-validator';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class UserEntity {
  @PrimaryGeneratedColumn() id!: number;
  @Column() email!: string;
  @Column({ type: 'varchar', nullable: true }) phone!: string | null;
  @Column({ nullable: true }) nickname?: string;
  @Column() verified!: boolean;
  @Column() score!: number;
  @Column() born!: Date;
  @Column('simple-array') aliases!: string[];
  @Exclude() @Column() passwordHash!: string;
  @CreateDateColumn() createdAt!: Date;
}

@Schema()
export class ProfileDocument {
  @Prop() email!: string;
  @Prop() phone?: string;
  @Prop() born!: Date;
  @Prop() score!: number;
  @Prop([String]) aliases!: string[];
}

export class SignupDto {
  @ApiProperty() @IsEmail() email!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() phone?: string;
  @ApiProperty() @Type(() => Date) @IsDate() born!: Date;
  @ApiProperty() @IsInt() score!: number;
  @ApiProperty() @IsBoolean() marketing!: boolean;
  @Expose() @ApiProperty() password!: string;
}

@Controller('users')
export class UsersController {
  @Post(':email')
  create(@Param('email') email: string, @Body() dto: SignupDto): string {
    return `${email.length}:${dto.score}`;
  }
}
