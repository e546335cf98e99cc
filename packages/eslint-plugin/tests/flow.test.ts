// The flow model (issue: the analysis engine, precise on real code): wrappers through shorthand,
// property reads and destructuring; propagators and their false-positive traps; mutations of
// local objects; sinks reached through call/apply/bind and callbacks; spread then override.
import literalRule from '../src/rules/no-classified-literal.js';
import loggingRule from '../src/rules/no-classified-logging.js';
import thirdPartyRule from '../src/rules/no-classified-third-party.js';
import transportRule from '../src/rules/require-secure-transport.js';
import { FIX, invalid, MODELS, wholeUser } from './helpers.js';
import { typedRuleTester } from './ruleTester.js';

const ruleTester = typedRuleTester();
const pii = ' (pii)';
const log = { sink: 'console.log()', category: pii };

ruleTester.run('flow: no-classified-logging', loggingRule, {
  valid: [
    // Keys are not data; ids and plain fields mapped out of classified rows are not either.
    MODELS + `console.log(Object.keys(user).join(','));`,
    MODELS + `console.log(users.map((r) => r.plan).join('\\n'));`,
    MODELS + `console.log(users.map((r) => r.id).join('\\n'));`,
    MODELS + `console.log(users.filter((u) => u.plan === 'pro').length);`,
    // Without a propagator entry, a function with no body carries only arguments whose own type is classified.
    MODELS + 'declare function wrap(x: string): string;\nconsole.log(wrap(`to ${email}`));',
    // A function with no body whose result is an object: its type says what it holds.
    MODELS + `declare function toDto(u: User): { id: string };\nconsole.log(toDto(user));`,
    // A getter on an object whose type holds a classified field somewhere returns what it returns.
    MODELS +
      `declare const config: { get(key: string): string; smtpPassword: typeof password };\nconsole.log(config.get('mail.defaultName'));`,
    // An unknown function's result carries only arguments whose own type is classified.
    MODELS + `declare function describe(id: string): string;\nconsole.log(describe(user.plan));`,
    // A wrapper that logs one property does not log the others.
    MODELS +
      `interface MailData { to: string; subject: string }\nfunction send(mail: MailData) { console.log({ to: mail.to }); }\nsend({ to: 'ops@example.com', subject: user.email });`,
    MODELS +
      `function notify({ to }: { to: string; body: string }) { console.log(to); }\nnotify({ to: 'ops', body: user.email });`,
    // A boundary: a project function with a plain return type built on node:crypto.
    MODELS +
      `import { createCipheriv } from 'node:crypto';\nfunction encrypt(pw: string): string {\n  const c = createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12));\n  return c.update(pw, 'utf8', 'hex') + c.final('hex');\n}\nconsole.log(encrypt(password));`,
    // Spread then override every classified field with a sanitized value.
    MODELS +
      `import { maskEmail, declassify } from '@classified/core';\nconsole.log({ ...user, email: maskEmail(user.email), phone: undefined, name: declassify(user.name, 'display name on the public profile'), payouts: [] });`,
    // A mutation with plain values only.
    MODELS + `const lines: string[] = [];\nlines.push(user.plan);\nconsole.log(lines.join('\\n'));`,
    // A classified value written into another local than the one logged.
    MODELS + `const a: string[] = [];\nconst b: string[] = [];\na.push(email);\nconsole.log(b);`,
    // The user's own sanitizer, named in the options.
    {
      code: MODELS + `function scrub(x: unknown) { return x; }\nconsole.log(scrub(email));`,
      options: [{ sanitizers: [{ from: 'file', path: 'file.ts', name: 'scrub', gives: 'declassified' }] }],
    },
  ],
  invalid: [
    // Wrappers: shorthand properties, generic parameters, methods, property reads, destructuring.
    invalid(
      MODELS +
        `function logEvent<T>(event: string, data: T) { console.log({ event, data }, event); }\nlogEvent('signup', { email: user.email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 20,
        arg: '{ email: user.email }',
        at: 'user.email',
        path: 'user.email',
        masker: 'maskEmail',
        via: ' through `logEvent()`',
        ...log,
      },
    ),
    invalid(MODELS + `class Audit { record(what: unknown) { console.log({ what }); } }\nnew Audit().record(email);`, {
      messageId: 'classified',
      line: 3,
      column: 20,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      via: ' through `new Audit().record()`',
      ...log,
    }),
    invalid(MODELS + `class Svc {\n  note(x: unknown) { console.log({ x }); }\n  run() { this.note(user.email); }\n}`, {
      messageId: 'classified',
      line: 4,
      column: 21,
      arg: 'user.email',
      path: 'user.email',
      masker: 'maskEmail',
      via: ' through `this.note()`',
      ...log,
    }),
    invalid(
      MODELS +
        `interface MailData { to: string; subject: string }\nfunction send(mail: MailData) { console.log({ to: mail.to }); }\nsend({ to: user.email, subject: 'hi' });`,
      {
        messageId: 'classified',
        line: 4,
        column: 6,
        arg: `{ to: user.email, subject: 'hi' }`,
        at: 'user.email',
        path: 'user.email',
        masker: 'maskEmail',
        via: ' through `send()`',
        ...log,
      },
    ),
    invalid(
      MODELS +
        `function notify({ to, body }: { to: string; body: string }) { console.log(to, body.length); }\nnotify({ to: user.email, body: 'hi' });`,
      {
        messageId: 'classified',
        line: 3,
        column: 8,
        arg: `{ to: user.email, body: 'hi' }`,
        at: 'user.email',
        path: 'user.email',
        masker: 'maskEmail',
        via: ' through `notify()`',
        ...log,
      },
    ),
    invalid(
      MODELS +
        `function deep(p?: { u?: { email?: string } }) { console.log(p?.u?.email); }\ndeep({ u: { email: user.email } });`,
      {
        messageId: 'classified',
        line: 3,
        column: 6,
        arg: '{ u: { email: user.email } }',
        at: 'user.email',
        path: 'user.email',
        masker: 'maskEmail',
        via: ' through `deep()`',
        ...log,
      },
    ),
    invalid(MODELS + `function g(m: { to: string }) { const { to } = m; console.log(to); }\ng({ to: email });`, {
      messageId: 'classified',
      line: 3,
      column: 3,
      arg: '{ to: email }',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      via: ' through `g()`',
      ...log,
    }),
    invalid(MODELS + `function logAll(...parts: unknown[]) { console.log(...parts); }\nlogAll('a', email);`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      via: ' through `logAll()`',
      ...log,
    }),
    invalid(MODELS + `const track = (d: unknown) => console.log(d);\ntrack(email);`, {
      messageId: 'classified',
      line: 3,
      column: 7,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      via: ' through `track()`',
      ...log,
    }),
    invalid(
      MODELS +
        `function w5(x: unknown) { console.log(x); }\nfunction w4(x: unknown) { w5(x); }\nfunction w3(x: unknown) { w4({ x }); }\nfunction w2(x: { x: unknown }) { w3(x.x); }\nfunction w1(x: unknown) { w2({ x }); }\nw1(email);`,
      {
        messageId: 'classified',
        line: 7,
        column: 4,
        arg: 'email',
        path: 'email',
        masker: 'maskEmail',
        via: ' through `w1()` → `w2()` → `w3()` → `w4()` → `w5()`',
        ...log,
      },
    ),
    // Recursive wrappers: summarised once, no endless walk, the sink still found.
    invalid(
      MODELS +
        `function ping(x: unknown, n: number): void { if (n > 0) pong(x, n - 1); }\nfunction pong(x: unknown, n: number): void { console.log(x); ping(x, n); }\nping(email, 3);`,
      {
        messageId: 'classified',
        line: 4,
        column: 6,
        arg: 'email',
        path: 'email',
        masker: 'maskEmail',
        via: ' through `ping()` → `pong()`',
        ...log,
      },
    ),
    // A report names five paths, then how many more.
    invalid(
      MODELS +
        `import type { Restricted } from '@classified/core';\ndeclare const person: { a: Restricted<string, 'pii'>; b: Restricted<string, 'pii'>; c: Restricted<string, 'pii'>; d: Restricted<string, 'pii'>; e: Restricted<string, 'pii'>; f: Restricted<string, 'pii'>; g: Restricted<string, 'pii'> };\nconsole.log(person);`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: 'person',
        path: 'person.a',
        pathsText: '`person.a`, `person.b`, `person.c`, `person.d`, `person.e` and 2 more',
        ...log,
      },
    ),
    // Sinks reached indirectly.
    invalid(MODELS + `console.log.call(console, email);`, {
      messageId: 'classified',
      line: 2,
      column: 27,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `console.log.apply(console, [email]);`, {
      messageId: 'classified',
      line: 2,
      column: 29,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `const info = console.info.bind(console);\ninfo(email);`, {
      messageId: 'classified',
      line: 3,
      column: 6,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      sink: 'info()',
      category: pii,
    }),
    invalid(MODELS + `[email].forEach(console.log);`, {
      messageId: 'classified',
      line: 2,
      column: 17,
      arg: 'console.log',
      at: 'console.log',
      path: 'email',
      ...log,
    }),
    invalid(MODELS + `declare const load: Promise<typeof email>;\nvoid load.then(console.log);`, {
      messageId: 'classified',
      line: 3,
      column: 16,
      arg: 'console.log',
      at: 'console.log',
      path: 'load',
      ...log,
    }),
    // Mutations of local objects.
    invalid(MODELS + 'const lines: string[] = [];\nlines.push(`to ${email}`);\nconsole.log(lines.join(", "));', {
      messageId: 'classified',
      line: 4,
      column: 13,
      arg: 'lines.join(", ")',
      path: 'email',
      ...log,
    }),
    invalid(MODELS + `const m = new Map<string, string>();\nm.set('e', email as string);\nconsole.log(m);`, {
      messageId: 'classified',
      line: 4,
      column: 13,
      arg: 'm',
      at: 'm',
      path: 'email',
      ...log,
    }),
    invalid(MODELS + `const o: { e?: string } = {};\no.e = email;\nconsole.log(o);`, {
      messageId: 'classified',
      line: 4,
      column: 13,
      arg: 'o',
      at: 'o',
      path: 'email',
      ...log,
    }),
    // Spread then override: what the override did not replace is still there.
    invalid(
      MODELS +
        `import { maskEmail } from '@classified/core';\nconst account = user;\nconsole.log({ ...account, email: maskEmail(user.email) });`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: '{ ...account, email: maskEmail(user.email) }',
        at: 'account',
        path: 'account.phone',
        paths: ['account.phone', 'account.name', 'account.payouts[].iban'],
        ...log,
        category: ' (payment, pii)',
      },
    ),
    // Freshly classified values, at the point of use (NoInfer<…> results).
    invalid(
      MODELS +
        `import { restricted } from '@classified/core';\ndeclare const input: { email: string };\nconsole.log({ user: { email: restricted(input.email, 'pii') } });`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: `{ user: { email: restricted(input.email, 'pii') } }`,
        at: `restricted(input.email, 'pii')`,
        path: `restricted(input.email, 'pii')`,
        masker: 'maskEmail',
        ...log,
      },
    ),
    // The user's own propagator: without it, `wrap` (no body, no entry) would carry nothing of a plain template.
    invalid(
      MODELS + 'declare function wrap(x: string): string;\nconsole.log(wrap(`to ${email}`));',
      {
        messageId: 'classified',
        line: 3,
        column: 13,
        arg: 'wrap(`to ${email}`)',
        at: 'email',
        path: 'email',
        masker: 'maskEmail',
        ...log,
      },
      { propagators: [{ from: 'file', path: 'file.ts', name: 'wrap', reaches: [0] }] },
    ),
    // The masker is chosen by the field's name: `hotel` is no telephone.
    invalid(
      MODELS +
        `import type { Restricted } from '@classified/core';\ndeclare const booking: { hotel: Restricted<string, 'pii'> };\nconsole.log(booking.hotel);`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: 'booking.hotel',
        path: 'booking.hotel',
        masker: 'redactString',
        ...log,
      },
    ),
    // A function with no body whose result is text carries its classified argument.
    invalid(MODELS + `declare function format(u: User): string;\nconsole.log(format(user));`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'format(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'console.log()',
    }),
    // Credentials are removed, not masked.
    invalid(MODELS + `console.log({ password });`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: '{ password }',
      at: '{ password }',
      path: 'password',
      category: ' (credential)',
      sink: 'console.log()',
      masker: 'redactString',
      fix: FIX.credential,
    }),
  ],
});

const payoutAllow = {
  allow: [{ host: 'api.payouts.example', maxLevel: 'restricted' as const, categories: ['payment'] }],
};
const tp = { fix: FIX.thirdParty };

ruleTester.run('flow: no-classified-third-party', thirdPartyRule, {
  valid: [
    {
      code:
        MODELS +
        `import axios from 'axios';\ndeclare const rest: string;\nawait axios.post(\`https://api.payouts.example/v1/\${rest}\`, { iban: user.payouts[0]!.iban });`,
      options: [payoutAllow],
    },
    {
      code:
        MODELS +
        `import axios from 'axios';\nawait axios.post('https://api.payouts.example:8443/v1', { iban: user.payouts[0]!.iban });`,
      options: [payoutAllow],
    },
    MODELS +
      `const url = new URL('https://api.example.com/x');\nurl.searchParams.set('plan', user.plan);\nawait fetch(url);`,
  ],
  invalid: [
    // `allow` is not fooled by an unfinished URL.
    invalid(
      MODELS +
        `import axios from 'axios';\ndeclare const rest: string;\nawait axios.post(\`https://api.payouts.example\${rest}\`, { iban: user.payouts[0]!.iban });`,
      {
        messageId: 'classified',
        line: 4,
        column: 56,
        arg: '{ iban: user.payouts[0]!.iban }',
        at: 'user.payouts[0]!.iban',
        path: 'user.payouts[0].iban',
        category: ' (payment)',
        sink: 'axios.post()',
        masker: 'redactString',
        ...tp,
      },
      payoutAllow,
    ),
    invalid(
      MODELS +
        `import axios from 'axios';\ndeclare const rest: string;\nawait axios.post('https://api.payouts.example' + rest, { iban: user.payouts[0]!.iban });`,
      {
        messageId: 'classified',
        line: 4,
        column: 56,
        arg: '{ iban: user.payouts[0]!.iban }',
        at: 'user.payouts[0]!.iban',
        path: 'user.payouts[0].iban',
        category: ' (payment)',
        sink: 'axios.post()',
        masker: 'redactString',
        ...tp,
      },
      payoutAllow,
    ),
    // Mutations that carry to the request.
    invalid(
      MODELS +
        `const url = new URL('https://api.example.com/x');\nurl.searchParams.set('e', email);\nawait fetch(url);`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: 'url',
        path: 'email',
        category: pii,
        sink: 'fetch()',
        declassify: false,
        ...tp,
      },
    ),
    invalid(
      MODELS +
        'const params = new URLSearchParams();\nparams.append("e", email);\nawait fetch(`https://api.example.com/x?${params}`);',
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: '`https://api.example.com/x?${params}`',
        path: 'email',
        category: pii,
        sink: 'fetch()',
        ...tp,
      },
    ),
    invalid(
      MODELS +
        `const headers = new Headers();\nheaders.set('X-Email', email);\nawait fetch('https://api.example.com/x', { method: 'GET', headers });`,
      {
        messageId: 'classified',
        line: 4,
        column: 42,
        arg: `{ method: 'GET', headers }`,
        path: 'email',
        category: pii,
        sink: 'fetch()',
        ...tp,
      },
    ),
    invalid(
      MODELS +
        `const u = new URL('https://api.example.com/x');\nu.search = new URLSearchParams({ e: email }).toString();\nawait fetch(u);`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: 'u',
        path: 'email',
        category: pii,
        sink: 'fetch()',
        declassify: false,
        ...tp,
      },
    ),
  ],
});

