// Mail providers (src/sinks/families/mail.ts), against the installed packages' own types.
import rule from '../../src/rules/no-classified-third-party.js';
import { FIX, invalid as invalidCase, MODELS, wholeUser, type Expected } from '../helpers.js';
import type { SinkRuleOptions } from '../../src/rules/sinkRule.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const invalid = (code: string, expected: Expected, options?: SinkRuleOptions) =>
  invalidCase(code, { fix: FIX.thirdParty, category: ' (pii)', masker: 'maskEmail', ...expected }, options);
const NODEMAILER =
  MODELS +
  `import nodemailer from 'nodemailer';\nconst transport = nodemailer.createTransport({ jsonTransport: true });\n`;
const NEST =
  MODELS + `import type { MailerService } from '@nestjs-modules/mailer';\ndeclare const mailer: MailerService;\n`;
const SENDGRID = MODELS + `import sgMail from '@sendgrid/mail';\n`;
const RESEND = MODELS + `import { Resend } from 'resend';\nconst resend = new Resend('re_key');\n`;
const SES =
  MODELS + `import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';\nconst ses = new SESv2Client({});\n`;
// The team's approved relay: it may receive PII (the recipient's address), nothing else above Internal.
const relay = (pkg: string): SinkRuleOptions => ({
  allow: [{ from: 'package', package: pkg, maxLevel: 'restricted', categories: ['pii'] }],
});

ruleTester.run('no-classified-third-party: mail', rule, {
  valid: [
    // Nothing classified.
    NODEMAILER + `await transport.sendMail({ to: 'ops@example.com', subject: 'Daily report', text: 'ok' });`,
    // The relay approved for PII.
    {
      code: NODEMAILER + `await transport.sendMail({ to: email, subject: 'Welcome' });`,
      options: [relay('nodemailer')],
    },
    {
      code: NEST + `await mailer.sendMail({ to: email, template: 'welcome' });`,
      options: [relay('@nestjs-modules/mailer')],
    },
    {
      code:
        SES +
        `await ses.send(new SendEmailCommand({ Destination: { ToAddresses: [email] }, Content: { Simple: { Subject: { Data: 'Hi' }, Body: { Text: { Data: 'Hi' } } } } }));`,
      options: [relay('@aws-sdk/client-sesv2')],
    },
    // Masked.
    SENDGRID +
      `import { maskEmail } from '@classified/core';\nawait sgMail.send({ to: 'ops@example.com', from: 'no-reply@example.com', subject: 'New signup', text: \`New signup: \${maskEmail(email)}\` });`,
    // The client's `send` carries the command, not the data: the command's input is the sink.
    SES + `declare const command: SendEmailCommand;\nawait ses.send(command);`,
  ],
  invalid: [
    {
      code:
        `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
        `import nodemailer from 'nodemailer';\n` +
        `const transport = nodemailer.createTransport({ jsonTransport: true });\n` +
        `await transport.sendMail({ to: email, subject: 'Welcome' });`,
      errors: [
        {
          messageId: 'classified',
          line: 4,
          column: 26,
          data: {
            paths: '`email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'transport.sendMail()',
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
                `import nodemailer from 'nodemailer';\n` +
                `const transport = nodemailer.createTransport({ jsonTransport: true });\n` +
                `await transport.sendMail({ to: maskEmail(email), subject: 'Welcome' });`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import nodemailer from 'nodemailer';\n` +
                `const transport = nodemailer.createTransport({ jsonTransport: true });\n` +
                `await transport.sendMail({ to: declassify(email, 'TODO: say why this data may leave its classification'), subject: 'Welcome' });`,
            },
          ],
        },
      ],
    },
    // The approved relay gets PII only: a credential in the body is still reported.
    invalid(
      NODEMAILER + `await transport.sendMail({ to: 'a@example.com', text: \`Your password is \${password}\` });`,
      {
        messageId: 'classified',
        line: 4,
        column: 26,
        arg: "{ to: 'a@example.com', text: `Your password is ${password}` }",
        at: 'password',
        path: 'password',
        category: ' (credential)',
        masker: 'redactString',
        fix: FIX.credential,
        sink: 'transport.sendMail()',
      },
      relay('nodemailer'),
    ),
    invalidCase(NEST + `await mailer.sendMail({ to: 'ops@example.com', context: { user } });`, {
      messageId: 'classified',
      line: 4,
      column: 23,
      arg: `{ to: 'ops@example.com', context: { user } }`,
      at: '{ user }',
      ...wholeUser('user', true),
      fix: FIX.thirdParty,
      sink: 'mailer.sendMail()',
    }),
    invalid(SENDGRID + `await sgMail.send({ to: email, from: 'no-reply@example.com', subject: 'Hi', text: 'Hi' });`, {
      messageId: 'classified',
      line: 3,
      column: 19,
      arg: `{ to: email, from: 'no-reply@example.com', subject: 'Hi', text: 'Hi' }`,
      at: 'email',
      path: 'email',
      sink: 'sgMail.send()',
    }),
    invalid(
      RESEND + `await resend.emails.send({ from: 'no-reply@example.com', to: email, subject: 'Hi', text: 'Hi' });`,
      {
        messageId: 'classified',
        line: 4,
        column: 26,
        arg: `{ from: 'no-reply@example.com', to: email, subject: 'Hi', text: 'Hi' }`,
        at: 'email',
        path: 'email',
        sink: 'resend.emails.send()',
      },
    ),
    invalid(
      SES +
        `await ses.send(new SendEmailCommand({ Destination: { ToAddresses: [email] }, Content: { Simple: { Subject: { Data: 'Hi' }, Body: { Text: { Data: 'Hi' } } } } }));`,
      {
        messageId: 'classified',
        line: 4,
        column: 37,
        arg: `{ Destination: { ToAddresses: [email] }, Content: { Simple: { Subject: { Data: 'Hi' }, Body: { Text: { Data: 'Hi' } } } } }`,
        at: 'email',
        path: 'email',
        sink: 'SendEmailCommand()',
      },
    ),
  ],
});
