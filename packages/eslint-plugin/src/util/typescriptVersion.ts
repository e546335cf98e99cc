// Checks, when the plugin loads, that the installed TypeScript is one the plugin supports, and says
// so in one line when it is not. `typescript@latest` on the registry is 7.x, whose package exports
// no compiler API (its `.` entry is a version file): without this check the first rule module that
// touches `ts.TypeFlags` fails with "Cannot read properties of undefined".
//
// index.ts imports this module first, for its side effect: ES modules evaluate in import order, so
// the check runs before any rule or analysis module loads `typescript`.
import { createRequire } from 'node:module';

/**
 * The TypeScript versions the plugin supports, the same range as `peerDependencies.typescript` in
 * its package.json (a test keeps the two equal). The lower bound is the oldest TypeScript the brands
 * work in (5.3 has no `NoInfer`, and they become `any`; scripts/test-matrix.mjs); the upper bound is
 * typescript-eslint 8's, whose parser and type services do not support TypeScript 6.1 or 7 yet.
 *
 * @example
 * SUPPORTED_TYPESCRIPT_VERSIONS // => '>=5.4.0 <6.1.0'
 */
export const SUPPORTED_TYPESCRIPT_VERSIONS = '>=5.4.0 <6.1.0';

const LOWEST: Version = [5, 4, 0];
const FIRST_UNSUPPORTED: Version = [6, 1, 0];

type Version = readonly [number, number, number];

function parse(version: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Tells why a TypeScript version is not supported, in one line, or returns `undefined` when it is.
 * `undefined` as the version means TypeScript is not installed. A pre-release counts as its
 * release (`6.1.0-dev.20260101` is 6.1.0, so unsupported).
 *
 * Use it to check a version without loading TypeScript; the plugin calls it on load.
 *
 * @example
 * typescriptVersionProblem('6.0.3') // => undefined
 * typescriptVersionProblem('7.0.2')
 * // => "@classified/eslint-plugin: TypeScript 7.0.2 is not supported; it needs typescript >=5.4.0 <6.1.0 (npm install --save-dev typescript@~6.0)."
 */
export function typescriptVersionProblem(version: string | undefined): string | undefined {
  const fix = `it needs typescript ${SUPPORTED_TYPESCRIPT_VERSIONS} (npm install --save-dev typescript@~6.0).`;
  if (version === undefined) return `@classified/eslint-plugin: TypeScript is not installed; ${fix}`;
  const parsed = parse(version);
  if (parsed && compare(parsed, LOWEST) >= 0 && compare(parsed, FIRST_UNSUPPORTED) < 0) return undefined;
  return `@classified/eslint-plugin: TypeScript ${version} is not supported; ${fix}`;
}

/**
 * The version of the `typescript` package the plugin would load, read from its package.json without
 * loading the compiler; `undefined` when it is not installed.
 *
 * @example
 * installedTypeScriptVersion() // => '6.0.3'
 */
export function installedTypeScriptVersion(): string | undefined {
  const require = createRequire(import.meta.url);
  try {
    const { version } = require('typescript/package.json') as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws an error whose message (and stack, so that ESLint prints one line) says that the installed
 * TypeScript is unsupported and which range is; does nothing for a supported version.
 *
 * @example
 * assertSupportedTypeScript('6.0.3'); // returns
 * assertSupportedTypeScript('7.0.2'); // throws "@classified/eslint-plugin: TypeScript 7.0.2 is not supported; …"
 */
export function assertSupportedTypeScript(version: string | undefined = installedTypeScriptVersion()): void {
  const problem = typescriptVersionProblem(version);
  if (problem === undefined) return;
  const error = new Error(problem);
  // ESLint prints a failed plugin's stack: without the frames, that is the one line above.
  error.stack = problem;
  throw error;
}

assertSupportedTypeScript();
