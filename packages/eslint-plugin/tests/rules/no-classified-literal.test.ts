import rule from '../../src/rules/no-classified-literal.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const CORE = `import { restricted, confidential, internal, classify, seal, type Restricted, type Confidential, type Internal } from '@classified/core';\n`;
const code = (body: string) => MODELS + CORE + body;
const err = (level: string, category: string, how: string, line?: number, column?: number) => ({
  messageId: 'classifiedLiteral' as const,
  data: { level, category, how },
  ...(line !== undefined && { line }),
  ...(column !== undefined && { column }),
});

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
  ],
  invalid: [
    {
      code: code(`const key = restricted('sk_live_51H8example', 'credential');`),
      errors: [err('restricted', ', credential', '`restricted()`', 3, 24)],
    },
    { code: code(`const salary = confidential(120000);`), errors: [err('confidential', '', '`confidential()`')] },
    {
      code: code(`const v = classify('jane@example.com', 'restricted', 'pii');`),
      errors: [err('restricted', ', pii', '`classify()`')],
    },
    { code: code('const box = seal(`hunter2`);'), errors: [err('restricted', ', credential', '`seal()`')] },
    {
      code: code(`const key: Restricted<string> = 'sk_live_51H8example';`),
      errors: [err('restricted', '', 'where a classified type is expected', 3, 33)],
    },
    {
      code: code(`const u: Partial<User> = { email: 'jane@example.com', plan: 'pro' };`),
      errors: [err('restricted', ', pii', 'where a classified type is expected', 3, 35)],
    },
    {
      code: code(`function send(to: Restricted<string, 'pii'>) {}\nsend('jane@example.com');`),
      errors: [err('restricted', ', pii', 'where a classified type is expected')],
    },
    {
      code: code(
        `import { z } from 'zod';\nimport { restricted as field } from '@classified/zod';\nconst Config = z.object({ apiKey: field(z.string(), { category: 'credential' }).default('sk_test_default_key') });`,
      ),
      errors: [err('restricted', ', credential', 'where a classified type is expected')],
    },
  ],
});
