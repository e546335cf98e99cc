// The third-party catalog's families beyond HTTP clients and the first SDKs (issue 16): error
// trackers, analytics and tag managers, search services, metrics. Each runs against the vendor's
// real types (the versions pinned in package.json), so a renamed class or method fails here.
import rule from '../../src/rules/no-classified-third-party.js';
import type { SinkRuleOptions } from '../../src/rules/sinkRule.js';
import { FIX, invalid as invalidCase, MODELS, wholeUser, type Expected } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';
import { typeErrors } from '../typecheck.js';
import type { RunTests } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { thirdPartySinks } from '../../src/sinks/thirdParty.js';

const ruleTester = typedRuleTester();
type Cases = RunTests<'classified' | 'suggestMask' | 'suggestDeclassify', [SinkRuleOptions]>;
const invalid = (code: string, expected: Expected) => invalidCase(code, { fix: FIX.thirdParty, ...expected });
const pii = ' (pii)';
const payment = ' (payment)';
const TOKENIZE = `import { createTokenizer, maskEmail } from '@classified/core';\nconst tokenize = createTokenizer({ key: 'k'.repeat(32) });\n`;
const GTAG = `/// <reference types="gtag.js" />\n`;

const BUGSNAG = `import Bugsnag from '@bugsnag/js';\nconst bugsnag = Bugsnag.default.start('key');\n`;
const ROLLBAR = `import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({ accessToken: 't' });\n`;
const HONEYBADGER = `import Honeybadger from '@honeybadger-io/js';\n`;
const NEWRELIC = `import newrelic from 'newrelic';\n`;
const NR_BROWSER = `import { BrowserAgent } from '@newrelic/browser-agent/loaders/browser-agent';\ndeclare const agent: BrowserAgent;\n`;
const AMPLITUDE = `import * as amplitude from '@amplitude/analytics-node';\n`;
const RUDDER = `import Analytics from '@rudderstack/rudder-sdk-node';\nconst rudder = new Analytics('w', { dataPlaneUrl: 'https://rudder.example' });\n`;
const ALGOLIA = `import { algoliasearch } from 'algoliasearch';\nconst algolia = algoliasearch('app', 'key');\n`;
const ELASTIC = `import { Client } from '@elastic/elasticsearch';\nconst es = new Client({ node: 'https://es.example' });\n`;
const OPENSEARCH = `import { Client } from '@opensearch-project/opensearch';\nconst os = new Client({ node: 'https://os.example' });\n`;
const TYPESENSE = `import Typesense from 'typesense';\nconst docs = new Typesense.Client({ nodes: [], apiKey: 'k' }).collections('users').documents();\n`;
const MEILI = `import { Meilisearch } from 'meilisearch';\nconst index = new Meilisearch({ host: 'https://meili.example' }).index('users');\n`;
const HOTSHOTS = `import StatsD from 'hot-shots';\nconst statsd = new StatsD();\n`;
const PROM = `import { Counter, Gauge, Histogram } from 'prom-client';\nconst counter = new Counter({ name: 'logins', help: 'h', labelNames: ['user'] as const });\n`;

