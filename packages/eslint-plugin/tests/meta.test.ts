import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it, vi } from 'vitest';
import plugin from '../src/index.js';
import { fixtures } from './ruleTester.js';

interface Schema {
  type?: string;
  description?: string;
  additionalProperties?: boolean;
  properties?: Record<string, Schema>;
  items?: Schema;
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ruleNames = Object.keys(plugin.rules);
const DISCOVERY: ReadonlySet<string> = new Set(['require-classification']);

describe('the plugin', () => {
  it('has exactly its ten rules', () => {
    expect([...ruleNames].sort()).toEqual([
      'no-classification-cast',
      'no-classified-export',
      'no-classified-in-error',
      'no-classified-literal',
      'no-classified-logging',
      'no-classified-third-party',
      'no-metadata-changing-annotation',
      'require-classification',
      'require-declassify-reason',
      'require-secure-transport',
    ]);
  });

  it.each(ruleNames)('%s has a doc, a test file, and is in both configs (discovery rules: in discover)', (name) => {
    expect(existsSync(path.join(root, 'docs/rules', `${name}.md`))).toBe(true);
    expect(existsSync(path.join(root, 'tests/rules', `${name}.test.ts`))).toBe(true);
    if (DISCOVERY.has(name)) {
      // Discovery guesses from names: its own config, never in recommended or strict.
      expect(plugin.configs.discover.rules).toHaveProperty(`@classified/${name}`);
      expect(plugin.configs.recommended.rules).not.toHaveProperty(`@classified/${name}`);
      expect(plugin.configs.strict.rules).not.toHaveProperty(`@classified/${name}`);
    } else {
      expect(plugin.configs.recommended.rules).toHaveProperty(`@classified/${name}`);
      expect(plugin.configs.strict.rules).toHaveProperty(`@classified/${name}`);
    }
    const doc = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    for (const heading of ['## Options', '## When Not To Use It', '❌ Incorrect', '✅ Correct'])
      expect(doc).toContain(heading);
  });

  it.each(ruleNames)('%s documents its options and links its doc', (name) => {
    const rule = plugin.rules[name as keyof typeof plugin.rules] as unknown as {
      meta: { docs: { url: string; requiresTypeChecking: boolean }; schema: Schema[] };
    };
    expect(rule.meta.docs.url).toContain(`docs/rules/${name}.md`);
    expect(rule.meta.docs.requiresTypeChecking).toBe(true);
    // Every property, nested ones too (sink specs, allow entries), has a description; every object
    // schema refuses unknown keys.
    const walk = (schema: Schema, at: string): void => {
      if (schema.type === 'object')
        expect(schema.additionalProperties, `${name}: ${at} refuses unknown keys`).toBe(false);
      for (const [option, property] of Object.entries(schema.properties ?? {})) {
        expect(property.description, `${name}: option ${at}${option}`).toBeTruthy();
        walk(property, `${at}${option}.`);
      }
      if (schema.items) walk(schema.items, at.replace(/\.$/, '[].'));
    };
    for (const schema of rule.meta.schema) walk(schema, '');
  });

  it('sets every rule with a level to Internal in the strict config', () => {
    for (const [name, setting] of Object.entries(plugin.configs.strict.rules ?? {})) {
      const rule = plugin.rules[name.replace('@classified/', '') as keyof typeof plugin.rules] as unknown as {
        meta: { schema: Array<{ properties?: Record<string, unknown> }> };
      };
      const hasLevel = rule.meta.schema[0]?.properties?.maxLevel !== undefined;
      expect(setting).toEqual(hasLevel ? ['error', { maxLevel: 'internal' }] : 'error');
    }
  });
});

describe('configuration errors', () => {
  const linter = new Linter({ configType: 'flat' });
  const lint = (code: string, config: Linter.Config[]) =>
    linter.verify(code, config, { filename: path.join(fixtures, 'file.ts') });
  const typed: Linter.Config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: fixtures } },
  };

  it('names the parser to use when a TypeScript file is not parsed by typescript-eslint', () => {
    const config: Linter.Config[] = [plugin.configs.recommended];
    expect(() => lint('console.log(1);', config)).toThrow(
      "@classified/no-classified-logging: this file is not parsed by typescript-eslint's parser. In eslint.config.mjs, give the files the Classified configs apply to",
    );
  });

  it('names projectService when the parser has no program', () => {
    const config: Linter.Config[] = [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      plugin.configs.recommended,
    ];
    expect(() => lint('console.log(1);', config)).toThrow(
      '@classified/no-classified-logging: this file is parsed without type information. In eslint.config.mjs, set languageOptions.parserOptions to { projectService: true',
    );
  });

  it('applies recommended and strict to TypeScript files only, and skips JavaScript files without types', () => {
    expect(plugin.configs.recommended.files).toEqual(['**/*.{ts,tsx,mts,cts}']);
    expect(plugin.configs.strict.files).toEqual(['**/*.{ts,tsx,mts,cts}']);
    const js = (config: Linter.Config[]) =>
      linter.verify('console.log(process.env);', config, { filename: path.join(fixtures, 'eslint.config.js') });
    // recommended does not apply to a .js file; the rules on a .js file without types do nothing.
    expect(js([plugin.configs.recommended])).toEqual([]);
    expect(
      js([{ plugins: { '@classified': plugin }, rules: { '@classified/no-classified-logging': 'error' } }]),
    ).toEqual([]);
    expect(Object.values(plugin.configs.disableTypeChecked.rules ?? {})).toEqual(ruleNames.map(() => 'off'));
  });

  const withOptions = (rule: string, options: unknown) =>
    lint('console.log(1);', [
      typed,
      { plugins: { '@classified': plugin }, rules: { [`@classified/${rule}`]: ['error', options] } },
    ]);

  // ESLint validates options against the schemas and names the rule; the rule never runs.
  it.each([
    ['no-classified-logging', { maxLevel: 'secret' }, 'Value "secret" should be equal to one of the allowed values.'],
    ['no-classified-logging', { maxLevel: 3 }, 'Value 3 should be string.'],
    ['no-classified-logging', { checkUntypedLoggers: 'yes' }, 'Value "yes" should be boolean.'],
    ['no-classified-logging', { untypedLoggerNames: 'logger' }, 'Value "logger" should be array.'],
    ['no-classified-logging', { untypedLoggerNames: [''] }, 'Value "" should NOT be shorter than 1 characters.'],
    ['no-classified-logging', { sinks: { from: 'lib' } }, 'should be array.'],
    [
      'no-classified-logging',
      { sinks: [{ from: 'pkg', name: 'x' }] },
      'Value "pkg" should be equal to one of the allowed values.',
    ],
    ['no-classified-logging', { sinks: [{ from: 'lib' }] }, "should have required property 'name'."],
    [
      'no-classified-logging',
      { sinks: [{ from: 'lib', name: 'x', kind: 'call()' }] },
      'Value "call()" should be equal to one of the allowed values.',
    ],
    ['no-classified-logging', { sinks: [{ from: 'lib', name: 'x', args: 'all' }] }, 'Value "all" should be array.'],
    [
      'no-classified-logging',
      { sinks: [{ from: 'package', name: 'track' }] },
      "should have required property '.package'.",
    ],
    ['no-classified-logging', { sinks: [{ from: 'file', name: 'track' }] }, "should have required property '.path'."],
    [
      'no-classified-logging',
      { propagators: [{ from: 'lib', name: 'x', reaches: ['result'] }] },
      'Value "result" should be equal to one of the allowed values.',
    ],
    [
      'no-classified-logging',
      { sanitizers: [{ from: 'lib', name: 'x', gives: 'hidden' }] },
      'Value "hidden" should be equal to one of the allowed values.',
    ],
    ['no-classified-export', { maxLevel: 'top' }, 'Value "top" should be equal to one of the allowed values.'],
    [
      'no-classified-third-party',
      { allow: [{ host: 'x.example', maxLevel: 'top' }] },
      'Value "top" should be equal to one of the allowed values.',
    ],
    [
      'no-classified-third-party',
      { allow: [{ host: 'x.example', maxLevel: 'restricted', categories: 'payment' }] },
      'Value "payment" should be array.',
    ],
    ['no-classified-third-party', { allow: [{ host: 3, maxLevel: 'restricted' }] }, 'Value 3 should be string.'],
    ['no-classified-third-party', { allow: [{ maxLevel: 'restricted' }] }, "should have required property 'from'."],
    ['no-classified-in-error', { maxLevel: 'secret' }, 'Value "secret" should be equal to one of the allowed values.'],
    ['no-classified-in-error', { sinks: { from: 'file', path: 'src/errors.ts', name: 'fail' } }, 'should be array.'],
    ['no-classified-in-error', { sinks: [{ from: 'lib' }] }, "should have required property 'name'."],
    [
      'no-classified-in-error',
      { sinks: [{ from: 'lib', name: 'Problem.detail', kind: 'assign' }] },
      'Value "assign" should be equal to one of the allowed values.',
    ],
    ['require-declassify-reason', { minLength: 0 }, 'Value 0 should be >= 1.'],
    ['require-declassify-reason', { pattern: '[' }, 'Value "[" should match format "regex".'],
    ['require-declassify-reason', { pattern: 7 }, 'Value 7 should be string.'],
    ['require-declassify-reason', { placeholders: [''] }, 'Value "" should NOT be shorter than 1 characters.'],
    ['require-secure-transport', { allowHosts: 'localhost' }, 'Value "localhost" should be array.'],
  ])('%s rejects %j as a configuration error naming the rule', (rule, options, message) => {
    let error: unknown;
    try {
      withOptions(rule, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const text = (error as Error).message;
    expect(text).toContain(`Key "@classified/${rule}":`);
    expect(text).toContain(message);
    // ESLint's validator, not the rule: no frame of the plugin.
    expect((error as Error).stack).not.toContain('eslint-plugin/src/');
  });

  it('rejects unknown options and keys, naming them (ESLint does)', () => {
    expect(() => withOptions('no-classified-logging', { unknownOption: true })).toThrow(
      /Unexpected property "unknownOption"/,
    );
    expect(() => withOptions('no-classified-logging', { sinks: [{ from: 'package', name: 'x', extra: 1 }] })).toThrow(
      /Unexpected property "extra"\. Expected properties: "from", "name", "package", "path", "kind", "args"/,
    );
    expect(() => withOptions('no-classification-cast', { any: 1 })).toThrow(/no-classification-cast/);
    expect(() =>
      withOptions('no-classified-in-error', { sinks: [{ from: 'lib', name: 'fail', reaches: [0] }] }),
    ).toThrow(/should NOT have additional properties/);
    expect(() => withOptions('no-classified-third-party', { allow: [{ host: 'x.example' }] })).toThrow(
      /should have required property 'maxLevel'/,
    );
  });

  it('accepts the documented option shapes', () => {
    expect(
      withOptions('no-classified-logging', {
        maxLevel: 'internal',
        sinks: [
          { from: 'lib', name: 'Console.table' },
          { from: 'file', path: 'src/a.ts', name: 'f', args: { from: 1 } },
        ],
      }),
    ).toEqual([]);
    expect(
      withOptions('no-classified-third-party', {
        allow: [
          { host: 'x.example', maxLevel: 'restricted', categories: ['payment'] },
          { from: 'package', package: '@sentry/*', maxLevel: 'confidential' },
        ],
      }),
    ).toEqual([]);
    expect(
      withOptions('require-declassify-reason', { minLength: 4, pattern: '[A-Z]+-\\d+', placeholders: ['tbd'] }),
    ).toEqual([]);
  });

  it('warns once per run about a sink package that cannot be found from the project', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const options = { sinks: [{ from: 'package', package: 'no-such-logger-package', name: 'info' }] };
      withOptions('no-classified-logging', options);
      withOptions('no-classified-logging', options);
      withOptions('no-classified-logging', { sinks: [{ from: 'package', package: 'pino', name: 'info' }] });
      expect(warn.mock.calls).toEqual([
        [
          `Warning: @classified/no-classified-logging: no package \`no-such-logger-package\` can be found from ${fixtures}; the option entries that name it match nothing. Install it, or fix the name.`,
        ],
      ]);
    } finally {
      warn.mockRestore();
    }
  });
});
