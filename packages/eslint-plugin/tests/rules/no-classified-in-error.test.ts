import rule from '../../src/rules/no-classified-in-error.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const err = (path: string, where: string, category = ' (pii)', level = 'restricted') => ({ messageId: 'classifiedInError' as const, data: { path, level, category, where } });

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
  ],
  invalid: [
    { code: MODELS + `throw new Error(\`no account for \${email}\`);`, errors: [{ ...err('email', 'the message of `Error`'), line: 2, column: 17 }] },
    { code: MODELS + `throw Error('no account for ' + user.email);`, errors: [err('user.email', 'the message of `Error`')] },
    { code: MODELS + `throw new TypeError(email);`, errors: [err('email', 'the message of `TypeError`')] },
    { code: MODELS + `throw new Error('lookup failed', { cause: { user } });`, errors: [err('user.email', 'the options (`cause`) of `Error`')] },
    { code: MODELS + `class PaymentError extends Error {}\nclass CardDeclined extends PaymentError {}\nthrow new CardDeclined(\`declined: \${orders[0]!.card}\`);`, errors: [err('orders[0].card', 'the message of `CardDeclined`', ' (payment)')] },
    { code: MODELS + `export const p = Promise.reject(\`no account for \${email}\`);`, errors: [err('email', '`Promise.reject()`')] },
    { code: MODELS + `throw { code: 'NOT_FOUND', email };`, errors: [err('email', 'a thrown value')] },
    { code: MODELS + `const message = \`no account for \${email}\`;\nthrow new Error(message);`, errors: [err('email', 'the message of `Error`')] },
    { code: MODELS + `throw new Error(\`bad score \${score}\`);`, options: [{ maxLevel: 'internal' }], errors: [err('score', 'the message of `Error`', '', 'confidential')] },
  ],
});
