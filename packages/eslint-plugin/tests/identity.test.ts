// The library is recognised by package identity (the `name` of the package.json that holds a
// file), never by its path: a user's `packages/core/src/mask.ts` is the user's code.
import loggingRule from '../src/rules/no-classified-logging.js';
import { invalid, MODELS } from './helpers.js';
import { typedRuleTester } from './ruleTester.js';

const ruleTester = typedRuleTester();
const log = { sink: 'console.log()', category: ' (pii)' };

ruleTester.run('package identity: no-classified-logging', loggingRule, {
  valid: [
    // The real masker, from @classified/core.
    MODELS + `import { maskEmail } from '@classified/core';\nconsole.log(maskEmail(email));`,
  ],
  invalid: [
    // A look-alike masker of the user's is a function like any other: it returns what it is given.
    // (No mask suggestion: `maskEmail` is already taken by the user's import.)
    invalid(
      MODELS + `import { maskEmail } from './user-code/packages/core/src/mask.js';\nconsole.log(maskEmail(email));`,
      { messageId: 'classified', line: 3, column: 13, arg: 'maskEmail(email)', at: 'email', path: 'email', ...log },
    ),
    // A user's helper under a `packages/zod/src` path is followed.
    invalid(
      MODELS +
        `import { describeUser } from './user-code/packages/zod/src/describe.js';\nconsole.log(describeUser(user));`,
      {
        messageId: 'classified',
        line: 3,
        column: 13,
        arg: 'describeUser(user)',
        path: 'u.name',
        paths: ['u.name', 'u.email'],
        ...log,
      },
    ),
  ],
});
