import rule from '../../src/rules/require-secure-transport.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const CORE = `import { maskEmail, createTokenizer } from '@classified/core';\nimport axios from 'axios';\n`;
const code = (body: string) => MODELS + CORE + body;
const err = (url: string, level: string, path: string, secure = 'https://') => ({
  messageId: 'insecureTransport' as const,
  data: { url, level, path, secure, via: '' },
});

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
        { ...err('http://api.payouts.example/v1/payouts', 'restricted', 'user.payouts[0].iban'), line: 4, column: 18 },
      ],
    },
    {
      code: code(`await fetch(\`http://api.example.com/users/\${user.id}\`);`),
      errors: [err('http://api.example.com/users/', 'internal', 'user.id')],
    },
    {
      code: code(
        `const tokenize = createTokenizer({ key: 'k'.repeat(32) });\nawait fetch('http://analytics.example.com/t', { method: 'POST', body: tokenize(email) });`,
      ),
      errors: [err('http://analytics.example.com/t', 'internal', 'tokenize(email)')],
    },
    {
      code: code(`await fetch('http://support.example.com', { body: maskEmail(email) });`),
      errors: [err('http://support.example.com', 'internal', 'maskEmail(email)')],
    },
    {
      code: code(
        `const PAYOUTS = 'http://api.payouts.example';\nawait axios.post(PAYOUTS + '/v1', { iban: user.payouts[0]!.iban });`,
      ),
      errors: [err('http://api.payouts.example', 'restricted', 'user.payouts[0].iban')],
    },
    {
      code: code(`await axios({ url: 'http://api.example.com/x', data: { email } });`),
      errors: [err('http://api.example.com/x', 'restricted', 'email')],
    },
    {
      code: code(`const api = axios.create({ baseURL: 'http://api.example.com' });\nawait api.post('/users', user);`),
      errors: [err('http://api.example.com', 'restricted', 'user.email')],
    },
    {
      code: code(`import http from 'node:http';\nhttp.get(\`http://api.example.com/u/\${user.id}\`);`),
      errors: [err('http://api.example.com/u/', 'internal', 'user.id')],
    },
    {
      code: code(`await fetch('ws://events.example.com/stream', { body: String(user.id) });`),
      errors: [err('ws://events.example.com/stream', 'internal', 'user.id', 'wss://')],
    },
  ],
});
