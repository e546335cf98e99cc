// Tokens readable by their holder (src/sinks/families/tokens.ts) and framework responses
// (responses.ts), against the installed types.
import rule from '../../src/rules/no-classified-export.js';
import { invalid as invalidCase, MODELS, type Expected } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const invalid = (code: string, expected: Omit<Expected, 'path'> & { path?: string }) =>
  invalidCase(code, { category: ' (pii)', masker: 'maskEmail', ...expected, path: expected.path ?? 'email' });
const JWT = MODELS + `import jwt from 'jsonwebtoken';\n`;
const NEST_JWT = MODELS + `import type { JwtService } from '@nestjs/jwt';\ndeclare const jwtService: JwtService;\n`;
const JOSE = MODELS + `import { SignJWT } from 'jose';\nconst key = new Uint8Array(32);\n`;
const HONO = MODELS + `import { Hono } from 'hono';\nconst app = new Hono();\n`;
const NEXT = MODELS + `import { NextResponse } from 'next/server.js';\n`;
const KOA = MODELS + `import Koa from 'koa';\nconst app = new Koa();\n`;

ruleTester.run('no-classified-export: tokens and responses', rule, {
  valid: [
    // An id in the token, and the signing key (a credential) as the key, are fine.
    JWT + `jwt.sign({ sub: user.id }, password);`,
    NEST_JWT + `await jwtService.signAsync({ sub: user.id });`,
    JOSE + `await new SignJWT({ sub: user.id }).setProtectedHeader({ alg: 'HS256' }).sign(key);`,
    HONO + `app.get('/me', (c) => c.json({ id: user.id }));`,
    KOA + `app.use((ctx) => { ctx.body = { id: user.id }; });`,
    NEXT + `export function GET() { return NextResponse.json({ id: user.id }); }`,
  ],
  invalid: [
    {
      code:
        `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
        `import jwt from 'jsonwebtoken';\n` +
        `jwt.sign({ sub: user.id, email }, password);`,
      errors: [
        {
          messageId: 'classified',
          line: 3,
          column: 10,
          data: {
            paths: '`email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'jwt.sign()',
            via: '',
            fix: 'Mask it, or declassify it with a reason.',
          },
          suggestions: [
            {
              messageId: 'suggestMask',
              data: { masker: 'maskEmail' },
              output:
                `import { maskEmail } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import jwt from 'jsonwebtoken';\n` +
                `jwt.sign({ sub: user.id, email: maskEmail(email) }, password);`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import jwt from 'jsonwebtoken';\n` +
                `jwt.sign({ sub: user.id, email: declassify(email, 'TODO: say why this data may leave its classification') }, password);`,
            },
          ],
        },
      ],
    },
    invalid(NEST_JWT + `jwtService.sign({ sub: user.id, email: user.email });`, {
      messageId: 'classified',
      line: 4,
      column: 17,
      arg: '{ sub: user.id, email: user.email }',
      at: 'user.email',
      path: 'user.email',
      sink: 'jwtService.sign()',
    }),
    invalid(NEST_JWT + `await jwtService.signAsync({ email });`, {
      messageId: 'classified',
      line: 4,
      column: 28,
      arg: '{ email }',
      at: '{ email }',
      sink: 'jwtService.signAsync()',
    }),
    invalid(JOSE + `await new SignJWT({ email }).setProtectedHeader({ alg: 'HS256' }).sign(key);`, {
      messageId: 'classified',
      line: 4,
      column: 19,
      arg: '{ email }',
      at: '{ email }',
      sink: 'SignJWT()',
    }),
    invalid(JOSE + `await new SignJWT({}).setSubject(email).setProtectedHeader({ alg: 'HS256' }).sign(key);`, {
      messageId: 'classified',
      line: 4,
      column: 34,
      arg: 'email',
      sink: 'new SignJWT({}).setSubject()',
    }),
    invalid(NEXT + `export function GET() { return NextResponse.json({ id: user.id, email }); }`, {
      messageId: 'classified',
      line: 3,
      column: 50,
      arg: '{ id: user.id, email }',
      at: 'email',
      shorthand: true,
      sink: 'NextResponse.json()',
    }),
    invalid(NEXT + `export function GET() { return new NextResponse(JSON.stringify({ email })); }`, {
      messageId: 'classified',
      line: 3,
      column: 49,
      arg: 'JSON.stringify({ email })',
      at: '{ email }',
      sink: 'NextResponse()',
    }),
    invalid(HONO + `app.get('/me', (c) => c.json({ id: user.id, email }));`, {
      messageId: 'classified',
      line: 4,
      column: 30,
      arg: '{ id: user.id, email }',
      at: 'email',
      shorthand: true,
      sink: 'c.json()',
    }),
    invalid(HONO + `app.get('/me', (c) => c.text(email));`, {
      messageId: 'classified',
      line: 4,
      column: 30,
      arg: 'email',
      sink: 'c.text()',
    }),
    invalid(HONO + `app.get('/me', (c) => c.html(\`<p>\${email}</p>\`));`, {
      messageId: 'classified',
      line: 4,
      column: 30,
      arg: '`<p>${email}</p>`',
      at: 'email',
      sink: 'c.html()',
    }),
    invalid(KOA + `app.use((ctx) => { ctx.body = { email }; });`, {
      messageId: 'classified',
      line: 4,
      column: 31,
      arg: '{ email }',
      at: '{ email }',
      sink: 'ctx.body =',
    }),
  ],
});
