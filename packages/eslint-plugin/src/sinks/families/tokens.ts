import type { CatalogEntry } from '../spec.js';

/**
 * Tokens readable by their holder (export): a JWT is signed, not encrypted, so its payload leaves
 * the service in the clear with the token. Encrypted tokens (`jose`'s `EncryptJWT`) are not sinks.
 * Tested against jsonwebtoken 9.0.3 (@types/jsonwebtoken 9.0.10), @nestjs/jwt 12.0.2 and jose 6.2.18.
 */
export const tokenSinks: readonly CatalogEntry[] = [
  // The payload only: the second argument is the signing key, the third the options.
  { label: 'jsonwebtoken', from: 'package', package: 'jsonwebtoken', name: ['sign'], args: [0] },
  {
    label: '@nestjs/jwt',
    from: 'package',
    package: '@nestjs/jwt',
    name: ['JwtService.sign', 'JwtService.signAsync'],
    args: [0],
  },
  { label: 'jose', from: 'package', package: 'jose', name: ['SignJWT', 'UnsecuredJWT'], kind: 'new' },
  {
    label: 'jose',
    from: 'package',
    package: 'jose',
    name: ['ProduceJWT.setSubject', 'ProduceJWT.setIssuer', 'ProduceJWT.setAudience', 'ProduceJWT.setJti'],
  },
];
