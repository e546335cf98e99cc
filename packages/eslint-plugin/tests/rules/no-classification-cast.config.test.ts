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
// Messages show code up to 40 characters.
const error = (line: number, column: number, expr: string, target: string) => ({
  messageId: 'inferLowers' as const,
  line,
  column,
  data: { expr, path: 'jwt.secret', level: 'restricted', category: ' (credential)', target },
});

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
    {
      code: H + `const secret: string = config.get('jwt.secret', { infer: true });`,
      errors: [error(5, 24, `config.get('jwt.secret', { infer: true …`, 'string')],
    },
    {
      code: H + `const options: { secret: string } = { secret: config.getOrThrow('jwt.secret', { infer: true }) };`,
      errors: [error(5, 47, `config.getOrThrow('jwt.secret', { infer…`, 'string')],
    },
    {
      code:
        H +
        `declare function sign(payload: object, secret: string): string;\nsign({}, config.get('jwt.secret', { infer: true }));`,
      errors: [error(6, 10, `config.get('jwt.secret', { infer: true …`, 'string')],
    },
  ],
});
