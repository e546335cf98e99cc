// LLM and AI APIs (src/sinks/families/ai.ts) and chat tools (chat.ts), against the installed types.
import rule from '../../src/rules/no-classified-third-party.js';
import { FIX, invalid as invalidCase, MODELS, wholeUser, type Expected } from '../helpers.js';
import type { SinkRuleOptions } from '../../src/rules/sinkRule.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const invalid = (code: string, expected: Omit<Expected, 'path'> & { path?: string }, options?: SinkRuleOptions) =>
  invalidCase(
    code,
    { fix: FIX.thirdParty, category: ' (pii)', masker: 'maskEmail', ...expected, path: expected.path ?? 'email' },
    options,
  );
const OPENAI = MODELS + `import OpenAI from 'openai';\nconst openai = new OpenAI({ apiKey: 'k' });\n`;
const ANTHROPIC =
  MODELS + `import Anthropic from '@anthropic-ai/sdk';\nconst anthropic = new Anthropic({ apiKey: 'k' });\n`;
const GENAI =
  MODELS + `import { GoogleGenAI } from '@google/genai';\nconst genai = new GoogleGenAI({ apiKey: 'k' });\n`;
const AI =
  MODELS +
  `import { generateObject, generateText, streamText, type LanguageModel } from 'ai';\ndeclare const model: LanguageModel;\n`;
const SLACK = MODELS + `import { WebClient } from '@slack/web-api';\nconst slack = new WebClient('xoxb');\n`;
const WEBHOOK =
  MODELS +
  `import { IncomingWebhook } from '@slack/webhook';\nconst hook = new IncomingWebhook('https://hooks.slack.com/services/T/B/X');\n`;

