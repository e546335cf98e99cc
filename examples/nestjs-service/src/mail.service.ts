// The welcome mail, through nodemailer. The relay is approved for PII (the recipient's address) in
// eslint.config.js; tests use nodemailer's JSON transport, which sends nothing.
import { maskEmail, type Restricted } from '@classified/core';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailConfig } from './config.js';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** A transport that writes the message as JSON instead of sending it. */
export function jsonTransport(): Transporter {
  return nodemailer.createTransport({ jsonTransport: true });
}

@Injectable()
export class MailService {
  readonly #logger = new Logger(MailService.name);
  /** What was handed to the transport, for the tests. */
  readonly sent: string[] = [];

  constructor(
    @Inject(MAIL_TRANSPORT) private readonly transport: Transporter,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
  ) {}

  async sendWelcome(to: Restricted<string, 'pii'>): Promise<void> {
    const info = (await this.transport.sendMail({
      from: this.config.from,
      to,
      subject: 'Welcome',
      text: 'Your account is ready.',
    })) as { message: string };
    this.sent.push(info.message);
    this.#logger.log(`welcome mail sent to ${maskEmail(to)}`);
  }
}
