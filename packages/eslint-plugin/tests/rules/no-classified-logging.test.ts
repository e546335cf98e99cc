import rule from '../../src/rules/no-classified-logging.js';
import { invalid, MODELS, wholeUser } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const pii = ' (pii)';

ruleTester.run('no-classified-logging', rule, {
  valid: [
    // False-positive traps.
    MODELS + `console.log(user.id);`,
    MODELS + `console.log(user.id, user.plan);`,
    MODELS + `console.log(email.length);`,
    MODELS + `console.log(\`length \${email.length}\`);`,
    MODELS + `import { maskEmail } from '@classified/core';\nconsole.log(maskEmail(email));`,
    MODELS + `import { maskEmail } from '@classified/core';\nconsole.log(\`to \${maskEmail(user.email)}\`);`,
    MODELS +
      `import { declassify } from '@classified/core';\nconsole.log(declassify(email, 'support ticket SUP-1 needs it'));`,
    MODELS +
      `import { declassify } from '@classified/core';\nconsole.log(declassify(user, 'support ticket SUP-1 needs it'));`,
    MODELS +
      `import { reclassify } from '@classified/core';\nconsole.log(reclassify(email, 'internal', 'aggregated for the dashboard'));`,
    MODELS + `console.log(user.apiKey);`,
    MODELS + `console.log(\`key \${user.apiKey}\`);`,
    MODELS + `declare const fake: LookAlike<string>;\nconsole.log(fake);`,
    MODELS + `console.log('plain', 42, { plan: user.plan });`,
    MODELS + `declare const anything: { a: string; b: number[] };\nconsole.log(anything);`,
    // Confidential is allowed by default, and comparisons and other boolean results carry nothing.
    MODELS + `console.log(score);`,
    MODELS + `console.log(email === 'x', email.includes('@'), email.startsWith('a'));`,
    MODELS + `console.log(email.indexOf('@') > 0 ? 'has at' : 'no at');`,
    // Sanitizers: the tokenizer and the redactor's output.
    MODELS +
      `import { createTokenizer } from '@classified/core';\nconst tokenize = createTokenizer({ key: 'k'.repeat(32) });\nconsole.log(tokenize(email));`,
    MODELS +
      `import { z } from 'zod';\nimport { redactor, restricted } from '@classified/zod';\nconst U = z.object({ email: restricted(z.string(), { category: 'pii' }) });\ndeclare const u: z.infer<typeof U>;\nconsole.log(redactor(U)(u));`,
    // A reassigned let is not followed (it may hold anything by then).
    MODELS + `let m = \`\${email}\`;\nm = 'reset';\nconsole.log(m);`,
    // A wrapper that masks before logging.
    MODELS +
      `import { maskEmail } from '@classified/core';\nfunction logEmail(e: string) { console.log(maskEmail(e)); }\nlogEmail(email);`,
    // A project function that returns something else than its parameter.
    MODELS + `function idOf(u: User): string { return u.id; }\nconsole.log(idOf(user));`,
    // The strict level, on something Internal.
    { code: MODELS + `console.log(user.id);`, options: [{ maxLevel: 'internal' }] },
    // Untyped receivers are left alone when the fallback is off.
    { code: MODELS + `declare const logger: any;\nlogger.info(email);`, options: [{ checkUntypedLoggers: false }] },
    MODELS + `declare const metrics: any;\nmetrics.info(email);`,
  ],
  invalid: [
    // Suggestions that type-check: an optional value keeps its `undefined`; a value parsed by a
    // classified zod schema in scope is redacted by that schema.
    {
      code: MODELS + `console.log(user.phone);`,
      errors: [
        {
          messageId: 'classified',
          line: 2,
          column: 13,
          data: {
            paths: '`user.phone`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'console.log()',
            via: '',
            fix: 'Mask it, or declassify it with a reason.',
          },
          suggestions: [
            {
              messageId: 'suggestMask',
              data: { masker: 'maskPhone' },
              output:
                `import { maskPhone } from '@classified/core';\n` +
                MODELS +
                `console.log(user.phone == null ? user.phone : maskPhone(user.phone));`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                MODELS +
                `console.log(declassify(user.phone, 'TODO: say why this data may leave its classification'));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Customer } from './zodModels.js';\ndeclare const body: unknown;\nconst customer = Customer.parse(body);\nconsole.log(customer);`,
      errors: [
        {
          messageId: 'classified',
          line: 4,
          column: 13,
          data: {
            paths: '`customer.email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'console.log()',
            via: '',
            fix: 'Mask it, or declassify it with a reason.',
          },
          suggestions: [
            {
              messageId: 'suggestRedact',
              data: { schema: 'Customer' },
              output: `import { redactor } from '@classified/zod';\nimport { Customer } from './zodModels.js';\ndeclare const body: unknown;\nconst customer = Customer.parse(body);\nconsole.log(redactor(Customer)(customer));`,
            },
            {
              messageId: 'suggestDeclassify',
              output: `import { declassify } from '@classified/core';\nimport { Customer } from './zodModels.js';\ndeclare const body: unknown;\nconst customer = Customer.parse(body);\nconsole.log(declassify(customer, 'TODO: say why this data may leave its classification'));`,
            },
          ],
        },
      ],
    },
    // 1. Deep type checks.
    invalid(MODELS + `console.log(user);`, { arg: 'user', ...wholeUser('user'), sink: 'console.log()' }),
    invalid(MODELS + `console.log(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log(users);`, { arg: 'users', ...wholeUser('users[]'), sink: 'console.log()' }),
    invalid(MODELS + `console.log(orders);`, {
      arg: 'orders',
      path: 'orders[].card',
      category: ' (payment)',
      sink: 'console.log()',
    }),
    invalid(MODELS + `console.log(user.payouts);`, {
      arg: 'user.payouts',
      path: 'user.payouts[].iban',
      category: ' (payment)',
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const p: Promise<User>;\nconsole.log(p);`, {
      arg: 'p',
      ...wholeUser('p'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const m: Map<string, User>;\nconsole.log(m);`, {
      arg: 'm',
      ...wholeUser('m'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const s: Set<typeof email>;\nconsole.log(s);`, {
      arg: 's',
      path: 's',
      category: pii,
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const u: User | null;\nconsole.log(u);`, {
      arg: 'u',
      ...wholeUser('u'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const t: [string, User];\nconsole.log(t);`, {
      arg: 't',
      ...wholeUser('t[]'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const i: { a: string } & { b: { c: User } };\nconsole.log(i);`, {
      arg: 'i',
      ...wholeUser('i.b.c'),
      sink: 'console.log()',
    }),
    invalid(
      MODELS + `class Account { constructor(readonly owner: User) {} }\ndeclare const a: Account;\nconsole.log(a);`,
      { arg: 'a', ...wholeUser('a.owner'), sink: 'console.log()' },
    ),
    invalid(MODELS + `declare const r: Record<string, User>;\nconsole.log(r);`, {
      arg: 'r',
      ...wholeUser('r.*'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `console.log(password);`, {
      arg: 'password',
      path: 'password',
      category: ' (credential)',
      sink: 'console.log()',
      masker: 'redactString',
    }),
    // 2. Expressions that turn it into a plain string or a new object still carry it.
    invalid(MODELS + `console.info(\`signup \${user.email}\`);`, {
      arg: '`signup ${user.email}`',
      at: 'user.email',
      path: 'user.email',
      category: pii,
      sink: 'console.info()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log('to ' + email);`, {
      arg: `'to ' + email`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `let line = 'to ';\nline += email;\nconsole.log(line);`, {
      arg: `line`,
      path: 'email',
      category: pii,
      sink: 'console.log()',
    }),
    invalid(MODELS + `let line = 'to ';\nconsole.log(line += email);`, {
      arg: `line += email`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log(String(email));`, {
      arg: 'String(email)',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log(email.toString());`, {
      arg: 'email.toString()',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log(JSON.stringify(user));`, {
      arg: 'JSON.stringify(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `import util from 'node:util';\nconsole.log(util.format('%s', email));`, {
      arg: `util.format('%s', email)`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import { inspect } from 'node:util';\nconsole.log(inspect(user));`, {
      arg: 'inspect(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `console.log(users.map((u) => u.email).join(', '));`, {
      arg: `users.map((u) => u.email).join(', ')`,
      at: 'u.email',
      path: 'users[].email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log('a'.concat(email));`, {
      arg: `'a'.concat(email)`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log(email.toUpperCase().trim().slice(1).padStart(3).replace('a', 'b'));`, {
      arg: `email.toUpperCase().trim().slice(1).padStart(3).replace('a', 'b')`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log({ contact: { to: \`<\${email}>\` } });`, {
      arg: '{ contact: { to: `<${email}>` } }',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log([user.plan, \`\${email}\`]);`, {
      arg: '[user.plan, `${email}`]',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log({ ...user });`, {
      arg: '{ ...user }',
      at: 'user',
      ...wholeUser('user'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `declare const ok: boolean;\nconsole.log(ok ? \`\${email}\` : 'none');`, {
      arg: "ok ? `${email}` : 'none'",
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `declare const fallback: string | undefined;\nconsole.log(fallback ?? \`\${email}\`);`, {
      arg: 'fallback ?? `${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `async function f(load: () => Promise<User>) { console.log(await load()); }`, {
      arg: 'await load()',
      ...wholeUser('load()'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `console.log(Object.values(user));`, {
      arg: 'Object.values(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `console.log(Object.entries(user));`, {
      arg: 'Object.entries(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'console.log()',
    }),
    invalid(MODELS + `import chalk from 'chalk';\nconsole.log(chalk.red(email));`, {
      arg: 'chalk.red(email)',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.log(email as string);`, {
      arg: 'email as string',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    // 3. Local data flow, transitively, within the function.
    invalid(MODELS + `const line = \`signup \${email}\`;\nconst shout = line.toUpperCase();\nconsole.log(shout);`, {
      arg: 'shout',
      path: 'email',
      category: pii,
      sink: 'console.log()',
    }),
    invalid(MODELS + `function f() {\n  let msg = 'to ' + user.email;\n  console.log(msg);\n}`, {
      arg: 'msg',
      path: 'user.email',
      category: pii,
      sink: 'console.log()',
    }),
    // 4. Wrappers, directly and 3 deep, with rest parameters and methods.
    invalid(
      MODELS + `function logEvent(msg: string, data: unknown) { console.log(msg, data); }\nlogEvent('signup', user);`,
      {
        arg: 'user',
        ...wholeUser('user'),
        sink: 'console.log()',
        via: ' through `logEvent()`',
      },
    ),
    invalid(
      MODELS +
        `function sink(x: unknown) { console.warn('event', x); }\nfunction middle(x: unknown) { sink(x); }\nconst outer = (x: unknown) => middle({ payload: x });\nouter(email);`,
      {
        arg: 'email',
        path: 'email',
        category: pii,
        sink: 'console.warn()',
        via: ' through `outer()` → `middle()` → `sink()`',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + `function logAll(...parts: unknown[]) { console.log(...parts); }\nlogAll('a', 'b', email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      via: ' through `logAll()`',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `class Audit { record(event: string, who: unknown) { console.info(\`\${event}\`, who); } }\nnew Audit().record('login', user.email);`,
      {
        arg: 'user.email',
        path: 'user.email',
        category: pii,
        sink: 'console.info()',
        via: ' through `new Audit().record()`',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + `function tag(v: string) { return \`[\${v}]\`; }\nconsole.log(tag(email));`, {
      arg: 'tag(email)',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    // The strict level reports Confidential too.
    invalid(
      MODELS + `console.log(score);`,
      { arg: 'score', path: 'score', level: 'confidential', sink: 'console.log()' },
      { maxLevel: 'internal' },
    ),
    // Existing import of @classified/core: the suggestion adds to it.
    invalid(MODELS + `import { maskPhone } from '@classified/core';\nconsole.log(maskPhone('1'), email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'console.log()',
      masker: 'maskEmail',
    }),
    // The built-in catalog, against the real type declarations.
    invalid(MODELS + `console.assert(true, email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'console.assert()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `console.error(user);`, { arg: 'user', ...wholeUser('user'), sink: 'console.error()' }),
    invalid(MODELS + `import { pino } from 'pino';\nconst logger = pino();\nlogger.info({ user }, 'signup');`, {
      arg: '{ user }',
      at: '{ user }',
      ...wholeUser('user'),
      sink: 'logger.info()',
    }),
    invalid(MODELS + `import { pino } from 'pino';\nconst logger = pino();\nconst child = logger.child({ email });`, {
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'logger.child()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import winston from 'winston';\nconst w = winston.createLogger({ defaultMeta: { email } });`, {
      arg: '{ defaultMeta: { email } }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'winston.createLogger()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import winston from 'winston';\nconst w = winston.createLogger();\nw.info(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'w.info()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `import winston from 'winston';\nconst w = winston.createLogger();\nw.log({ level: 'info', message: email });`,
      {
        arg: `{ level: 'info', message: email }`,
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'w.log()',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + `import winston from 'winston';\nconst w = winston.createLogger();\nw.child({ user });`, {
      arg: '{ user }',
      at: '{ user }',
      ...wholeUser('user'),
      sink: 'w.child()',
    }),
    invalid(MODELS + `import bunyan from 'bunyan';\nbunyan.createLogger({ name: 'a' }).info(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: `bunyan.createLogger({ name: 'a' }).info()`,
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import log from 'fancy-log';\nlog(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'log()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import log from 'fancy-log';\nlog.warn(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'log.warn()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import npmlog from 'npmlog';\nnpmlog.info('signup', email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'npmlog.info()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import createDebug from 'debug';\nconst debug = createDebug('app');\ndebug('user %o', user);`, {
      arg: 'user',
      ...wholeUser('user'),
      sink: 'debug()',
    }),
    invalid(MODELS + `import log4js from 'log4js';\nlog4js.getLogger().info(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'log4js.getLogger().info()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import loglevel from 'loglevel';\nloglevel.warn(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'loglevel.warn()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import { Logger } from '@nestjs/common';\nnew Logger('Signup').log(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: `new Logger('Signup').log()`,
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import { Logger } from '@nestjs/common';\nLogger.error(user);`, {
      arg: 'user',
      ...wholeUser('user'),
      sink: 'Logger.error()',
    }),
    invalid(MODELS + `import { debuglog } from 'node:util';\nconst log = debuglog('app');\nlog('%s', email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'log()',
      masker: 'maskEmail',
    }),
    // Custom sinks and the untyped fallback.
    invalid(
      MODELS + `import { send } from './audit-sink.js';\nsend(email);`,
      { arg: 'email', path: 'email', category: pii, sink: 'send()', masker: 'maskEmail' },
      { sinks: [{ from: 'file', path: 'audit-sink.ts', name: 'send' }] },
    ),
    invalid(MODELS + `declare const logger: any;\nlogger.info(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'logger.info()',
      masker: 'maskEmail',
    }),
  ],
});
