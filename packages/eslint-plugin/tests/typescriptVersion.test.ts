// The plugin names the supported TypeScript range in one line when it is loaded with another one.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SUPPORTED_TYPESCRIPT_VERSIONS,
  assertSupportedTypeScript,
  installedTypeScriptVersion,
  typescriptVersionProblem,
} from '../src/util/typescriptVersion.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const exec = promisify(execFile);

describe('typescriptVersionProblem', () => {
  it.each(['5.4.0', '5.9.3', '6.0.0', '6.0.3'])('accepts %s', (version) => {
    expect(typescriptVersionProblem(version)).toBeUndefined();
  });

  it('rejects TypeScript 7 with the supported range, in one line', () => {
    expect(typescriptVersionProblem('7.0.2')).toBe(
      '@classified/eslint-plugin: TypeScript 7.0.2 is not supported; it needs typescript >=5.4.0 <6.1.0 (npm install --save-dev typescript@~6.0).',
    );
  });

  it.each(['4.9.5', '5.3.3', '6.1.0', '6.1.0-dev.20260101', '7.0.0-beta', 'not a version'])('rejects %s', (version) => {
    expect(typescriptVersionProblem(version)).toBe(
      `@classified/eslint-plugin: TypeScript ${version} is not supported; it needs typescript >=5.4.0 <6.1.0 (npm install --save-dev typescript@~6.0).`,
    );
  });

  it('says when TypeScript is not installed', () => {
    expect(typescriptVersionProblem(undefined)).toBe(
      '@classified/eslint-plugin: TypeScript is not installed; it needs typescript >=5.4.0 <6.1.0 (npm install --save-dev typescript@~6.0).',
    );
  });

  it('is the range of the peer dependency', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      peerDependencies: { typescript: string };
    };
    expect(pkg.peerDependencies.typescript).toBe(SUPPORTED_TYPESCRIPT_VERSIONS);
  });
});

describe('assertSupportedTypeScript', () => {
  it('reads the installed version (this repository pins 6.0.3) and accepts it', () => {
    expect(installedTypeScriptVersion()).toBe('6.0.3');
    expect(() => assertSupportedTypeScript()).not.toThrow();
  });

  it('throws an error whose stack is the one line', () => {
    let caught: unknown;
    try {
      assertSupportedTypeScript('7.0.2');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).stack).toBe((caught as Error).message);
    expect((caught as Error).message).not.toContain('\n');
  });
});

describe('the built plugin next to a TypeScript 7 package', () => {
  // A copy of the built plugin in a temporary node_modules whose `typescript` is shaped like 7.x on
  // the registry: a package.json and a `.` entry that exports only the version, no compiler API.
  const dir = mkdtempSync(path.join(tmpdir(), 'classified-ts7-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails to load with the one line, before any rule touches the compiler API', async () => {
    const modules = path.join(dir, 'node_modules');
    const plugin = path.join(modules, '@classified/eslint-plugin');
    mkdirSync(plugin, { recursive: true });
    cpSync(path.join(root, 'dist'), path.join(plugin, 'dist'), { recursive: true });
    cpSync(path.join(root, 'package.json'), path.join(plugin, 'package.json'));
    mkdirSync(path.join(modules, '@typescript-eslint'), { recursive: true });
    const utils = path.dirname(
      createRequire(path.join(root, 'package.json')).resolve('@typescript-eslint/utils/package.json'),
    );
    symlinkSync(utils, path.join(modules, '@typescript-eslint/utils'), 'dir');
    const ts = path.join(modules, 'typescript');
    mkdirSync(path.join(ts, 'lib'), { recursive: true });
    writeFileSync(
      path.join(ts, 'package.json'),
      JSON.stringify({
        name: 'typescript',
        version: '7.0.2',
        exports: { './package.json': './package.json', '.': './lib/version.cjs' },
      }),
    );
    writeFileSync(path.join(ts, 'lib/version.cjs'), "module.exports = { version: '7.0.2' };\n");

    const result = await exec(
      process.execPath,
      ['--input-type=module', '-e', "await import('@classified/eslint-plugin');"],
      { cwd: dir },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code?: number; stderr?: string }) => ({ code: error.code ?? 1, stderr: error.stderr ?? '' }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '@classified/eslint-plugin: TypeScript 7.0.2 is not supported; it needs typescript >=5.4.0 <6.1.0 (npm install --save-dev typescript@~6.0).',
    );
    expect(result.stderr).not.toContain('Cannot read properties of undefined');
  });
});
