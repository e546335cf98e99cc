import rule from '../../src/rules/no-classified-in-error.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();

ruleTester.run('no-classified-in-error', rule, {
  valid: [
    MODELS + `throw new Error(\`user \${user.id} not found\`);`,
    MODELS + `import { maskEmail } from '@classified/core';\nthrow new Error(\`no account for \${maskEmail(email)}\`);`,
    MODELS + `throw new Error(\`bad score \${score}\`);`,
    MODELS + `export const p = Promise.reject(new Error('failed'));`,
    MODELS + `throw user.id;`,
    // Not an error: a plain class.
    MODELS + `class Note { constructor(readonly text: string) {} }\nexport const n = new Note(email);`,
    MODELS + `declare class MyQueue { static reject(v: unknown): void }\nMyQueue.reject(email);`,
    // Promise executors: what `reject` is given.
    MODELS +
      `export const p = new Promise<void>((resolve, reject) => reject(new Error(\`no account for user \${user.id}\`)));`,
    MODELS +
      `import { maskEmail } from '@classified/core';\nexport const p = new Promise<void>((resolve, reject) => { reject(\`no account for \${maskEmail(email)}\`); });`,
    // Not a Promise executor: a function named `reject`, another class's executor, the `resolve` parameter.
    MODELS + `declare function reject(reason: unknown): void;\nreject(email);`,
    MODELS +
      `declare class Task { constructor(run: (done: (v: unknown) => void, fail: (e: unknown) => void) => void) }\nexport const t = new Task((done, fail) => fail(email));`,
    MODELS + `export const p = new Promise<string>((resolve) => resolve(user.id));`,
    // The \`sinks\` option: an error factory of the project, with and without the option, and with \`args\`.
    {
      code:
        MODELS +
        `declare function fail(message: string, data?: object): never;\nfail(\`no account for user \${user.id}\`);`,
      options: [{ sinks: [{ from: 'file', path: 'file.ts', name: 'fail' }] }],
    },
    MODELS + `declare function fail(message: string, data?: object): never;\nfail(\`no account for \${email}\`);`,
    {
      code: MODELS + `declare function fail(message: string, data?: object): never;\nfail('lookup failed', { email });`,
      options: [{ sinks: [{ from: 'file', path: 'file.ts', name: 'fail', args: [0] }] }],
    },
  ],
  invalid: [
    {
      code: MODELS + `throw new Error(\`no account for \${email}\`);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 17,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the message of `Error`' },
        },
      ],
    },
    {
      // A project function that returns an error (its signature says so; the call is resolved).
      code:
        MODELS +
        `function paymentError(message: string): Error {\n  return new Error(message);\n}\nconst e = paymentError(email);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 5,
          column: 24,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the message of `paymentError`' },
        },
      ],
    },
    {
      code: MODELS + `throw Error('no account for ' + user.email);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 13,
          data: { path: 'user.email', level: 'restricted', category: ' (pii)', where: 'the message of `Error`' },
        },
      ],
    },
    {
      code: MODELS + `throw new TypeError(email);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 21,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the message of `TypeError`' },
        },
      ],
    },
    {
      code: MODELS + `throw new Error('lookup failed', { cause: { user } });`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 34,
          data: {
            path: 'user.email',
            level: 'restricted',
            category: ' (pii)',
            where: 'the options (`cause`) of `Error`',
          },
        },
      ],
    },
    {
      code:
        MODELS +
        `class PaymentError extends Error {}\nclass CardDeclined extends PaymentError {}\nthrow new CardDeclined(\`declined: \${orders[0]!.card}\`);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 4,
          column: 24,
          data: {
            path: 'orders[0].card',
            level: 'restricted',
            category: ' (payment)',
            where: 'the message of `CardDeclined`',
          },
        },
      ],
    },
    {
      code: MODELS + `export const p = Promise.reject(\`no account for \${email}\`);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 33,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: '`Promise.reject()`' },
        },
      ],
    },
    {
      code: MODELS + `throw { code: 'NOT_FOUND', email };`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 7,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'a thrown value' },
        },
      ],
    },
    {
      code: MODELS + `const message = \`no account for \${email}\`;\nthrow new Error(message);`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 3,
          column: 17,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the message of `Error`' },
        },
      ],
    },
    {
      code: MODELS + `throw new Error(\`bad score \${score}\`);`,
      options: [{ maxLevel: 'internal' }],
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 17,
          data: { path: 'score', level: 'confidential', category: '', where: 'the message of `Error`' },
        },
      ],
    },
    // An error made inside a Promise executor, and what its `reject` is given (one report each: an error is checked where it is made).
    {
      code:
        MODELS +
        `export const p = new Promise<void>((resolve, reject) => reject(new Error(\`no account for \${email}\`)));`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 74,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the message of `Error`' },
        },
      ],
    },
    {
      code:
        MODELS +
        `export const p = new Promise<void>((_, reject) => {\n  setTimeout(() => reject(\`no account for \${email}\`), 10);\n});`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 3,
          column: 27,
          data: {
            path: 'email',
            level: 'restricted',
            category: ' (pii)',
            where: 'the `reject()` of a `new Promise` executor',
          },
        },
      ],
    },
    {
      code:
        MODELS +
        `export const p = new Promise<void>(function (resolve, fail) {\n  fail({ code: 'NOT_FOUND', card: orders[0]!.card });\n});`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 3,
          column: 8,
          data: {
            path: 'orders[0].card',
            level: 'restricted',
            category: ' (payment)',
            where: 'the `reject()` of a `new Promise` executor',
          },
        },
      ],
    },
    {
      code: MODELS + `export const p = Promise.reject(new Error(\`no account for \${email}\`));`,
      errors: [
        {
          messageId: 'classifiedInError',
          line: 2,
          column: 43,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the message of `Error`' },
        },
      ],
    },
    // The \`sinks\` option: extra error factories and constructors.
    {
      code:
        MODELS + `declare function fail(message: string, data?: object): never;\nfail(\`no account for \${email}\`);`,
      options: [{ sinks: [{ from: 'file', path: 'file.ts', name: 'fail' }] }],
      errors: [
        {
          messageId: 'classifiedInError',
          line: 3,
          column: 6,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the error made by `fail`' },
        },
      ],
    },
    {
      code: MODELS + `declare function fail(message: string, data?: object): never;\nfail('lookup failed', { email });`,
      options: [{ sinks: [{ from: 'file', path: 'file.ts', name: 'fail', args: [1] }] }],
      errors: [
        {
          messageId: 'classifiedInError',
          line: 3,
          column: 23,
          data: { path: 'email', level: 'restricted', category: ' (pii)', where: 'the error made by `fail`' },
        },
      ],
    },
    {
      code:
        MODELS +
        `declare class Problem { constructor(detail: string) }\nexport const problem = new Problem(user.name);`,
      options: [{ sinks: [{ from: 'file', path: 'file.ts', name: 'Problem', kind: 'new' }] }],
      errors: [
        {
          messageId: 'classifiedInError',
          line: 3,
          column: 36,
          data: { path: 'user.name', level: 'restricted', category: ' (pii)', where: 'the error made by `Problem`' },
        },
      ],
    },
  ],
});
