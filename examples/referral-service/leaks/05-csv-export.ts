// Mistake: a CSV export of users, written to disk with their emails and phones.
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { User } from '../src/models.js';

export function exportUsers(users: User[]): void {
  const rows = users.map((u) => [u.id, u.email, u.phone ?? '']);
  writeFileSync('users.csv', stringify(rows));
}
