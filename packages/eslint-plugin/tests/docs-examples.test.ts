// The rule docs are checked like typescript-eslint's: every `❌ Incorrect` block, linted with its
// rule, must report, and every `✅ Correct` block must not. Blocks are linted with real type
// information in the fixtures project, after a prelude that gives the names the docs use
// (`user`, `logger`, `redactUser`, `apiKey` …) unless the block declares them itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixtures } from './ruleTester.js';

const docs = path.join(path.dirname(fileURLToPath(import.meta.url)), '../docs/rules');

/** Names the docs use without declaring them, and how the prelude declares each. */
const CORE = (name: string) => [name, `import { ${name} } from '@classified/core';`] as [string, string];
const CORE_TYPE = (name: string) => [name, `import type { ${name} } from '@classified/core';`] as [string, string];
const PRELUDE: ReadonlyArray<[name: string, declaration: string]> = [
  ...['user', 'users', 'orders', 'email', 'password', 'score'].map(
    (n) => [n, `import { ${n} } from './models.js';`] as [string, string],
  ),
  ['User', `import type { User } from './models.js';`],
  ...[
    'declassify',
    'reclassify',
    'unseal',
    'seal',
    'restricted',
    'internal',
    'confidential',
    'classify',
    'maskEmail',
    'maskPhone',
    'maskCard',
    'createTokenizer',
  ].map(CORE),
  ...['Internal', 'Restricted', 'Confidential', 'Sealed'].map(CORE_TYPE),
  ['z', `import { z } from 'zod';`],
  ['redactor', `import { redactor } from '@classified/zod';`],
  ['logger', `import { pino } from 'pino';\nconst logger = pino();`],
  ['apiKey', `declare const apiKey: import('@classified/core').Sealed<string>;`],
  ['redactUser', `declare const redactUser: (u: import('./models.js').User) => { id: string };`],
  ['tokenize', `declare const tokenize: import('@classified/core').Tokenizer;`],
  ['PublicUser', `interface PublicUser { id: string }`],
  ['session', `declare const session: { token: import('@classified/core').Restricted<string, 'credential'> };`],
  ['order', `declare const order: import('./models.js').Order;`],
  ['CardDeclined', `class CardDeclined extends Error {}`],
  ['REASON', `declare const REASON: string;`],
  ['ticket', `declare const ticket: string;`],
  ['payoutTotal', `declare const payoutTotal: import('@classified/core').Confidential<number>;`],
  ['requestId', `declare const requestId: import('@classified/core').Internal<string>;`],
  ['secrets', `declare const secrets: { get(name: string): Promise<string> };`],
  ['res', `declare const res: import('express').Response;`],
  ['app', `import express from 'express';\nconst app = express();`],
  ['axios', `import axios from 'axios';`],
];

/** The code blocks under a heading (`### ❌ Incorrect`), up to the next heading of that level or above. */
function blocks(markdown: string, heading: string): string[] {
  const at = markdown.indexOf(heading);
  if (at < 0) return [];
  const rest = markdown.slice(at + heading.length);
  const end = rest.search(/\n#{1,3} /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function withPrelude(code: string): string {
  // Comments may mention names (`// const redactUser = redactor(User)`): they neither declare nor use.
  const source = code.replace(/\/\/.*$/gm, '');
  const declares = (name: string) =>
    new RegExp(`\\b(?:const|let|var|function|class|interface|type|enum)\\s+${name}\\b`).test(source) ||
    new RegExp(`import\\s+(?:type\\s+)?(?:${name}\\b|\\{[^}]*\\b${name}\\b[^}]*\\}|\\*\\s+as\\s+${name}\\b)`).test(
      source,
    );
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(source);
  const prelude = PRELUDE.filter(([name]) => uses(name) && !declares(name)).map(([, declaration]) => declaration);
  return `${prelude.join('\n')}\n${code}`;
}

/** Rules whose examples need another project: decorator metadata needs `emitDecoratorMetadata`. */
const PROJECT_FOR: Readonly<Record<string, string>> = {
  'no-metadata-changing-annotation': path.join(fixtures, 'decorators'),
};

const eslint = (rule: string, project: string) =>
  new ESLint({
    cwd: project,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: project } },
        plugins: { '@classified': plugin },
        rules: { [`@classified/${rule}`]: 'error' },
      },
    ],
  });

describe('rule docs: ❌ blocks report, ✅ blocks do not', () => {
  for (const file of readdirSync(docs).filter((f) => f.endsWith('.md'))) {
    const rule = file.replace(/\.md$/, '');
    const markdown = readFileSync(path.join(docs, file), 'utf8');
    const project = PROJECT_FOR[rule] ?? fixtures;
    const lint = async (code: string) => {
      const [result] = await eslint(rule, project).lintText(project === fixtures ? withPrelude(code) : code, {
        filePath: path.join(project, 'file.ts'),
      });
      return result!.messages;
    };
    blocks(markdown, '### ❌ Incorrect').forEach((code, i) => {
      it(`${rule}: ❌ block ${i + 1} reports`, async () => {
        const messages = await lint(code);
        expect(messages.filter((m) => m.fatal)).toEqual([]);
        expect(messages.filter((m) => m.ruleId === `@classified/${rule}`).length).toBeGreaterThan(0);
      });
    });
    blocks(markdown, '### ✅ Correct').forEach((code, i) => {
      it(`${rule}: ✅ block ${i + 1} does not report`, async () => {
        expect((await lint(code)).map((m) => `${m.line}: ${m.message}`)).toEqual([]);
      });
    });
  }
});
