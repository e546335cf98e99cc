// First, for its side effect: says in one line when the installed TypeScript is unsupported, before any rule loads it.
import './util/typescriptVersion.js';
import type { ESLint, Linter, Rule } from 'eslint';
import noClassifiedExport from './rules/no-classified-export.js';
import noClassifiedLogging from './rules/no-classified-logging.js';
import noClassifiedThirdParty from './rules/no-classified-third-party.js';
import noClassificationCast from './rules/no-classification-cast.js';
import noClassifiedInError from './rules/no-classified-in-error.js';
import noClassifiedLiteral from './rules/no-classified-literal.js';
import requireDeclassifyReason from './rules/require-declassify-reason.js';
import requireSecureTransport from './rules/require-secure-transport.js';
import requireClassification from './rules/require-classification.js';
import noMetadataChangingAnnotation from './rules/no-metadata-changing-annotation.js';

export type { SinkSpec } from './sinks/spec.js';
export type { AllowEntry, SinkRuleOptions } from './rules/sinkRule.js';

const rules = {
  'no-classified-logging': noClassifiedLogging as unknown as Rule.RuleModule,
  'no-classified-export': noClassifiedExport as unknown as Rule.RuleModule,
  'no-classified-third-party': noClassifiedThirdParty as unknown as Rule.RuleModule,
  'no-classified-in-error': noClassifiedInError as unknown as Rule.RuleModule,
  'no-classification-cast': noClassificationCast as unknown as Rule.RuleModule,
  'no-classified-literal': noClassifiedLiteral as unknown as Rule.RuleModule,
  'require-declassify-reason': requireDeclassifyReason as unknown as Rule.RuleModule,
  'require-secure-transport': requireSecureTransport as unknown as Rule.RuleModule,
  'require-classification': requireClassification as unknown as Rule.RuleModule,
  'no-metadata-changing-annotation': noMetadataChangingAnnotation as unknown as Rule.RuleModule,
};

const plugin = {
  meta: { name: '@classified/eslint-plugin', version: '0.1.0', namespace: '@classified' },
  rules,
  configs: {} as Record<'recommended' | 'strict' | 'discover' | 'disableTypeChecked', Linter.Config>,
} satisfies ESLint.Plugin;

/**
 * The files `recommended` and `strict` apply to, as typescript-eslint scopes its own configs:
 * the files a tsconfig can give type information. A `.js` file (eslint.config.js, scripts) is
 * left alone; a project that type-checks JavaScript (`allowJs`) adds its own `files` entry.
 */
export const TYPESCRIPT_FILES = ['**/*.{ts,tsx,mts,cts}'];

const recommended: Linter.Config = {
  name: '@classified/recommended',
  files: TYPESCRIPT_FILES,
  plugins: { '@classified': plugin },
  rules: {
    '@classified/no-classified-logging': 'error',
    '@classified/no-classified-export': 'error',
    '@classified/no-classified-third-party': 'error',
    '@classified/no-classified-in-error': 'error',
    '@classified/no-classification-cast': 'error',
    '@classified/no-classified-literal': 'error',
    '@classified/require-declassify-reason': 'error',
    '@classified/require-secure-transport': 'error',
    '@classified/no-metadata-changing-annotation': 'error',
  },
};

const strict: Linter.Config = {
  name: '@classified/strict',
  files: TYPESCRIPT_FILES,
  plugins: { '@classified': plugin },
  rules: {
    '@classified/no-classified-logging': ['error', { maxLevel: 'internal' }],
    '@classified/no-classified-export': ['error', { maxLevel: 'internal' }],
    '@classified/no-classified-third-party': ['error', { maxLevel: 'internal' }],
    '@classified/no-classified-in-error': ['error', { maxLevel: 'internal' }],
    '@classified/no-classification-cast': 'error',
    '@classified/no-classified-literal': 'error',
    '@classified/require-declassify-reason': 'error',
    '@classified/require-secure-transport': 'error',
    '@classified/no-metadata-changing-annotation': 'error',
  },
};

/**
 * Every Classified rule off: for files linted without type information (typescript-eslint's
 * `disableTypeChecked`), such as JavaScript files matched by a broader `files` glob of your own.
 *
 * @example
 * { files: ['**\/*.js'], ...classified.configs.disableTypeChecked }
 */
const disableTypeChecked: Linter.Config = {
  name: '@classified/disable-type-checked',
  rules: Object.fromEntries(Object.keys(rules).map((name) => [`@classified/${name}`, 'off'])),
};

plugin.configs.recommended = recommended;
plugin.configs.strict = strict;
plugin.configs.disableTypeChecked = disableTypeChecked;

/** Discovery: fields named like personal data, credentials or payment data that nobody classified (a warning, to adopt at your pace). */
const discover: Linter.Config = {
  name: '@classified/discover',
  plugins: { '@classified': plugin },
  rules: { '@classified/require-classification': 'warn' },
};
plugin.configs.discover = discover;

/**
 * The Classified ESLint plugin: type-aware rules that stop classified data reaching loggers,
 * exports and third parties, and guard the way out (casts, literals, reasons, transport). Use
 * `configs.recommended` (every rule at its defaults) or `configs.strict` (every sink at most Internal) with typescript-eslint's parser and `projectService`.
 * Both apply to `**\/*.{ts,tsx,mts,cts}` only; `configs.disableTypeChecked` turns every rule off.
 *
 * @example
 * // eslint.config.mjs
 * import tseslint from 'typescript-eslint';
 * import classified from '@classified/eslint-plugin';
 * export default [
 *   { files: ['**\/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
 *   classified.configs.recommended,
 * ];
 */
export default plugin;
