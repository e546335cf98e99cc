import rule from '../../src/rules/no-classified-literal.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const CORE = `import { restricted, confidential, internal, classify, seal, type Restricted, type Confidential, type Internal } from '@classified/core';\n`;
const code = (body: string) => MODELS + CORE + body;

ruleTester.run('no-classified-literal', rule, {
  valid: [
    // Internal literals are fine: ids, event types.
    code(`const id = internal('evt_signup');`),
    code(`const kind: Internal<string> = 'signup';`),
    code(`const t = classify('x', 'internal');`),
    // Values from outside are fine.
    code(`const key = restricted(process.env.STRIPE_KEY ?? '', 'credential');`),
    code(`const box = seal(process.env.API_KEY!);`),
    // Empty strings and zero carry no data.
    code(`const empty: Restricted<string> = '';\nconst zero: Confidential<number> = 0;`),
    // A literal where a plain type is expected.
    code(`const plan: string = 'pro';\nconsole.log('hello');`),
    // A template with expressions is not a literal (its parts are checked where they come from).
    code('declare const name: string;\nconst greeting: Restricted<string> = `Dear ${name}`;'),
    // An https URL for a request is no secret.
    code(`await fetch('https://api.example.com');`),
    // Project functions whose declared parameters are plain (their calls are not resolved).
    code(`function track(event: string, data: { plan: string }) {}\ntrack('signup', { plan: 'pro' });`),
    code(`class Mail {\n  constructor(readonly subject: string) {}\n}\nnew Mail('Welcome');`),
    code(`const note = (text: string) => text;\nnote('hello');`),
  ],
  invalid: [
    {
      code: code(`const key = restricted('sk_live_51H8example', 'credential');`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 24,
          data: { level: 'restricted', category: ', credential', how: '`restricted()`' },
        },
      ],
    },
    {
      code: code(`const salary = confidential(120000);`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 29,
          data: { level: 'confidential', category: '', how: '`confidential()`' },
        },
      ],
    },
    {
      code: code(`const v = classify('jane@example.com', 'restricted', 'pii');`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 20,
          data: { level: 'restricted', category: ', pii', how: '`classify()`' },
        },
      ],
    },
    {
      code: code('const box = seal(`hunter2`);'),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 18,
          data: { level: 'restricted', category: ', credential', how: '`seal()`' },
        },
      ],
    },
    {
      code: code(`const key: Restricted<string> = 'sk_live_51H8example';`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 33,
          data: { level: 'restricted', category: '', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(`const u: Partial<User> = { email: 'jane@example.com', plan: 'pro' };`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 35,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(`function send(to: Restricted<string, 'pii'>) {}\nsend('jane@example.com');`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 4,
          column: 6,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    // Where the declared parameters do not say: a generic function given its type argument,
    // an overload, a constructor, a rest parameter, a property of an object literal argument.
    {
      code: code(`function keep<T>(value: T) {}\nkeep<Restricted<string, 'pii'>>('jane@example.com');`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 4,
          column: 33,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(
        `function send(to: number): void;\nfunction send(to: Restricted<string, 'pii'>): void;\nfunction send(to: unknown) {}\nsend('jane@example.com');`,
      ),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 6,
          column: 6,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(
        `class Account {\n  constructor(readonly apiKey: Restricted<string, 'credential'>) {}\n}\nnew Account('sk_live_51H8example');`,
      ),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 6,
          column: 13,
          data: { level: 'restricted', category: ', credential', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      // A method of an object made by a project factory.
      code: code(
        `function makeMailer() {\n  return { send(to: Restricted<string, 'pii'>) {} };\n}\nconst mailer = makeMailer();\nmailer.send('jane@example.com');`,
      ),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 7,
          column: 13,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(`const invite = (...to: Restricted<string, 'pii'>[]) => to;\ninvite('jane@example.com');`),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 4,
          column: 8,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(
        `function mail(m: { to: Restricted<string, 'pii'>; subject: string }) {}\nmail({ to: 'jane@example.com', subject: 'Hi' });`,
      ),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 4,
          column: 12,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: code(
        `import { z } from 'zod';\nimport { restricted as field } from '@classified/zod';\nconst Config = z.object({ apiKey: field(z.string(), { category: 'credential' }).default('sk_test_default_key') });`,
      ),
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 5,
          column: 89,
          data: { level: 'restricted', category: ', credential', how: 'where a classified type is expected' },
        },
      ],
    },
  ],
});
