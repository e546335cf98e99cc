import rule from '../../src/rules/require-secure-transport.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const CORE = `import { maskEmail, createTokenizer } from '@classified/core';\nimport axios from 'axios';\n`;
const code = (body: string) => MODELS + CORE + body;

ruleTester.run('require-secure-transport', rule, {
  valid: [
    code(
      `await fetch('https://api.payouts.example/v1', { method: 'POST', body: JSON.stringify({ iban: user.payouts[0]!.iban }) });`,
    ),
    code(`await axios.post('https://api.example.com', { id: user.id });`),
    // Loopback is allowed by default.
    code(`await fetch('http://localhost:8080/internal', { body: String(user.id) });`),
    code(`await fetch('http://127.0.0.1/x', { body: maskEmail(email) });`),
    code(`await fetch('http://[::1]:3000/x', { body: maskEmail(email) });`),
    // Nothing classified on the wire.
    code(`await fetch('http://status.example.com/ping');`),
    code(`await axios.post('http://metrics.example.com', { count: 3 });`),
    {
      code: code(`await fetch('http://payments.internal/x', { body: String(user.id) });`),
      options: [{ allowHosts: ['payments.internal'] }],
    },
    // Not an HTTP client.
    code(`declare function save(url: string, data: unknown): void;\nsave('http://example.com', user);`),
  ],
  invalid: [
    {
      code: code(`await axios.post('http://api.payouts.example/v1/payouts', { iban: user.payouts[0]!.iban });`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 4,
          column: 18,
          data: {
            url: 'http://api.payouts.example/v1/payouts',
            level: 'restricted',
            path: 'user.payouts[0].iban',
            secure: 'https://',
            via: '',
          },
        },
      ],
    },
    {
      code: code(`await fetch(\`http://api.example.com/users/\${user.id}\`);`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 4,
          column: 13,
          data: {
            url: 'http://api.example.com/users/',
            level: 'internal',
            path: 'user.id',
            secure: 'https://',
            via: '',
          },
        },
      ],
    },
    {
      code: code(
        `const tokenize = createTokenizer({ key: 'k'.repeat(32) });\nawait fetch('http://analytics.example.com/t', { method: 'POST', body: tokenize(email) });`,
      ),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 5,
          column: 13,
          data: {
            url: 'http://analytics.example.com/t',
            level: 'internal',
            path: 'tokenize(email)',
            secure: 'https://',
            via: '',
          },
        },
      ],
    },
    {
      code: code(`await fetch('http://support.example.com', { body: maskEmail(email) });`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 4,
          column: 13,
          data: {
            url: 'http://support.example.com',
            level: 'internal',
            path: 'maskEmail(email)',
            secure: 'https://',
            via: '',
          },
        },
      ],
    },
    {
      code: code(
        `const PAYOUTS = 'http://api.payouts.example';\nawait axios.post(PAYOUTS + '/v1', { iban: user.payouts[0]!.iban });`,
      ),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 5,
          column: 18,
          data: {
            url: 'http://api.payouts.example',
            level: 'restricted',
            path: 'user.payouts[0].iban',
            secure: 'https://',
            via: '',
          },
        },
      ],
    },
    {
      code: code(`await axios({ url: 'http://api.example.com/x', data: { email } });`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 4,
          column: 13,
          data: { url: 'http://api.example.com/x', level: 'restricted', path: 'email', secure: 'https://', via: '' },
        },
      ],
    },
    {
      code: code(`const api = axios.create({ baseURL: 'http://api.example.com' });\nawait api.post('/users', user);`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 5,
          column: 16,
          data: { url: 'http://api.example.com', level: 'restricted', path: 'user.email', secure: 'https://', via: '' },
        },
      ],
    },
    {
      code: code(`import http from 'node:http';\nhttp.get(\`http://api.example.com/u/\${user.id}\`);`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 5,
          column: 10,
          data: { url: 'http://api.example.com/u/', level: 'internal', path: 'user.id', secure: 'https://', via: '' },
        },
      ],
    },
    {
      code: code(`await fetch('ws://events.example.com/stream', { body: String(user.id) });`),
      errors: [
        {
          messageId: 'insecureTransport',
          line: 4,
          column: 13,
          data: {
            url: 'ws://events.example.com/stream',
            level: 'internal',
            path: 'user.id',
            secure: 'wss://',
            via: '',
          },
        },
      ],
    },
  ],
});
