// NestJS route handlers' return values are responses (src/analysis/nest.ts), with class-transformer's
// @Exclude() honoured where the program uses ClassSerializerInterceptor.
import * as path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-classified-export.js';
import { fixtures } from '../ruleTester.js';

const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: path.join(fixtures, 'decorators') } },
});
const NEST = `import { ClassSerializerInterceptor, Controller, Get, Res, UseInterceptors } from '@nestjs/common';\nimport type { Response } from 'express';\nimport { session, user, UserEntity } from './entities.js';\n`;
const DECLASSIFY = `'TODO: say why this data may leave its classification'`;

ruleTester.run('no-classified-export: NestJS controller responses', rule, {
  valid: [
    // Only what is at most Confidential.
    NEST +
      `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') me() { return { id: user.id }; }\n}`,
    // Exclude-all class: the token is not serialized, the id is.
    NEST +
      `@Controller('sessions')\n@UseInterceptors(ClassSerializerInterceptor)\nclass SessionsController {\n  @Get('current') current() { return session; }\n}`,
    // Not a route handler: a helper method, an undecorated class.
    NEST + `@Controller('users')\nclass UsersController {\n  private load() { return user; }\n}`,
    NEST + `class Users {\n  @Get('me') me() { return user; }\n}`,
    // @Res() takes over the response: express's res.json is the sink there.
    NEST +
      `@Controller('users')\nclass UsersController {\n  @Get('me') me(@Res() res: Response) { res.status(204).end(); return user; }\n}`,
    // A callback's return inside a handler is not the response.
    NEST +
      `@Controller('users')\nclass UsersController {\n  @Get('ids') ids() { return [user].map((u) => { return u.id; }); }\n}`,
  ],
  invalid: [
    {
      // Without ClassSerializerInterceptor in the program, @Exclude() does nothing: the hash leaves.
      code:
        `import { Controller, Get, Post } from '@nestjs/common';\n` +
        `import { user } from './entities.js';\n` +
        `@Controller('users')\n` +
        `class UsersController {\n` +
        `  @Post() create() { return user; }\n` +
        `}`,
      errors: [
        {
          messageId: 'classified',
          line: 5,
          column: 29,
          data: {
            paths: '`user.email`, `user.passwordHash` and `user.phone`',
            level: 'restricted',
            category: ' (credential, pii)',
            sink: 'the response of UsersController.create()',
            via: '',
            fix: 'Do not send credentials; remove the field.',
          },
          suggestions: [
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                `import { Controller, Get, Post } from '@nestjs/common';\n` +
                `import { user } from './entities.js';\n` +
                `@Controller('users')\n` +
                `class UsersController {\n` +
                `  @Post() create() { return declassify(user, 'TODO: say why this data may leave its classification'); }\n` +
                `}`,
            },
          ],
        },
      ],
    },
    {
      // With it, the hash is left out; the email is still Restricted, and the group-limited phone stays.
      code:
        NEST +
        `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') async me() { return user; }\n}`,
      errors: [
        {
          messageId: 'classified',
          line: 7,
          column: 34,
          data: {
            paths: '`user.email` and `user.phone`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'the response of UsersController.me()',
            via: '',
            fix: 'Mask it, or declassify it with a reason.',
          },
          suggestions: [
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                NEST +
                `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') async me() { return declassify(user, ${DECLASSIFY}); }\n}`,
            },
          ],
        },
      ],
    },
    {
      // A spread copy is a plain object: class-transformer no longer sees @Exclude(), the hash leaves.
      code:
        NEST +
        `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') me() { return { ...user }; }\n}`,
      errors: [
        {
          messageId: 'classified',
          line: 7,
          column: 28,
          data: {
            paths: '`user.email`, `user.passwordHash` and `user.phone`',
            level: 'restricted',
            category: ' (credential, pii)',
            sink: 'the response of UsersController.me()',
            via: '',
            fix: 'Do not send credentials; remove the field.',
          },
          suggestions: [
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                NEST +
                `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') me() { return { ...declassify(user, ${DECLASSIFY}) }; }\n}`,
            },
          ],
        },
      ],
    },
    {
      code:
        NEST +
        `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') me() { return { email: user.email }; }\n}`,
      errors: [
        {
          messageId: 'classified',
          line: 7,
          column: 28,
          data: {
            paths: '`user.email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'the response of UsersController.me()',
            via: '',
            fix: 'Mask it, or declassify it with a reason.',
          },
          suggestions: [
            {
              messageId: 'suggestMask',
              data: { masker: 'maskEmail' },
              output:
                `import { maskEmail } from '@classified/core';\n` +
                NEST +
                `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') me() { return { email: maskEmail(user.email) }; }\n}`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                NEST +
                `@Controller('users')\n@UseInterceptors(ClassSerializerInterceptor)\nclass UsersController {\n  @Get('me') me() { return { email: declassify(user.email, ${DECLASSIFY}) }; }\n}`,
            },
          ],
        },
      ],
    },
  ],
});
