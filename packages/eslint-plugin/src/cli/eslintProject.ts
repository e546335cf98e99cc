// What classified-audit reads from the project's ESLint setup: the options of
// `require-declassify-reason` (so the register applies the policy the editor applies), and the
// `@classified/*` findings held in ESLint's bulk-suppressions file.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import type { ReasonPolicyOptions } from '../util/reasonPolicy.js';

const RULE = '@classified/require-declassify-reason';
const CONFIG_FILES = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
];

/** Where the policy came from: the ESLint config file that sets the rule, or the defaults. */
export interface PolicySource {
  readonly options: ReasonPolicyOptions;
  /** The config file, relative to the project, or `null` for the rule's defaults. */
  readonly from: string | null;
}

/** The nearest directory at or above `dir` that holds an ESLint flat config, if any. */
function configDirectory(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (CONFIG_FILES.some((f) => existsSync(path.join(d, f)))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * The options `require-declassify-reason` has for a file of the project, as ESLint computes them
 * from the project's flat config; the defaults when there is no config or it does not set the rule.
 */
export async function reasonPolicyFromESLint(root: string, file: string | undefined): Promise<PolicySource> {
  const dir = configDirectory(root);
  if (dir === undefined || file === undefined) return { options: {}, from: null };
  const eslint = new ESLint({ cwd: dir });
  const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> } | undefined;
  const setting = config?.rules?.[RULE];
  const options =
    Array.isArray(setting) && typeof setting[1] === 'object' && setting[1] !== null
      ? (setting[1] as ReasonPolicyOptions)
      : {};
  const found = CONFIG_FILES.find((f) => existsSync(path.join(dir, f)))!;
  return {
    options,
    from: setting === undefined ? null : path.relative(root, path.join(dir, found)).split(path.sep).join('/'),
  };
}

/** One file's `@classified/*` findings in `eslint-suppressions.json`. */
export interface Suppression {
  /** Relative to the project's directory, with `/` separators. */
  readonly file: string;
  readonly rule: string;
  readonly count: number;
}

/**
 * The `@classified/*` findings ESLint's bulk suppressions hold (`eslint --suppress-all` writes
 * `eslint-suppressions.json` beside the config, with paths relative to it).
 */
export function readSuppressions(root: string): Suppression[] {
  const dir = configDirectory(root) ?? root;
  const file = path.join(dir, 'eslint-suppressions.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, { count?: number }>>;
  const out: Suppression[] = [];
  for (const [name, rules] of Object.entries(data)) {
    for (const [rule, { count }] of Object.entries(rules)) {
      if (!rule.startsWith('@classified/')) continue;
      out.push({
        file: path.relative(root, path.resolve(dir, name)).split(path.sep).join('/'),
        rule,
        count: count ?? 1,
      });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule));
}
