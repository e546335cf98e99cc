import type { CatalogEntry } from '../spec.js';

/**
 * Chat tools (third-party): the policy names chat tools as a prohibited place for sensitive data.
 * Discord and Teams webhooks through `fetch` are already `fetch`. Tested against @slack/web-api 8.2.0
 * and @slack/webhook 8.0.2.
 */
export const chatSinks: readonly CatalogEntry[] = [
  {
    label: 'Slack',
    from: 'package',
    package: '@slack/web-api',
    name: [
      'Methods.postMessage',
      'Methods.postEphemeral',
      'Methods.scheduleMessage',
      'Methods.meMessage',
      'Methods.update',
      'Methods.uploadV2',
    ],
  },
  { label: 'Slack webhook', from: 'package', package: '@slack/webhook', name: ['IncomingWebhook.send'] },
];
