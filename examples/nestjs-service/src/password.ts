// Password hashing with scrypt: the hash is a credential too.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { declassify, restricted, type Restricted } from '@classified/core';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

/** Hashes a password as `salt:hash` (hex). */
export async function hashPassword(
  password: Restricted<string, 'credential'>,
): Promise<Restricted<string, 'credential'>> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(declassify(password, 'The password is hashed, never stored or sent'), salt, 32);
  return restricted(`${salt.toString('hex')}:${hash.toString('hex')}`, 'credential');
}

/** Checks a password against a `salt:hash`, in constant time. */
export async function verifyPassword(
  password: Restricted<string, 'credential'>,
  stored: Restricted<string, 'credential'>,
): Promise<boolean> {
  const [salt, hash] = declassify(stored, 'Compared with a fresh hash, never sent').split(':');
  if (!salt || !hash) return false;
  const candidate = await scryptAsync(
    declassify(password, 'The password is hashed, never stored or sent'),
    Buffer.from(salt, 'hex'),
    32,
  );
  return timingSafeEqual(candidate, Buffer.from(hash, 'hex'));
}