ruleTester.run('flow: require-secure-transport', transportRule, {
  valid: [
    MODELS +
      `function notify(p: unknown) { return fetch('https://hooks.example.com/n', { method: 'POST', body: JSON.stringify(p) }); }\nawait notify({ email });`,
  ],
  invalid: [
    {
      code:
        MODELS +
        `function notify(p: unknown) { return fetch('http://hooks.example.com/n', { method: 'POST', body: JSON.stringify(p) }); }\nawait notify({ email });`,
      errors: [
        {
          messageId: 'insecureTransport',
          line: 3,
          column: 14,
          data: {
            url: 'http://hooks.example.com/n',
            level: 'restricted',
            path: 'email',
            secure: 'https://',
            via: ' through `notify()`',
          },
        },
      ],
    },
    {
      code:
        MODELS +
        `declare const rest: string;\nawait fetch(\`http://localhost\${rest}\`, { method: 'POST', body: email });`,
      errors: [
        {
          messageId: 'insecureTransport',
          line: 3,
          column: 13,
          data: { url: 'http://localhost', level: 'restricted', path: 'email', secure: 'https://', via: '' },
        },
      ],
    },
  ],
});

const CORE = `import type { Restricted } from '@classified/core';\n`;

ruleTester.run('flow: no-classified-literal', literalRule, {
  valid: [
    // Fallbacks and comparisons are operands, not data.
    MODELS + `const p = user.phone ?? '-';`,
    MODELS + `const e = email || 'unknown';`,
    MODELS + `declare const show: boolean;\nconst shown = show ? user.email : 'hidden';`,
    MODELS + `if (email === 'jane@example.com') console.log('match');`,
    MODELS + `switch (email) { case 'jane@example.com': break; }`,
    MODELS + `console.log(users.map((u) => u.email).includes('jane@example.com'));`,
    MODELS + CORE + `declare const list: Restricted<string, 'pii'>[];\nconst has = list.includes('jane@example.com');`,
    MODELS + `const { phone = 'none' } = user;`,
  ],
  invalid: [
    {
      code: MODELS + CORE + `function f(e: Restricted<string, 'pii'> = 'jane@example.com') { return e; }`,
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 43,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: MODELS + CORE + `function g(): Restricted<string, 'pii'> { return 'jane@example.com'; }`,
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 50,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: MODELS + `const u: User = { ...user, email: 'jane@example.com' };`,
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 2,
          column: 35,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
    {
      code: MODELS + `declare let u: User;\nu.email = 'jane@example.com';`,
      errors: [
        {
          messageId: 'classifiedLiteral',
          line: 3,
          column: 11,
          data: { level: 'restricted', category: ', pii', how: 'where a classified type is expected' },
        },
      ],
    },
  ],
});
