// Starts the service: `node dist/server.js` with PAYOUT_API_KEY, SEGMENT_WRITE_KEY and TOKEN_KEY set.
import * as Sentry from '@sentry/node';
import { createTracker } from './analytics.js';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { createMailer } from './mailer.js';
import { createPayoutClient } from './payouts.js';
import { Store } from './store.js';

const config = loadConfig();
Sentry.init({ dsn: process.env.SENTRY_DSN });
const logger = createLogger();
const app = createApp({
  store: new Store(),
  logger,
  tracker: createTracker(config.segmentWriteKey, config.tokenKey),
  payouts: createPayoutClient(config.payoutApiKey),
  mailer: createMailer(),
});
app.listen(config.port, () => logger.info({ port: config.port }, 'referral service listening'));
