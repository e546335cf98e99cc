// The evasion catalogue (docs/evasion.md): every way we know to move a classified value into a
// sink without declassifying it. Each pattern the rules catch has a case here; the known
// limitations are listed in the catalogue with their reason and guard.
import castRule from '../src/rules/no-classification-cast.js';
import loggingRule from '../src/rules/no-classified-logging.js';
import { invalid, MODELS, wholeUser } from './helpers.js';
import { typedRuleTester } from './ruleTester.js';

const ruleTester = typedRuleTester();
const pii = ' (pii)';
const log = { sink: 'console.log()', category: pii };

ruleTester.run('evasion: no-classified-logging', loggingRule, {
  valid: [],
  invalid: [
    // 1–3. Casts: the rule looks through them (no-classification-cast reports them too).
    invalid(MODELS + `console.log(email as string);`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'email as string',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `console.log(email as any);`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'email as any',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `console.log(user as unknown as { id: string });`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'user as unknown as { id: string }',
      at: 'user',
      ...log,
      ...wholeUser('user'),
    }),
    // 4. An `any` variable.
    invalid(MODELS + `const x: any = email;\nconsole.log(x);`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'x',
      path: 'email',
      ...log,
    }),
    // 5. A JSON round trip.
    invalid(MODELS + `console.log(JSON.parse(JSON.stringify(user)));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'JSON.parse(JSON.stringify(user))',
      at: 'user',
      ...log,
      ...wholeUser('user'),
    }),
    // 6. Templates and concatenation.
    invalid(MODELS + 'console.log(`${email}`);', {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: '`${email}`',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    // 7–8. Spread into a new object, Object.assign.
    invalid(MODELS + `console.log({ ...user, extra: 1 });`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: '{ ...user, extra: 1 }',
      at: 'user',
      ...log,
      ...wholeUser('user'),
    }),
    invalid(MODELS + `console.log(Object.assign({}, user));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'Object.assign({}, user)',
      ...log,
      ...wholeUser('Object.assign({}, user)'),
    }),
    // 9. Destructuring, renamed.
    invalid(MODELS + `const { email: contact } = user;\nconsole.log(contact);`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'contact',
      path: 'contact',
      masker: 'redactString',
      ...log,
    }),
    // 10–12. map, reduce, forEach.
    invalid(MODELS + 'console.log(users.map((u) => `<${u.email}>`));', {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'users.map((u) => `<${u.email}>`)',
      at: 'u.email',
      path: 'users[].email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `console.log(users.reduce((acc, u) => acc + u.email, ''));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: `users.reduce((acc, u) => acc + u.email, '')`,
      at: 'u.email',
      path: 'users[].email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `users.forEach((u) => console.log(u.email));`, {
      messageId: 'classified',
      line: 2,
      column: 34,
      arg: 'u.email',
      path: 'u.email',
      masker: 'maskEmail',
      ...log,
    }),
    // 13. A closure that returns captured data, typed as a plain string.
    invalid(MODELS + `const contactOf = (): string => email;\nconsole.log(contactOf());`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'contactOf()',
      path: 'email',
      ...log,
    }),
    // 14–15. Class getters and fields.
    invalid(
      MODELS +
        `class Account { constructor(private readonly owner: User) {}\n  get contact(): string { return this.owner.email; } }\nconsole.log(new Account(user).contact);`,
      {
        messageId: 'classified',
        line: 4,
        column: 13,
        arg: 'new Account(user).contact',
        path: 'this.owner.email',
        ...log,
      },
    ),
    invalid(MODELS + `class Draft { to = email; }\nconsole.log(new Draft().to);`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'new Draft().to',
      path: 'new Draft().to',
      masker: 'redactString',
      ...log,
    }),
    // 16–17. Callbacks and Promise.then.
    invalid(MODELS + `[email].forEach((e) => console.log(e));`, {
      messageId: 'classified',
      line: 2,
      column: 36,
      arg: 'e',
      path: 'e',
      masker: 'redactString',
      ...log,
    }),
    invalid(MODELS + `declare const load: () => Promise<User>;\nvoid load().then((u) => console.log(u.email));`, {
      messageId: 'classified',
      line: 3,
      column: 37,
      arg: 'u.email',
      path: 'u.email',
      masker: 'maskEmail',
      ...log,
    }),
    // 18. Generics.
    invalid(MODELS + `function same<T>(x: T): T { return x; }\nconsole.log(same(email));`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'same(email)',
      path: 'same(email)',
      masker: 'maskEmail',
      ...log,
    }),
    // 19–22. Optional chaining, computed and dynamic access, Reflect.get.
    invalid(MODELS + `declare const maybe: User | undefined;\nconsole.log(maybe?.email);`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'maybe?.email',
      path: 'maybe?.email',
      masker: 'maskEmail',
      nullable: true,
      ...log,
    }),
    invalid(MODELS + `console.log(user['email']);`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: `user['email']`,
      path: `user['email']`,
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `declare const key: keyof User;\nconsole.log(user[key]);`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'user[key]',
      path: 'user[key]',
      paths: ['user[key]', 'user[key][].iban'],
      ...log,
      category: ' (payment, pii)',
    }),
    invalid(MODELS + `console.log(Reflect.get(user, 'email'));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: `Reflect.get(user, 'email')`,
      path: `Reflect.get(user, 'email')`,
      masker: 'maskEmail',
      ...log,
    }),
    // 23. Re-exported through another module, and renamed on import.
    invalid(`import { email as contact } from './reexport.js';\nconsole.log(contact);`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'contact',
      path: 'contact',
      masker: 'redactString',
      ...log,
    }),
    // 24. A default parameter.
    invalid(MODELS + `function show(e = email) { console.log(e); }\nshow();`, {
      messageId: 'classified',
      line: 2,
      column: 40,
      arg: 'e',
      path: 'e',
      masker: 'redactString',
      ...log,
    }),
    // 25. A tagged template.
    invalid(MODELS + 'console.log(String.raw`${email}`);', {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'String.raw`${email}`',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    // 26–27. Array.from, structuredClone.
    invalid(MODELS + `console.log(Array.from(new Set([email])));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'Array.from(new Set([email]))',
      path: 'Array.from(new Set([email]))[]',
      ...log,
    }),
    invalid(MODELS + `console.log(structuredClone(user));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'structuredClone(user)',
      ...log,
      ...wholeUser('structuredClone(user)'),
    }),
    // 28–30. Encodings and string surgery.
    invalid(MODELS + `console.log(Buffer.from(email).toString('base64'));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: `Buffer.from(email).toString('base64')`,
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `console.log(encodeURIComponent(email));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: 'encodeURIComponent(email)',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    invalid(MODELS + `console.log(email.split('').reverse().join(''));`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: `email.split('').reverse().join('')`,
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    // 31. Deferred: setTimeout.
    invalid(MODELS + `setTimeout(() => console.log(email), 0);`, {
      messageId: 'classified',
      line: 2,
      column: 30,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    // 32–34. Another way to call the logger: element access, an alias, spread arguments.
    invalid(MODELS + `console['log'](email);`, {
      messageId: 'classified',
      line: 2,
      column: 16,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      sink: `console['log']()`,
      category: pii,
    }),
    invalid(MODELS + `const write = console.log;\nwrite(email);`, {
      messageId: 'classified',
      line: 3,
      column: 7,
      arg: 'email',
      path: 'email',
      masker: 'maskEmail',
      sink: 'write()',
      category: pii,
    }),
    invalid(MODELS + `console.log(...[email]);`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: '...[email]',
      at: 'email',
      path: 'email',
      masker: 'maskEmail',
      ...log,
    }),
    // 35. A helper that formats a field of its parameter.
    invalid(
      MODELS + `function label(u: User): string { return \`\${u.name} <\${u.id}>\`; }\nconsole.log(label(user));`,
      { messageId: 'classified', line: 3, column: 13, arg: 'label(user)', path: 'u.name', ...log },
    ),
    // 36. A private field read through a method.
    invalid(MODELS + `class Box { #v = email; read(): string { return this.#v; } }\nconsole.log(new Box().read());`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: 'new Box().read()',
      path: 'this.#v',
      ...log,
    }),
  ],
});

ruleTester.run('evasion: no-classification-cast', castRule, {
  valid: [],
  invalid: [
    { code: MODELS + `const plain = <string>email;`, errors: [{ messageId: 'castLowers', line: 2, column: 15 }] },
    {
      code: MODELS + `const plain = email as unknown as string;`,
      errors: [{ messageId: 'castLowers', line: 2, column: 15 }],
    },
  ],
});
