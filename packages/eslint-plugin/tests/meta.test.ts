import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { fixtures } from './ruleTester.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleNames = Object.keys(plugin.rules);

describe('the plugin', () => {
  it('has rules', () => {
    expect(ruleNames.length).toBeGreaterThanOrEqual(3);
  });

  it.each(ruleNames)('%s has a doc, a test file, and is in both configs', (name) => {
    expect(existsSync(path.join(root, 'docs/rules', `${name}.md`))).toBe(true);
    expect(existsSync(path.join(root, 'tests/rules', `${name}.test.ts`))).toBe(true);
    expect(plugin.configs.recommended.rules).toHaveProperty(`@classified/${name}`);
    expect(plugin.configs.strict.rules).toHaveProperty(`@classified/${name}`);
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    for (const heading of ['## Options', '## When Not To Use It', '❌ Incorrect', '✅ Correct']) expect(doc).toContain(heading);
  });

  it.each(ruleNames)('%s documents its options and links its doc', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules] as unknown as {
      meta: { docs: { url: string; requiresTypeChecking: boolean }; schema: Array<{ properties: Record<string, { description?: string }> }> };
    };
    expect(rule.meta.docs.url).toContain(`docs/rules/${name}.md`);
    expect(rule.meta.docs.requiresTypeChecking).toBe(true);
    for (const [option, schema] of Object.entries(rule.meta.schema[0]?.properties ?? {})) {
      expect(schema.description, `${name}: option ${option}`).toBeTruthy();
    }
  });

  it('sets every rule with a level to Internal in the strict config', () => {
    for (const [name, setting] of Object.entries(plugin.configs.strict.rules ?? {})) {
      const rule = plugin.rules[name.replace('@classified/', '') as keyof typeof plugin.rules] as unknown as { meta: { schema: Array<{ properties?: Record<string, unknown> }> } };
      const hasLevel = rule.meta.schema[0]?.properties?.maxLevel !== undefined;
      expect(setting).toEqual(hasLevel ? ['error', { maxLevel: 'internal' }] : 'error');
    }
  });
});

describe('configuration errors', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string, config: Linter.Config[]) => linter.verify(code, config, { filename: path.join(fixtures, 'file.ts') });
  const typed: Linter.Config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
  };

  it('explains how to enable type information instead of throwing a stack trace', () => {
    const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, plugin.configs.recommended];
    expect(() => lint('console.log(1);', config)).toThrow(/Classified rules need type information\. In eslint\.config\.js, set languageOptions\.parserOptions to \{ projectService: true/);
  });

  it('rejects options of the wrong shape, naming the option', () => {
    const bad = (options: unknown) => lint('console.log(1);', [typed, { plugins: { '@classified': plugin }, rules: { '@classified/no-classified-logging': ['error', options] } }]);
    expect(() => bad({ maxLevel: 'secret' })).toThrow(/@classified\/no-classified-logging: option `maxLevel` must be one of 'public', 'internal', 'confidential', 'restricted'; got "secret"\./);
    expect(() => bad({ maxLevel: 3 })).toThrow(/Value 3 should be string/);
    expect(() => bad({ sinks: [{ from: 'package', name: 'x', extra: 1 }] })).toThrow(/Unexpected property "extra"\. Expected properties: "from", "name", "package", "path", "kind", "args"/);
    expect(() => bad({ unknownOption: true })).toThrow(/Unexpected property "unknownOption"/);
    expect(() => bad({ checkUntypedLoggers: 'yes' })).toThrow(/Value "yes" should be boolean/);
  });

  it('rejects a sink spec that cannot match anything', () => {
    const bad = (options: unknown) => lint('console.log(1);', [typed, { plugins: { '@classified': plugin }, rules: { '@classified/no-classified-third-party': ['error', options] } }]);
    expect(() => bad({ sinks: [{ from: 'package', name: 'track' }] })).toThrow(/`sinks\[0\]`: a sink with `from: 'package'` needs `package`/);
    expect(() => bad({ allow: [{ maxLevel: 'restricted' }] })).toThrow(/`allow\[0\]` needs `host`, or a sink spec/);
    expect(() => bad({ allow: [{ host: 'x.example', maxLevel: 'top' }] })).toThrow(/option `allow\[0\]\.maxLevel` must be one of/);
    expect(() => bad({ allow: [{ host: 'x.example' }] })).toThrow(/should have required property 'maxLevel'/);
  });
});
