// The stored user and their sessions. Per-shape aliases (`Restricted.String<'pii'>`) keep each
// column's `design:type`, so TypeORM derives the same column types as for `string`.
import { Restricted } from '@classified/core';
import { Exclude } from 'class-transformer';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ unique: true }) email!: Restricted.String<'pii'>;
  @Column({ type: 'varchar', nullable: true }) phone!: Restricted.String<'pii'> | null;
  /** Never serialized: ClassSerializerInterceptor leaves it out of every response. */
  @Exclude() @Column() passwordHash!: Restricted.String<'credential'>;
  @CreateDateColumn() createdAt!: Date;
}

@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() userId!: string;
  @CreateDateColumn() createdAt!: Date;
}
