// Request bodies, validated by class-validator and documented by Swagger. The per-shape aliases keep
// `design:type`, so Swagger documents strings and ValidationPipe converts as for `string`.
import { Restricted } from '@classified/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MinLength } from 'class-validator';

export class SignupDto {
  @ApiProperty({ example: 'ada@example.com' }) @IsEmail() email!: Restricted.String<'pii'>;
  @ApiPropertyOptional() @IsOptional() @IsString() phone?: Restricted.String<'pii'>;
  @ApiProperty({ minLength: 8 }) @IsString() @MinLength(8) password!: Restricted.String<'credential'>;
}

export class LoginDto {
  @ApiProperty() @IsEmail() email!: Restricted.String<'pii'>;
  @ApiProperty() @IsString() password!: Restricted.String<'credential'>;
}