ruleTester.run('no-classified-third-party: AI and chat', rule, {
  valid: [
    OPENAI +
      `await openai.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: 'Summarise the release notes' }] });`,
    OPENAI +
      `import { maskEmail } from '@classified/core';\nawait openai.responses.create({ model: 'gpt', input: \`Write a greeting for \${maskEmail(email)}\` });`,
    // Internal data (ids) is allowed by default.
    ANTHROPIC +
      `await anthropic.messages.create({ model: 'claude', max_tokens: 64, messages: [{ role: 'user', content: \`Classify ticket \${user.id}\` }] });`,
    // An approved provider (a data-processing agreement), named by its package.
    {
      code: OPENAI + `await openai.embeddings.create({ model: 'emb', input: email });`,
      options: [{ allow: [{ from: 'package', package: 'openai', maxLevel: 'restricted', categories: ['pii'] }] }],
    },
    SLACK + `await slack.chat.postMessage({ channel: '#ops', text: \`New signup \${user.id}\` });`,
  ],
  invalid: [
    invalid(
      OPENAI +
        `await openai.chat.completions.create({ model: 'gpt', messages: [{ role: 'user', content: \`Write to \${email}\` }] });`,
      {
        messageId: 'classified',
        line: 4,
        column: 38,
        arg: "{ model: 'gpt', messages: [{ role: 'user', content: `Write to ${email}` }] }",
        at: 'email',
        sink: 'openai.chat.completions.create()',
      },
    ),
    invalid(OPENAI + `await openai.responses.create({ model: 'gpt', input: \`Write to \${email}\` });`, {
      messageId: 'classified',
      line: 4,
      column: 31,
      arg: "{ model: 'gpt', input: `Write to ${email}` }",
      at: 'email',
      sink: 'openai.responses.create()',
    }),
    invalid(OPENAI + `await openai.embeddings.create({ model: 'emb', input: email });`, {
      messageId: 'classified',
      line: 4,
      column: 32,
      arg: "{ model: 'emb', input: email }",
      at: 'email',
      sink: 'openai.embeddings.create()',
    }),
    invalidCase(
      ANTHROPIC +
        `await anthropic.messages.create({ model: 'claude', max_tokens: 64, messages: [{ role: 'user', content: JSON.stringify(user) }] });`,
      {
        messageId: 'classified',
        line: 4,
        column: 33,
        arg: "{ model: 'claude', max_tokens: 64, messages: [{ role: 'user', content: JSON.stringify(user) }] }",
        at: 'user',
        ...wholeUser('user', true),
        fix: FIX.thirdParty,
        sink: 'anthropic.messages.create()',
      },
    ),
    invalid(GENAI + `await genai.models.generateContent({ model: 'gemini', contents: \`Reply to \${email}\` });`, {
      messageId: 'classified',
      line: 4,
      column: 36,
      arg: "{ model: 'gemini', contents: `Reply to ${email}` }",
      at: 'email',
      sink: 'genai.models.generateContent()',
    }),
    invalid(
      GENAI +
        `const session = genai.chats.create({ model: 'gemini' });\nawait session.sendMessage({ message: email });`,
      {
        messageId: 'classified',
        line: 5,
        column: 27,
        arg: '{ message: email }',
        at: 'email',
        sink: 'session.sendMessage()',
      },
    ),
    invalid(AI + `await generateText({ model, prompt: \`Write to \${email}\` });`, {
      messageId: 'classified',
      line: 4,
      column: 20,
      arg: '{ model, prompt: `Write to ${email}` }',
      at: 'email',
      sink: 'generateText()',
    }),
    invalid(AI + `streamText({ model, prompt: \`Write to \${email}\` });`, {
      messageId: 'classified',
      line: 4,
      column: 12,
      arg: '{ model, prompt: `Write to ${email}` }',
      at: 'email',
      sink: 'streamText()',
    }),
    invalid(
      AI +
        `declare const schema: Parameters<typeof generateObject>[0]['schema'];\nawait generateObject({ model, schema, prompt: \`Extract from \${email}\` });`,
      {
        messageId: 'classified',
        line: 5,
        column: 22,
        arg: '{ model, schema, prompt: `Extract from ${email}` }',
        at: 'email',
        sink: 'generateObject()',
      },
    ),
    {
      code:
        `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
        `import { FakeListChatModel } from '@langchain/core/utils/testing';\n` +
        `const chat = new FakeListChatModel({ responses: ['ok'] });\n` +
        `await chat.invoke(\`Write to \${email}\`);`,
      errors: [
        {
          messageId: 'classified',
          line: 4,
          column: 19,
          data: {
            paths: '`email`',
            level: 'restricted',
            category: ' (pii)',
            sink: 'chat.invoke()',
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
                `import { FakeListChatModel } from '@langchain/core/utils/testing';\n` +
                `const chat = new FakeListChatModel({ responses: ['ok'] });\n` +
                `await chat.invoke(\`Write to \${maskEmail(email)}\`);`,
            },
            {
              messageId: 'suggestDeclassify',
              output:
                `import { declassify } from '@classified/core';\n` +
                `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n` +
                `import { FakeListChatModel } from '@langchain/core/utils/testing';\n` +
                `const chat = new FakeListChatModel({ responses: ['ok'] });\n` +
                `await chat.invoke(\`Write to \${declassify(email, 'TODO: say why this data may leave its classification')}\`);`,
            },
          ],
        },
      ],
    },
    invalid(SLACK + `await slack.chat.postMessage({ channel: '#ops', text: \`New signup \${email}\` });`, {
      messageId: 'classified',
      line: 4,
      column: 30,
      arg: "{ channel: '#ops', text: `New signup ${email}` }",
      at: 'email',
      sink: 'slack.chat.postMessage()',
    }),
    invalid(WEBHOOK + `await hook.send({ text: \`Payout failed for \${email}\` });`, {
      messageId: 'classified',
      line: 4,
      column: 17,
      arg: '{ text: `Payout failed for ${email}` }',
      at: 'email',
      sink: 'hook.send()',
    }),
  ],
});
