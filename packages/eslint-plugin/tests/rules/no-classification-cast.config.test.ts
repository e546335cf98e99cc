// NestJS ConfigService.get(path, { infer: true }): the brand lost to inference is reported (against
// the installed @nestjs/config types).
import rule from '../../src/rules/no-classification-cast.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const H = `import { ConfigService, registerAs, type ConfigType } from '@nestjs/config';
import { restricted, type Restricted } from '@classified/core';
interface Env { jwt: { secret: Restricted<string, 'credential'>; ttl: number }; port: number }
declare const config: ConfigService<Env, true>;
`;

ruleTester.run('no-classification-cast: ConfigService inference', rule, {
  valid: [
    // Without a contextual type the result keeps the brand.
    H + `const secret = config.get('jwt.secret', { infer: true });`,
    H + `const secret: Restricted<string, 'credential'> = config.getOrThrow('jwt.secret', { infer: true });`,
    // Unclassified values.
    H +
      `const port: number = config.get('port', { infer: true });\nconst ttl: number = config.get('jwt.ttl', { infer: true });`,
    // The documented pattern: a typed namespace, read by property.
    H +
      `const jwtConfig = registerAs('jwt', () => ({ secret: restricted(process.env.JWT_SECRET ?? '', 'credential') }));\ndeclare const jwt: ConfigType<typeof jwtConfig>;\nconst options: { secret: Restricted<string, 'credential'> } = { secret: jwt.secret };`,
  ],
  invalid: [
    // Messages show code up to 40 characters (`expr`).
    {
      code: H + `const secret: string = config.get('jwt.secret', { infer: true });`,
      errors: [
        {
          messageId: 'inferLowers',
          line: 5,
          column: 24,
          data: {
            expr: "config.get('jwt.secret', { infer: true …",
            path: 'jwt.secret',
            level: 'restricted',
            category: ' (credential)',
            target: 'string',
          },
        },
      ],
    },
    {
      code: H + `const options: { secret: string } = { secret: config.getOrThrow('jwt.secret', { infer: true }) };`,
      errors: [
        {
          messageId: 'inferLowers',
          line: 5,
          column: 47,
          data: {
            expr: "config.getOrThrow('jwt.secret', { infer…",
            path: 'jwt.secret',
            level: 'restricted',
            category: ' (credential)',
            target: 'string',
          },
        },
      ],
    },
    {
      code:
        H +
        `declare function sign(payload: object, secret: string): string;\nsign({}, config.get('jwt.secret', { infer: true }));`,
      errors: [
        {
          messageId: 'inferLowers',
          line: 6,
          column: 10,
          data: {
            expr: "config.get('jwt.secret', { infer: true …",
            path: 'jwt.secret',
            level: 'restricted',
            category: ' (credential)',
            target: 'string',
          },
        },
      ],
    },
  ],
});
