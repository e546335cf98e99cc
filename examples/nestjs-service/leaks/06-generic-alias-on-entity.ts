// ❌ The generic alias on a decorated field: `design:type` becomes Object and TypeORM refuses to start.
import type { Restricted } from '@classified/core';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('contacts')
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() email!: Restricted<string, 'pii'>;
}
