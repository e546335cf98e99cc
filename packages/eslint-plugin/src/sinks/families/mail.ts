import type { CatalogEntry } from '../spec.js';

/**
 * Mail: the relay and the recipient are outside the service (third-party). A team approves its
 * relay with `allow` (`{ from: 'package', package: 'nodemailer', maxLevel: 'restricted', categories: ['pii'] }`).
 * Tested against nodemailer 10.6.1, @nestjs-modules/mailer 2.3.7, @sendgrid/mail 8.1.6, resend 6.38.0
 * and @aws-sdk/client-sesv2 3.1176.0.
 */
export const mailSinks: readonly CatalogEntry[] = [
  { label: 'nodemailer', from: 'package', package: 'nodemailer', name: ['Mail.sendMail', 'Transporter.sendMail'] },
  {
    label: '@nestjs-modules/mailer',
    from: 'package',
    package: '@nestjs-modules/mailer',
    name: ['MailerService.sendMail'],
  },
  {
    label: 'SendGrid',
    from: 'package',
    package: ['@sendgrid/mail'],
    name: ['MailService.send', 'MailService.sendMultiple'],
  },
  {
    label: 'Resend',
    from: 'package',
    package: 'resend',
    name: ['Emails.send', 'Emails.create', 'Batch$1.send', 'Batch$1.create'],
  },
  // AWS SDK v3: the data is in the command's input; `client.send(command)` only carries the command.
  {
    label: 'Amazon SES',
    from: 'package',
    package: ['@aws-sdk/client-sesv2', '@aws-sdk/client-ses'],
    name: [
      'SendEmailCommand',
      'SendBulkEmailCommand',
      'SendRawEmailCommand',
      'SendTemplatedEmailCommand',
      'SendBulkTemplatedEmailCommand',
    ],
    kind: 'new',
  },
];
