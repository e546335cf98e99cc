import rule from '../../src/rules/no-classification-cast.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const code = (body: string) =>
  MODELS + `import type { Restricted, Internal, Confidential, Masked } from '@classified/core';\n` + body;

ruleTester.run('no-classification-cast', rule, {
  valid: [
    // Keeping or raising the level is fine.
    code(`const a = email as Restricted<string, 'pii'>;`),
    code(`const b = user.id as Restricted<string>;`),
    code(`const c = score as Restricted<number>;`),
    code(`const d = user as User;`),
    code(`const e = [email] as const;`),
    code(`const f = <Restricted<string>>email;`),
    // A cast of unclassified data is not this rule's business.
    code(`declare const raw: unknown;\nconst g = raw as string;`),
    code(`const h = user.plan as string;`),
    // Passing to a parameter typed any or unknown is not a cast.
    code(`declare function isObject(x: unknown): boolean;\nisObject(user);\nJSON.stringify(email);`),
    // An any variable with unclassified data.
    code(`const i: any = user.plan;`),
    code(`let j: any;\nj = 'x';`),
    // A declaration file's any is not the project's annotation.
    code(`const k: unknown = email;`),
  ],
  invalid: [
    {
      code: code(`const a = email as string;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 3,
          column: 11,
          data: { expr: 'email', level: 'restricted', target: 'string', targetLevel: 'unclassified' },
        },
      ],
    },
    {
      code: code(`interface PublicUser { id: string; email: string }\nconst b = user as unknown as PublicUser;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 4,
          column: 11,
          data: { expr: 'user', level: 'restricted', target: 'unknown', targetLevel: 'unclassified' },
        },
      ],
    },
    {
      code: code(`const c = email as any;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 3,
          column: 11,
          data: { expr: 'email', level: 'restricted', target: 'any', targetLevel: 'unclassified' },
        },
      ],
    },
    {
      code: code(`const d = <string>email;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 3,
          column: 11,
          data: { expr: 'email', level: 'restricted', target: 'string', targetLevel: 'unclassified' },
        },
      ],
    },
    {
      code: code(`const e = email as Internal<string>;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 3,
          column: 11,
          data: { expr: 'email', level: 'restricted', target: 'Internal<string>', targetLevel: 'internal' },
        },
      ],
    },
    {
      code: code(`const f = score as number;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 3,
          column: 11,
          data: { expr: 'score', level: 'confidential', target: 'number', targetLevel: 'unclassified' },
        },
      ],
    },
    {
      code: code(`const g = users as Array<{ id: string }>;`),
      errors: [
        {
          messageId: 'castLowers',
          line: 3,
          column: 11,
          data: { expr: 'users', level: 'restricted', target: 'Array<{ id: string }>', targetLevel: 'unclassified' },
        },
      ],
    },
    {
      code: code(`const h: any = password;`),
      errors: [
        {
          messageId: 'anyHoldsClassified',
          line: 3,
          column: 16,
          data: { name: 'h', level: 'restricted', expr: 'password' },
        },
      ],
    },
    {
      code: code(`let i: any;\ni = user;`),
      errors: [
        { messageId: 'anyHoldsClassified', line: 4, column: 5, data: { name: 'i', level: 'restricted', expr: 'user' } },
      ],
    },
    {
      code: code(`class Cache { entry: any = email; }`),
      errors: [
        {
          messageId: 'anyHoldsClassified',
          line: 3,
          column: 28,
          data: { name: 'entry', level: 'restricted', expr: 'email' },
        },
      ],
    },
    {
      code: code(`class Cache { entry: any; set() { this.entry = score; } }`),
      errors: [
        {
          messageId: 'anyHoldsClassified',
          line: 3,
          column: 48,
          data: { name: 'entry', level: 'confidential', expr: 'score' },
        },
      ],
    },
  ],
});
