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
const DISCOVERY: ReadonlySet<string> = new Set(['require-classification']);

describe('the plugin', () => {
  it('has exactly its nine rules', () => {
    expect([...ruleNames].sort()).toEqual([
      'no-classification-cast',
      'no-classified-export',
      'no-classified-in-error',
      'no-classified-literal',
      'no-classified-logging',
      'no-classified-third-party',
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

  const withOptions = (rule: string, options: unknown) =>
    lint('console.log(1);', [typed, { plugins: { '@classified': plugin }, rules: { [`@classified/${rule}`]: ['error', options] } }]);

  it.each([
    ['no-classified-logging', { maxLevel: 'secret' }, "option `maxLevel` must be one of 'public', 'internal', 'confidential', 'restricted'; got \"secret\""],
    ['no-classified-logging', { maxLevel: 3 }, 'option `maxLevel` must be one of'],
    ['no-classified-logging', { checkUntypedLoggers: 'yes' }, 'option `checkUntypedLoggers` must be true or false; got "yes"'],
    ['no-classified-logging', { untypedLoggerNames: 'logger' }, 'option `untypedLoggerNames` must be an array of non-empty strings'],
    ['no-classified-logging', { sinks: { from: 'lib' } }, 'option `sinks` must be an array of sink specs'],
    ['no-classified-logging', { sinks: [{ from: 'pkg', name: 'x' }] }, "option `sinks[0].from` must be one of 'package', 'lib', 'file'; got \"pkg\""],
    ['no-classified-logging', { sinks: [{ from: 'lib' }] }, 'option `sinks[0]` needs `name`'],
    ['no-classified-logging', { sinks: [{ from: 'lib', name: 'x', kind: 'call()' }] }, "option `sinks[0].kind` must be one of 'call', 'new', 'assign'"],
    ['no-classified-logging', { sinks: [{ from: 'lib', name: 'x', args: 'all' }] }, 'option `sinks[0].args` must be an array of argument indices or { from: n }'],
    ['no-classified-export', { maxLevel: 'top' }, 'option `maxLevel` must be one of'],
    ['no-classified-third-party', { allow: [{ host: 'x.example', maxLevel: 'top' }] }, 'option `allow[0].maxLevel` must be one of'],
    ['no-classified-third-party', { allow: [{ host: 'x.example', maxLevel: 'restricted', categories: 'payment' }] }, 'option `allow[0].categories` must be an array of non-empty strings'],
    ['no-classified-third-party', { allow: [{ host: 3, maxLevel: 'restricted' }] }, 'option `allow[0].host` must be a host name'],
    ['no-classified-in-error', { maxLevel: 'secret' }, 'option `maxLevel` must be one of'],
    ['no-classified-in-error', { sinks: { from: 'file', path: 'src/errors.ts', name: 'fail' } }, 'option `sinks` must be an array of sink specs; got {"from":"file","path":"src/errors.ts","name":"fail"}'],
    ['no-classified-in-error', { sinks: [{ from: 'file', name: 'fail' }] }, "option `sinks[0]`: a sink with `from: 'file'` needs `path`"],
    ['no-classified-in-error', { sinks: [{ from: 'lib' }] }, 'option `sinks[0]` needs `name`'],
    ['no-classified-in-error', { sinks: [{ from: 'lib', name: 'x' }, { from: 'lib', name: 'Problem.detail', kind: 'assign' }] }, "option `sinks[1].kind` must be 'call' or 'new' here"],
    ['no-classified-in-error', { sinks: [{ from: 'lib', name: 'fail', kind: 'throw' }] }, "option `sinks[0].kind` must be one of 'call', 'new', 'assign'; got \"throw\""],
    ['require-declassify-reason', { minLength: 0 }, 'option `minLength` must be a whole number of at least 1; got 0'],
    ['require-declassify-reason', { pattern: '[' }, 'option `pattern` is not a valid regular expression'],
    ['require-declassify-reason', { pattern: 7 }, 'option `pattern` must be a regular expression in a string; got 7'],
    ['require-declassify-reason', { placeholders: [''] }, 'option `placeholders` must be an array of non-empty strings'],
    ['require-secure-transport', { allowHosts: 'localhost' }, 'option `allowHosts` must be an array of non-empty strings'],
  ])('%s rejects %j, naming the option', (rule, options, message) => {
    expect(() => withOptions(rule, options)).toThrow(`@classified/${rule}: ${message}`);
  });

  it('rejects unknown options and keys, naming them (ESLint does)', () => {
    expect(() => withOptions('no-classified-logging', { unknownOption: true })).toThrow(/Unexpected property "unknownOption"/);
    expect(() => withOptions('no-classified-logging', { sinks: [{ from: 'package', name: 'x', extra: 1 }] })).toThrow(
      /Unexpected property "extra"\. Expected properties: "from", "name", "package", "path", "kind", "args"/,
    );
    expect(() => withOptions('no-classification-cast', { any: 1 })).toThrow(/no-classification-cast/);
    expect(() => withOptions('no-classified-in-error', { sinks: [{ from: 'lib', name: 'fail', reaches: [0] }] })).toThrow(/Unexpected property "reaches"/);
    expect(() => withOptions('no-classified-third-party', { allow: [{ host: 'x.example' }] })).toThrow(/should have required property '\.maxLevel'/);
  });

  it('rejects a sink spec that cannot match anything', () => {
    const bad = (options: unknown) => withOptions('no-classified-third-party', options);
    expect(() => bad({ sinks: [{ from: 'package', name: 'track' }] })).toThrow(/`sinks\[0\]`: a sink with `from: 'package'` needs `package`/);
    expect(() => bad({ sinks: [{ from: 'file', name: 'track' }] })).toThrow(/`sinks\[0\]`: a sink with `from: 'file'` needs `path`/);
    expect(() => bad({ allow: [{ maxLevel: 'restricted' }] })).toThrow(/`allow\[0\]` needs `host`, or a sink spec/);
  });
});
