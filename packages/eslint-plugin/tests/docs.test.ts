import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { BEGIN, END, optionsSection, optionsTable, typeText, withSection, type DocumentedRule } from './docs.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const rules = plugin.rules as unknown as Record<string, DocumentedRule>;
const update = process.env.UPDATE_DOCS === '1';

/** The repository's docs are prettier-formatted (checked in `npm test`), so the generated block is compared formatted. */
async function check(file: string, render: (doc: string) => string): Promise<void> {
  const doc = readFileSync(file, 'utf8');
  const options = await prettier.resolveConfig(file);
  const expected = await prettier.format(render(doc), { ...options, filepath: file });
  if (update) writeFileSync(file, expected);
  else
    expect(
      doc,
      `${path.relative(root, file)} is not what the schema says: run UPDATE_DOCS=1 npx vitest run tests/docs.test.ts`,
    ).toBe(expected);
}

describe('docs generated from the option schemas', () => {
  it.each(Object.keys(rules))('docs/rules/%s.md has the option table of its schema', async (name) => {
    await check(path.join(root, 'docs/rules', `${name}.md`), (doc) => withSection(doc, optionsSection(rules[name]!)));
  });

  it.each(Object.keys(rules))('docs/rules/%s.md has a heading for each option, and none for an unknown one', (name) => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    const [schema] = rules[name]!.meta.schema;
    const headings = [...doc.matchAll(/^### `(\w+)`$/gm)].map((m) => m[1]);
    expect(headings.sort()).toEqual(Object.keys(schema?.properties ?? {}).sort());
  });

  it("docs/eslint.md's rules-and-options table is the schemas'", async () => {
    await check(path.join(root, '../../docs/eslint.md'), (doc) => {
      const begin = doc.indexOf(BEGIN);
      expect(begin, 'docs/eslint.md has the generated block').toBeGreaterThanOrEqual(0);
      return doc.slice(0, begin) + optionsTable(rules) + doc.slice(doc.indexOf(END, begin) + END.length);
    });
  });

  it('names schema types as the TypeScript types do', () => {
    expect(typeText({ type: 'string', enum: ['public', 'internal'] })).toBe("'public' | 'internal'");
    expect(typeText({ type: 'array', items: { type: 'string' } })).toBe('string[]');
    expect(typeText({ anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] })).toBe(
      'string | string[]',
    );
    expect(typeText({ type: 'array', items: { title: 'SinkSpec', type: 'object' } })).toBe('SinkSpec[]');
  });
});