const errorTrackers: Cases = {
  valid: [
    MODELS + BUGSNAG + `bugsnag.notify(new Error('payout failed'), (event) => { event.setUser(user.id); });`,
    MODELS + BUGSNAG + TOKENIZE + `bugsnag.setUser(tokenize(email));`,
    MODELS + ROLLBAR + TOKENIZE + `rollbar.error('payment failed', { user: maskEmail(email) });`,
    MODELS + ROLLBAR + `rollbar.configure({ payload: { person: { id: user.id } } });`,
    MODELS + HONEYBADGER + TOKENIZE + `Honeybadger.setContext({ user_email: maskEmail(email) });`,
    MODELS +
      `import { Notifier } from '@airbrake/node';\nnew Notifier({ projectId: 1, projectKey: 'k' }).notify({ error: new Error('x'), params: { userId: user.id } });`,
    MODELS + NEWRELIC + TOKENIZE + `newrelic.addCustomAttribute('user', tokenize(email));`,
    MODELS + NR_BROWSER + `agent.setUserId(user.id);`,
    MODELS +
      `import * as Sentry from '@sentry/core';\nSentry.captureException(new Error(\`payout failed for \${user.id}\`));`,
    MODELS +
      `import * as Sentry from '@sentry/core';\nimport { maskEmail } from '@classified/core';\nSentry.withScope((scope) => { scope.setUser({ email: maskEmail(email) }); });`,
  ],
  invalid: [
    invalid(MODELS + BUGSNAG + `bugsnag.notify(\`payout failed for \${email}\`);`, {
      messageId: 'classified',
      line: 4,
      column: 16,
      arg: '`payout failed for ${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'bugsnag.notify()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + BUGSNAG + `bugsnag.leaveBreadcrumb('login', { email });`, {
      messageId: 'classified',
      line: 4,
      column: 34,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'bugsnag.leaveBreadcrumb()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + BUGSNAG + `bugsnag.addMetadata('user', user);`, {
      messageId: 'classified',
      line: 4,
      column: 29,
      arg: 'user',
      ...wholeUser('user', true),
      sink: 'bugsnag.addMetadata()',
    }),
    invalid(MODELS + BUGSNAG + `bugsnag.setUser(user.id, email);`, {
      messageId: 'classified',
      line: 4,
      column: 26,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'bugsnag.setUser()',
      masker: 'maskEmail',
    }),
    // What an `onError` callback adds to the event.
    invalid(
      MODELS +
        BUGSNAG +
        `bugsnag.notify(new Error('x'), (event) => { event.addMetadata('card', { card: orders[0]!.card }); });`,
      {
        messageId: 'classified',
        line: 4,
        column: 71,
        arg: '{ card: orders[0]!.card }',
        at: 'orders[0]!.card',
        path: 'orders[0].card',
        category: payment,
        sink: 'event.addMetadata()',
        masker: 'maskCard',
      },
    ),
    invalid(MODELS + `import Bugsnag from '@bugsnag/node';\nBugsnag.default.notify(\`no account for \${email}\`);`, {
      messageId: 'classified',
      line: 3,
      column: 24,
      arg: '`no account for ${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'Bugsnag.default.notify()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + ROLLBAR + `rollbar.error(\`payment failed for \${email}\`);`, {
      messageId: 'classified',
      line: 4,
      column: 15,
      arg: '`payment failed for ${email}`',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'rollbar.error()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + ROLLBAR + `rollbar.critical('payout failed', { iban: user.payouts[0]!.iban });`, {
      messageId: 'classified',
      line: 4,
      column: 35,
      arg: '{ iban: user.payouts[0]!.iban }',
      at: 'user.payouts[0]!.iban',
      path: 'user.payouts[0].iban',
      category: payment,
      sink: 'rollbar.critical()',
      masker: 'redactString',
    }),
    {
      code:
        `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
        `import Rollbar from 'rollbar';\n` +
        `const rollbar = new Rollbar({ accessToken: 't' });\n` +
        `rollbar.info(email);`,
      errors: [
        {
          messageId: 'classified',
          line: 4,
          column: 14,
          data: {
            paths: '`email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'rollbar.info()',
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
                `import Rollbar from 'rollbar';\n` +
                `const rollbar = new Rollbar({ accessToken: 't' });\n` +
                `rollbar.info(maskEmail(email));`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import Rollbar from 'rollbar';\n` +
                `const rollbar = new Rollbar({ accessToken: 't' });\n` +
                `rollbar.info(declassify(email, 'TODO: say why this data may leave its classification'));`,
            },
          ],
        },
      ],
    },
    invalid(MODELS + ROLLBAR + `rollbar.configure({ payload: { person: { id: user.id, email } } });`, {
      messageId: 'classified',
      line: 4,
      column: 19,
      arg: '{ payload: { person: { id: user.id, email } } }',
      at: 'email',
      shorthand: true,
      path: 'email',
      category: pii,
      sink: 'rollbar.configure()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + HONEYBADGER + `Honeybadger.notify(new Error('x'), { context: { email } });`, {
      messageId: 'classified',
      line: 3,
      column: 36,
      arg: '{ context: { email } }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'Honeybadger.notify()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + HONEYBADGER + `Honeybadger.setContext({ user_email: email });`, {
      messageId: 'classified',
      line: 3,
      column: 24,
      arg: '{ user_email: email }',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'Honeybadger.setContext()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `import { Notifier } from '@airbrake/node';\nconst airbrake = new Notifier({ projectId: 1, projectKey: 'k' });\nawait airbrake.notify({ error: new Error('x'), params: { email } });`,
      {
        messageId: 'classified',
        line: 4,
        column: 23,
        arg: `{ error: new Error('x'), params: { email } }`,
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'airbrake.notify()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { Notifier } from '@airbrake/browser';\nconst airbrake = new Notifier({ projectId: 1, projectKey: 'k' });\nawait airbrake.notify(\`failed for \${email}\`);`,
      {
        messageId: 'classified',
        line: 4,
        column: 23,
        arg: '`failed for ${email}`',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'airbrake.notify()',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + NEWRELIC + `newrelic.noticeError(new Error('x'), { email });`, {
      messageId: 'classified',
      line: 3,
      column: 38,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'newrelic.noticeError()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + NEWRELIC + `newrelic.addCustomAttribute('user.email', email);`, {
      messageId: 'classified',
      line: 3,
      column: 43,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'newrelic.addCustomAttribute()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + NEWRELIC + `newrelic.addCustomAttributes({ card: orders[0]!.card });`, {
      messageId: 'classified',
      line: 3,
      column: 30,
      arg: '{ card: orders[0]!.card }',
      at: 'orders[0]!.card',
      path: 'orders[0].card',
      category: payment,
      sink: 'newrelic.addCustomAttributes()',
      masker: 'maskCard',
    }),
    invalid(MODELS + NEWRELIC + `newrelic.recordCustomEvent('Signup', { email });`, {
      messageId: 'classified',
      line: 3,
      column: 38,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'newrelic.recordCustomEvent()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + NR_BROWSER + `agent.setCustomAttribute('email', email);`, {
      messageId: 'classified',
      line: 4,
      column: 35,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'agent.setCustomAttribute()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + NR_BROWSER + `agent.setUserId(email);`, {
      messageId: 'classified',
      line: 4,
      column: 17,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'agent.setUserId()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + NR_BROWSER + `agent.noticeError(new Error('x'), { email });`, {
      messageId: 'classified',
      line: 4,
      column: 35,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'agent.noticeError()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + NR_BROWSER + `agent.addPageAction('checkout', { card: orders[0]!.card });`, {
      messageId: 'classified',
      line: 4,
      column: 33,
      arg: '{ card: orders[0]!.card }',
      at: 'orders[0]!.card',
      path: 'orders[0].card',
      category: payment,
      sink: 'agent.addPageAction()',
      masker: 'maskCard',
    }),
    // Sentry: an error made from classified data carries it (the `new Error(x)` propagator).
    invalid(
      MODELS +
        `import * as Sentry from '@sentry/core';\nSentry.captureException(new Error(\`no account for \${email}\`));`,
      {
        messageId: 'classified',
        line: 3,
        column: 25,
        arg: 'new Error(`no account for ${email}`)',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'Sentry.captureException()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS + `import * as Sentry from '@sentry/core';\nSentry.withScope((scope) => { scope.setUser({ email }); });`,
      {
        messageId: 'classified',
        line: 3,
        column: 45,
        arg: '{ email }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'scope.setUser()',
        masker: 'maskEmail',
      },
    ),
  ],
};

const analytics: Cases = {
  valid: [
    GTAG + MODELS + `gtag('event', 'login', { method: 'password', user_id: user.id });`,
    GTAG + MODELS + TOKENIZE + `gtag('set', 'user_properties', { user: tokenize(email) });`,
    MODELS + `import ReactGA from 'react-ga4';\nReactGA.event('login', { user: user.id });`,
    MODELS +
      `declare global { interface Window { dataLayer: object[] } }\nwindow.dataLayer.push({ event: 'login', userId: user.id });`,
    // A local array named like the GTM global is not it; nor is any other array.
    MODELS + `const dataLayer: object[] = [];\ndataLayer.push({ email });`,
    MODELS + `const events: object[] = [];\nevents.push({ email });`,
    MODELS + AMPLITUDE + TOKENIZE + `amplitude.track('Signed Up', { user: tokenize(email) });`,
    MODELS + AMPLITUDE + `amplitude.identify(new amplitude.Identify().set('plan', user.plan), { user_id: user.id });`,
    MODELS + `import { update } from '@intercom/messenger-js-sdk';\nupdate({ user_id: user.id });`,
    MODELS + RUDDER + `rudder.track({ userId: user.id, event: 'Signed Up' });`,
  ],
  invalid: [
    invalid(GTAG + MODELS + `gtag('event', 'login', { email });`, {
      messageId: 'classified',
      line: 3,
      column: 24,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'gtag()',
      masker: 'maskEmail',
    }),
    invalid(GTAG + MODELS + `gtag('set', 'user_properties', { card: orders[0]!.card });`, {
      messageId: 'classified',
      line: 3,
      column: 32,
      arg: '{ card: orders[0]!.card }',
      at: 'orders[0]!.card',
      path: 'orders[0].card',
      category: payment,
      sink: 'gtag()',
      masker: 'maskCard',
    }),
    invalid(GTAG + MODELS + `gtag('config', 'G-XXXX', { user_id: email });`, {
      messageId: 'classified',
      line: 3,
      column: 26,
      arg: '{ user_id: email }',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'gtag()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import ReactGA from 'react-ga4';\nReactGA.event('login', { email });`, {
      messageId: 'classified',
      line: 3,
      column: 24,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'ReactGA.event()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + `import ReactGA from 'react-ga4';\nReactGA.set({ userId: email });`, {
      messageId: 'classified',
      line: 3,
      column: 13,
      arg: '{ userId: email }',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'ReactGA.set()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `declare global { interface Window { dataLayer: object[] } }\nwindow.dataLayer.push({ event: 'login', email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 23,
        arg: `{ event: 'login', email }`,
        at: 'email',
        shorthand: true,
        path: 'email',
        category: pii,
        sink: 'window.dataLayer.push()',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + `declare global { var dataLayer: Record<string, unknown>[] }\ndataLayer.push({ user });`, {
      messageId: 'classified',
      line: 3,
      column: 16,
      arg: '{ user }',
      at: '{ user }',
      ...wholeUser('user', true),
      sink: 'dataLayer.push()',
    }),
    invalid(
      MODELS +
        `declare global { var dataLayer: Record<string, unknown>[] }\nglobalThis.dataLayer.push({ phone: user.name });`,
      {
        messageId: 'classified',
        line: 3,
        column: 27,
        arg: '{ phone: user.name }',
        at: 'user.name',
        path: 'user.name',
        category: pii,
        sink: 'globalThis.dataLayer.push()',
        masker: 'redactString',
      },
    ),
    invalid(
      MODELS + `declare global { interface Window { dataLayer: object[] } }\nwindow['dataLayer'].push({ email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 26,
        arg: '{ email }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: "window['dataLayer'].push()",
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + AMPLITUDE + `amplitude.track('Signed Up', { email });`, {
      messageId: 'classified',
      line: 3,
      column: 30,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'amplitude.track()',
      masker: 'maskEmail',
    }),
    // What an `Identify` holds, chained or set on a local, reaches `identify()`.
    invalid(MODELS + AMPLITUDE + `amplitude.identify(new amplitude.Identify().set('email', email));`, {
      messageId: 'classified',
      line: 3,
      column: 20,
      arg: `new amplitude.Identify().set('email', email)`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'amplitude.identify()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        AMPLITUDE +
        `const traits = new amplitude.Identify();\ntraits.setOnce('email', email);\namplitude.identify(traits, { user_id: user.id });`,
      {
        messageId: 'classified',
        line: 5,
        column: 20,
        arg: 'traits',
        path: 'email',
        category: pii,
        sink: 'amplitude.identify()',
      },
    ),
    invalid(MODELS + `import * as amplitude from '@amplitude/analytics-browser';\namplitude.setUserId(email);`, {
      messageId: 'classified',
      line: 3,
      column: 21,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'amplitude.setUserId()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `import * as amplitude from '@amplitude/analytics-browser';\namplitude.track('Checkout', { card: orders[0]!.card });`,
      {
        messageId: 'classified',
        line: 3,
        column: 29,
        arg: '{ card: orders[0]!.card }',
        at: 'orders[0]!.card',
        path: 'orders[0].card',
        category: payment,
        sink: 'amplitude.track()',
        masker: 'maskCard',
      },
    ),
    invalid(
      MODELS +
        `import { Intercom } from '@intercom/messenger-js-sdk';\nIntercom({ app_id: 'a', user_id: user.id, email });`,
      {
        messageId: 'classified',
        line: 3,
        column: 10,
        arg: `{ app_id: 'a', user_id: user.id, email }`,
        at: 'email',
        shorthand: true,
        path: 'email',
        category: pii,
        sink: 'Intercom()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { trackEvent } from '@intercom/messenger-js-sdk';\ntrackEvent('checkout', { card: orders[0]!.card });`,
      {
        messageId: 'classified',
        line: 3,
        column: 24,
        arg: '{ card: orders[0]!.card }',
        at: 'orders[0]!.card',
        path: 'orders[0].card',
        category: payment,
        sink: 'trackEvent()',
        masker: 'maskCard',
      },
    ),
    invalid(
      MODELS +
        `import { IntercomClient } from 'intercom-client';\nconst intercom = new IntercomClient({ token: 't' });\nawait intercom.contacts.create({ email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 32,
        arg: '{ email }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'intercom.contacts.create()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { TrackClient } from 'customerio-node';\nconst cio = new TrackClient('site', 'key');\nawait cio.identify(user.id, { email });`,
      {
        messageId: 'classified',
        line: 4,
        column: 29,
        arg: '{ email }',
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'cio.identify()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        `import { TrackClient } from 'customerio-node';\nconst cio = new TrackClient('site', 'key');\nawait cio.track(user.id, { name: 'payout', data: { iban: user.payouts[0]!.iban } });`,
      {
        messageId: 'classified',
        line: 4,
        column: 26,
        arg: `{ name: 'payout', data: { iban: user.payouts[0]!.iban } }`,
        at: 'user.payouts[0]!.iban',
        path: 'user.payouts[0].iban',
        category: payment,
        sink: 'cio.track()',
        masker: 'redactString',
      },
    ),
    invalid(MODELS + RUDDER + `rudder.identify({ userId: user.id, traits: { email } });`, {
      messageId: 'classified',
      line: 4,
      column: 17,
      arg: '{ userId: user.id, traits: { email } }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'rudder.identify()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + RUDDER + `rudder.track({ userId: email, event: 'Signed Up' });`, {
      messageId: 'classified',
      line: 4,
      column: 14,
      arg: `{ userId: email, event: 'Signed Up' }`,
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'rudder.track()',
      masker: 'maskEmail',
    }),
  ],
};

const search: Cases = {
  valid: [
    MODELS +
      ALGOLIA +
      `await algolia.saveObject({ indexName: 'users', body: { objectID: user.id, plan: user.plan } });`,
    MODELS +
      ALGOLIA +
      TOKENIZE +
      `await algolia.partialUpdateObject({ indexName: 'users', objectID: user.id, attributesToUpdate: { email: maskEmail(email) } });`,
    MODELS + ELASTIC + `await es.index({ index: 'users', document: { id: user.id, plan: user.plan } });`,
    MODELS + ELASTIC + `await es.search({ index: 'users', query: { match: { plan: user.plan } } });`,
    MODELS + TYPESENSE + TOKENIZE + `await docs.upsert({ id: user.id, email: tokenize(email) });`,
    MODELS + MEILI + `await index.addDocuments([{ id: user.id }]);`,
  ],
  invalid: [
    invalid(
      MODELS + ALGOLIA + `await algolia.saveObject({ indexName: 'users', body: { objectID: user.id, email } });`,
      {
        messageId: 'classified',
        line: 4,
        column: 26,
        arg: `{ indexName: 'users', body: { objectID: user.id, email } }`,
        at: 'email',
        shorthand: true,
        path: 'email',
        category: pii,
        sink: 'algolia.saveObject()',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + ALGOLIA + `await algolia.saveObjects({ indexName: 'users', objects: [{ ...user }] });`, {
      messageId: 'classified',
      line: 4,
      column: 27,
      arg: `{ indexName: 'users', objects: [{ ...user }] }`,
      at: 'user',
      ...wholeUser('user', true),
      sink: 'algolia.saveObjects()',
    }),
    invalid(
      MODELS +
        ALGOLIA +
        `await algolia.partialUpdateObject({ indexName: 'users', objectID: user.id, attributesToUpdate: { email } });`,
      {
        messageId: 'classified',
        line: 4,
        column: 35,
        arg: `{ indexName: 'users', objectID: user.id, attributesToUpdate: { email } }`,
        at: '{ email }',
        path: 'email',
        category: pii,
        sink: 'algolia.partialUpdateObject()',
        masker: 'maskEmail',
      },
    ),
    invalid(
      MODELS +
        ALGOLIA +
        `await algolia.partialUpdateObjects({ indexName: 'users', objects: [{ objectID: user.id, name: user.name }] });`,
      {
        messageId: 'classified',
        line: 4,
        column: 36,
        arg: `{ indexName: 'users', objects: [{ objectID: user.id, name: user.name }] }`,
        at: 'user.name',
        path: 'user.name',
        category: pii,
        sink: 'algolia.partialUpdateObjects()',
        masker: 'redactString',
      },
    ),
    invalid(MODELS + ELASTIC + `await es.index({ index: 'users', document: { id: user.id, email } });`, {
      messageId: 'classified',
      line: 4,
      column: 16,
      arg: `{ index: 'users', document: { id: user.id, email } }`,
      at: 'email',
      shorthand: true,
      path: 'email',
      category: pii,
      sink: 'es.index()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + ELASTIC + `await es.bulk({ operations: [{ index: { _index: 'users' } }, user] });`, {
      messageId: 'classified',
      line: 4,
      column: 15,
      arg: `{ operations: [{ index: { _index: 'users' } }, user] }`,
      at: 'user',
      ...wholeUser('user', true),
      sink: 'es.bulk()',
    }),
    invalid(MODELS + ELASTIC + `await es.update({ index: 'users', id: user.id, doc: { name: user.name } });`, {
      messageId: 'classified',
      line: 4,
      column: 17,
      arg: `{ index: 'users', id: user.id, doc: { name: user.name } }`,
      at: 'user.name',
      path: 'user.name',
      category: pii,
      sink: 'es.update()',
      masker: 'redactString',
    }),
    invalid(MODELS + OPENSEARCH + `await os.index({ index: 'users', body: { email } });`, {
      messageId: 'classified',
      line: 4,
      column: 16,
      arg: `{ index: 'users', body: { email } }`,
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'os.index()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + OPENSEARCH + `await os.bulk({ body: [{ index: { _index: 'users' } }, { email }] });`, {
      messageId: 'classified',
      line: 4,
      column: 15,
      arg: `{ body: [{ index: { _index: 'users' } }, { email }] }`,
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'os.bulk()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + OPENSEARCH + `await os.update({ index: 'users', id: 'u1', body: { doc: { email } } });`, {
      messageId: 'classified',
      line: 4,
      column: 17,
      arg: `{ index: 'users', id: 'u1', body: { doc: { email } } }`,
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'os.update()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + TYPESENSE + `await docs.create({ id: user.id, email });`, {
      messageId: 'classified',
      line: 4,
      column: 19,
      arg: '{ id: user.id, email }',
      at: 'email',
      shorthand: true,
      path: 'email',
      category: pii,
      sink: 'docs.create()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + TYPESENSE + `await docs.import(users);`, {
      messageId: 'classified',
      line: 4,
      column: 19,
      arg: 'users',
      ...wholeUser('users[]', true),
      sink: 'docs.import()',
    }),
    invalid(MODELS + MEILI + `await index.addDocuments([{ id: user.id, email }]);`, {
      messageId: 'classified',
      line: 4,
      column: 26,
      arg: '[{ id: user.id, email }]',
      at: 'email',
      shorthand: true,
      path: 'email',
      category: pii,
      sink: 'index.addDocuments()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + MEILI + `await index.updateDocuments([{ id: user.id, card: orders[0]!.card }]);`, {
      messageId: 'classified',
      line: 4,
      column: 29,
      arg: '[{ id: user.id, card: orders[0]!.card }]',
      at: 'orders[0]!.card',
      path: 'orders[0].card',
      category: payment,
      sink: 'index.updateDocuments()',
      masker: 'maskCard',
    }),
  ],
};

const metrics: Cases = {
  valid: [
    MODELS + HOTSHOTS + `statsd.increment('login', 1, { plan: user.plan });`,
    MODELS + HOTSHOTS + TOKENIZE + `statsd.increment('login', 1, [\`user:\${tokenize(email)}\`]);`,
    MODELS + PROM + `counter.labels(user.plan).inc();`,
    MODELS + PROM + `counter.inc({ user: user.id });`,
  ],
  invalid: [
    invalid(MODELS + HOTSHOTS + `statsd.increment('login', 1, { email });`, {
      messageId: 'classified',
      line: 4,
      column: 30,
      arg: '{ email }',
      at: '{ email }',
      path: 'email',
      category: pii,
      sink: 'statsd.increment()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + HOTSHOTS + `statsd.gauge(\`balance.\${user.payouts[0]!.iban}\`, 1);`, {
      messageId: 'classified',
      line: 4,
      column: 14,
      arg: '`balance.${user.payouts[0]!.iban}`',
      at: 'user.payouts[0]!.iban',
      path: 'user.payouts[0].iban',
      category: payment,
      sink: 'statsd.gauge()',
      masker: 'redactString',
    }),
    invalid(MODELS + HOTSHOTS + `statsd.timing('checkout', 120, [\`email:\${email}\`]);`, {
      messageId: 'classified',
      line: 4,
      column: 32,
      arg: '[`email:${email}`]',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'statsd.timing()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        `import { StatsD } from 'node-statsd';\nconst statsd = new StatsD();\nstatsd.increment('login', 1, 1, [\`email:\${email}\`]);`,
      {
        messageId: 'classified',
        line: 4,
        column: 33,
        arg: '[`email:${email}`]',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'statsd.increment()',
        masker: 'maskEmail',
      },
    ),
    invalid(MODELS + PROM + `counter.labels(email).inc();`, {
      messageId: 'classified',
      line: 4,
      column: 16,
      arg: 'email',
      path: 'email',
      category: pii,
      sink: 'counter.labels()',
      masker: 'maskEmail',
    }),
    invalid(MODELS + PROM + `counter.inc({ user: email });`, {
      messageId: 'classified',
      line: 4,
      column: 13,
      arg: '{ user: email }',
      at: 'email',
      path: 'email',
      category: pii,
      sink: 'counter.inc()',
      masker: 'maskEmail',
    }),
    invalid(
      MODELS +
        PROM +
        `const gauge = new Gauge({ name: 'g', help: 'h', labelNames: ['card'] as const });\ngauge.set({ card: orders[0]!.card }, 1);`,
      {
        messageId: 'classified',
        line: 5,
        column: 11,
        arg: '{ card: orders[0]!.card }',
        at: 'orders[0]!.card',
        path: 'orders[0].card',
        category: payment,
        sink: 'gauge.set()',
        masker: 'maskCard',
      },
    ),
    invalid(
      MODELS +
        PROM +
        `const histogram = new Histogram({ name: 'h', help: 'h', labelNames: ['user'] as const });\nhistogram.observe({ user: email }, 0.2);`,
      {
        messageId: 'classified',
        line: 5,
        column: 19,
        arg: '{ user: email }',
        at: 'email',
        path: 'email',
        category: pii,
        sink: 'histogram.observe()',
        masker: 'maskEmail',
      },
    ),
  ],
};

const families = {
  'error trackers': errorTrackers,
  'analytics and tag managers': analytics,
  'search services': search,
  metrics,
};
for (const [family, cases] of Object.entries(families))
  ruleTester.run(`no-classified-third-party: ${family}`, rule, cases);

describe('the catalog cases', () => {
  it('type-check against the vendors’ types (a misspelt method would be `any`, and a valid case pass for nothing)', () => {
    const codes = Object.values(families).flatMap((cases) => [
      ...cases.valid.map((c) => (typeof c === 'string' ? c : c.code)),
      ...cases.invalid.map((c) => c.code),
    ]);
    expect(typeErrors(codes)).toEqual([]);
  });
});

describe('the README catalog table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## Third-party catalog'), readme.indexOf('## Configs'));
  const pins = (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    }
  ).devDependencies;

  it('has a row for every label of the catalog', () => {
    const labels = table
      .split('\n')
      .filter((line) => line.startsWith('| '))
      .map((line) => line.split('|')[2]?.trim() ?? '');
    const missing = [...new Set(thirdPartySinks.map((entry) => entry.label))].filter(
      (label) => !labels.some((cell) => cell.split(', ').includes(label)),
    );
    expect(missing).toEqual([]);
  });

  it('gives the versions the tests ran against: the pinned devDependencies', () => {
    const versions = [...table.matchAll(/`(@?[\w.-]+(?:\/[\w.-]+)?)` (\d+\.\d+\.\d+)/g)].map(([, name, version]) => [
      name,
      version,
    ]);
    expect(versions.length).toBeGreaterThanOrEqual(20);
    expect(versions.filter(([name, version]) => pins[name!] !== version)).toEqual([]);
  });
});
