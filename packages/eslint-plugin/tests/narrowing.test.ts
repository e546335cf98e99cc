// The engine types a variable or parameter by its declared type where narrowing cannot change its
// classification (a performance lever: typing a name inside a sink's argument otherwise resolves the
// sink's overloads). These are the cases where narrowing does change it: each must be decided on
// the narrowed type, as before.
import loggingRule from '../src/rules/no-classified-logging.js';
import { invalid, MODELS } from './helpers.js';
import { typedRuleTester } from './ruleTester.js';

const ruleTester = typedRuleTester();
const log = { sink: 'console.log()', category: ' (pii)' };
const user = {
  path: 'v.email',
  paths: ['v.email', 'v.phone', 'v.name', 'v.payouts[].iban'],
  category: ' (payment, pii)',
  sink: 'console.log()',
};

ruleTester.run('narrowing: no-classified-logging', loggingRule, {
  valid: [
    // An assertion after the reference, or on a loop's next turn (the type joins the declared one).
    MODELS +
      `declare function assertUser(v: unknown): asserts v is User;\nfunction f(v: unknown) {\n  console.log(v);\n  assertUser(v);\n}`,
    MODELS +
      `declare function assertUser(v: unknown): asserts v is User;\nfunction f(v: unknown, n: number) {\n  for (let i = 0; i < n; i++) {\n    console.log(v);\n    assertUser(v);\n  }\n}`,
    // A union narrowed to its unclassified members.
    MODELS + `function f(x: typeof email | number) {\n  if (typeof x === 'number') console.log(x);\n}`,
    MODELS + `function f(x: typeof email | undefined) {\n  if (x === undefined) console.log(x);\n}`,
    // Unknown that no condition narrows to a classified type.
    MODELS + `function f(v: unknown) {\n  if (typeof v === 'string') console.log(v);\n}`,
  ],
  invalid: [
    // A type predicate narrows `unknown` to a classified type.
    invalid(
      MODELS +
        `declare function isUser(v: unknown): v is User;\nfunction f(v: unknown) {\n  if (isUser(v)) console.log(v);\n}`,
      { messageId: 'classified', line: 4, column: 30, arg: 'v', declassify: true, ...user },
    ),
    // ... and the narrowing holds in a callback inside the narrowed block.
    invalid(
      MODELS +
        `declare function isUser(v: unknown): v is User;\nfunction f(v: unknown) {\n  if (isUser(v)) [1].forEach(() => console.log(v));\n}`,
      { messageId: 'classified', line: 4, column: 48, arg: 'v', declassify: true, ...user },
    ),
    // `instanceof` narrows a plain base class to a subclass with classified fields.
    invalid(
      MODELS +
        `class Event { kind = 'event'; }\nclass SignedUp extends Event {\n  constructor(readonly email: typeof user.email) { super(); }\n}\nfunction f(e: Event) {\n  if (e instanceof SignedUp) console.log(e);\n}`,
      { messageId: 'classified', line: 7, column: 42, arg: 'e', path: 'e.email', declassify: true, ...log },
    ),
    // A `this is` method narrows its receiver.
    invalid(
      MODELS +
        `class Account {\n  isHolder(): this is Holder { return true; }\n}\nclass Holder extends Account {\n  constructor(readonly email: typeof user.email) { super(); }\n}\nfunction f(a: Account) {\n  if (a.isHolder()) console.log(a);\n}`,
      { messageId: 'classified', line: 9, column: 33, arg: 'a', path: 'a.email', declassify: true, ...log },
    ),
    // An assertion function narrows what follows it.
    invalid(
      MODELS +
        `declare function assertUser(v: unknown): asserts v is User;\nfunction f(v: unknown) {\n  assertUser(v);\n  console.log(v);\n}`,
      { messageId: 'classified', line: 5, column: 15, arg: 'v', declassify: true, ...user },
    ),
    // A union narrowed to its classified member.
    invalid(MODELS + `function f(x: typeof email | number) {\n  if (typeof x === 'string') console.log(x);\n}`, {
      messageId: 'classified',
      line: 3,
      column: 42,
      arg: 'x',
      path: 'x',
      masker: 'redactString',
      ...log,
    }),
    // A let the checker types from its assignments.
    invalid(MODELS + `let x;\nx = email;\nconsole.log(x);`, {
      messageId: 'classified',
      line: 4,
      column: 13,
      arg: 'x',
      path: 'x',
      masker: 'redactString',
      ...log,
    }),
  ],
});
