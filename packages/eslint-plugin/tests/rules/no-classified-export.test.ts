import rule from '../../src/rules/no-classified-export.js';
import { invalid, MODELS, wholeUser } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const pii = ' (pii)';
const EXPRESS = `import express from 'express';\nconst app = express();\n`;

ruleTester.run('no-classified-export', rule, {
  valid: [
    MODELS + `import fs from 'node:fs';\nfs.writeFileSync('out.txt', user.id);`,
    MODELS +
      `import fs from 'node:fs';\nimport { maskEmail } from '@classified/core';\nfs.writeFileSync('out.txt', maskEmail(email));`,
    MODELS + EXPRESS + `app.get('/', (req, res) => { res.json({ id: user.id, plan: user.plan }); });`,
    MODELS + EXPRESS + `app.get('/', (req, res) => { res.json({ key: user.apiKey }); });`,
    MODELS + `localStorage.setItem('plan', user.plan);`,
    MODELS + `document.cookie = 'theme=dark';`,
    // The file name is not the data written (only the data argument of fs writes counts).
    MODELS + `import fs from 'node:fs';\nfs.writeFileSync(\`/tmp/\${user.id}.txt\`, 'ok');`,
    MODELS + `console.log(email);`,
    MODELS + `import { stringify } from 'csv-stringify/sync';\nstringify(users.map((u) => [u.id, u.plan]));`,
  ],
  invalid: [
    invalid(MODELS + `import fs from 'node:fs';\nfs.writeFileSync('users.json', JSON.stringify(users));`, {
      arg: 'JSON.stringify(users)',
      at: 'users',
      ...wholeUser('users[]'),
      sink: 'fs.writeFileSync()',
    }),
    invalid(MODELS + `import fs from 'node:fs';\nfs.writeFile('out.txt', email, () => {});`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'fs.writeFile()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import fs from 'node:fs';\nfs.appendFileSync('out.txt', \`\${email}\\n\`);`, {
      arg: '`${email}\\n`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'fs.appendFileSync()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import fs from 'node:fs';\nfs.write(1, email, () => {});`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'fs.write()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import { writeFile } from 'node:fs/promises';\nawait writeFile('out.txt', email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'writeFile()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import fs from 'node:fs/promises';\nawait fs.appendFile('out.txt', email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'fs.appendFile()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import fs from 'node:fs';\nfs.createWriteStream('out.csv').write(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: `fs.createWriteStream('out.csv').write()`,
      masker: 'maskEmail',
    }),
    invalid(MODELS + `process.stdout.write(\`\${email}\\n\`);`, {
      arg: '`${email}\\n`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'process.stdout.write()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `process.stderr.write(email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'process.stderr.write()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.send(user); });`, {
      arg: 'user',
      ...wholeUser('user'),
      sink: 'res.send()',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.json({ email }); });`, {
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'res.json()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.jsonp(users); });`, {
      arg: 'users',
      ...wholeUser('users[]'),
      sink: 'res.jsonp()',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.write(email); });`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'res.write()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.end(email); });`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'res.end()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.cookie('session', password); });`, {
      arg: 'password',
      path: 'password',
      category: ' (credential)',
      sink: 'res.cookie()',
      masker: 'redactString',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.setHeader('Set-Cookie', \`sid=\${password}\`); });`, {
      arg: '`sid=${password}`',
      at: 'password',
      path: 'password',
      category: ' (credential)',
      sink: 'res.setHeader()',
      masker: 'redactString',
    }),
    invalid(MODELS + EXPRESS + `app.get('/', (req, res) => { res.writeHead(200, { 'X-User': email }); });`, {
      arg: `{ 'X-User': email }`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'res.writeHead()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS + `import http from 'node:http';\nhttp.createServer((req, res) => { res.end(JSON.stringify(user)); });`,
      { arg: 'JSON.stringify(user)', at: 'user', ...wholeUser('user'), sink: 'res.end()' },
    ),
    invalid(
      MODELS +
        `import Fastify from 'fastify';\nconst f = Fastify();\nf.get('/', async (req, reply) => reply.send(user));`,
      { arg: 'user', ...wholeUser('user'), sink: 'reply.send()' },
    ),
    invalid(MODELS + `export const r = new Response(JSON.stringify(user));`, {
      arg: 'JSON.stringify(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'Response()',
    }),
    invalid(MODELS + `export const r = Response.json(user);`, {
      arg: 'user',
      ...wholeUser('user'),
      sink: 'Response.json()',
    }),
    invalid(MODELS + `localStorage.setItem('email', email);`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'localStorage.setItem()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `sessionStorage.setItem('u', JSON.stringify(user));`, {
      arg: 'JSON.stringify(user)',
      at: 'user',
      ...wholeUser('user'),
      sink: 'sessionStorage.setItem()',
    }),
    invalid(MODELS + `localStorage.token = password;`, {
      arg: 'password',
      path: 'password',
      category: ' (credential)',
      sink: 'localStorage.token =',
      masker: 'redactString',
    }),
    invalid(MODELS + `declare const key: string;\nlocalStorage[key] = email;`, {
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'localStorage[key] =',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `document.cookie = \`email=\${email}\`;`, {
      arg: '`email=${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'document.cookie =',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import { stringify } from 'csv-stringify/sync';\nstringify(users.map((u) => [u.id, u.email]));`, {
      arg: 'users.map((u) => [u.id, u.email])',
      at: 'u.email',
      path: 'users[].email',
      masker: 'maskEmail',
      category: pii,
      sink: 'stringify()',
    }),
    invalid(MODELS + `import { stringify } from 'csv-stringify';\nstringify([[email]], () => {});`, {
      arg: '[[email]]',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'stringify()',
      masker: 'maskEmail',
    }),
    // Through an array method's callback, where the element type lost the brand (union reduction).
    invalid(
      MODELS +
        `import fs from 'node:fs';\nconst rows = users.map((u) => [u.id, u.email, u.plan].join(','));\nfs.writeFileSync('u.csv', rows.join('\\n'));`,
      { arg: `rows.join('\\n')`, path: 'users[].email', category: pii, sink: 'fs.writeFileSync()' },
    ),
    invalid(MODELS + `import Papa from 'papaparse';\nPapa.unparse(users);`, {
      arg: 'users',
      ...wholeUser('users[]'),
      sink: 'Papa.unparse()',
    }),
    invalid(
      MODELS +
        `import { maskEmail } from '@classified/core';\ndeclare function save(d: unknown): void;\nlocalStorage.setItem('x', \`\${maskEmail(email)} \${user.name}\`);`,
      {
        arg: '`${maskEmail(email)} ${user.name}`',
        at: 'user.name',
        path: 'user.name',
        category: pii,
        sink: 'localStorage.setItem()',
        masker: 'redactString',
      },
    ),
    invalid(
      MODELS + `import fs from 'node:fs';\nfs.writeFileSync('s.txt', String(score));`,
      { arg: 'String(score)', at: 'score', path: 'score', level: 'confidential', sink: 'fs.writeFileSync()' },
      { maxLevel: 'internal' },
    ),
    invalid(
      MODELS + `import { upload } from './audit-sink.js';\nupload(user);`,
      { arg: 'user', ...wholeUser('user'), sink: 'upload()' },
      { sinks: [{ from: 'file', path: 'audit-sink.ts', name: 'upload' }] },
    ),
  ],
});
