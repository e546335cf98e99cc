import type { JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { positiveIntegerSchema, stringsSchema } from './options.js';

// The reason policy, defined once: `require-declassify-reason` applies it in the editor and
// `classified-audit --fail-on-missing-reason` in CI, with the same options (the CLI reads them
// from the project's ESLint config).

/** The options of the policy: `require-declassify-reason`'s options. */
export interface ReasonPolicyOptions {
  /** The fewest characters a reason may have, after trimming. */
  readonly minLength?: number;
  /** A regular expression (`u` flag) every reason must match. */
  readonly pattern?: string;
  /** Reasons that say nothing. */
  readonly placeholders?: readonly string[];
}

/** Reasons that say nothing; `todo` also catches the `TODO: …` the rules' suggestions insert. */
export const DEFAULT_PLACEHOLDERS: readonly string[] = [
  'todo',
  'fixme',
  'tbd',
  'temp',
  'test',
  'xxx',
  'wip',
  'n/a',
  'reason',
  'placeholder',
];

export const DEFAULT_MIN_LENGTH = 10;

/** The JSON Schema of the policy's options. */
export const reasonPolicySchema: JSONSchema4ObjectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minLength: positiveIntegerSchema(
      `The fewest characters a reason may have, after trimming. Default ${DEFAULT_MIN_LENGTH}.`,
    ),
    pattern: {
      description: 'A regular expression (`u` flag) every reason must match, such as a ticket id `[A-Z]+-\\d+`.',
      type: 'string',
      minLength: 1,
      format: 'regex',
    },
    placeholders: stringsSchema(
      'Reasons that say nothing: rejected when the trimmed, lower-cased reason equals one or starts with one followed by a non-letter (`TODO: …`). Replaces the default list.',
    ),
  },
};

/** What is wrong with a reason, or `undefined` when it passes. */
export type ReasonProblem =
  | { readonly problem: 'placeholder'; readonly placeholder: string }
  | { readonly problem: 'tooShort'; readonly length: number; readonly minLength: number }
  | { readonly problem: 'patternMismatch'; readonly pattern: string };

/**
 * The policy's check for a reason's text.
 *
 * @example
 * reasonPolicy({})('TODO: say why') // => { problem: 'placeholder', placeholder: 'todo' }
 * reasonPolicy({})('Deliver the password-reset email') // => undefined
 */
export function reasonPolicy(options: ReasonPolicyOptions): (text: string) => ReasonProblem | undefined {
  const minLength = options.minLength ?? DEFAULT_MIN_LENGTH;
  const placeholders = (options.placeholders ?? DEFAULT_PLACEHOLDERS).map((p) => p.toLowerCase());
  const pattern = options.pattern === undefined ? undefined : new RegExp(options.pattern, 'u');
  return (text) => {
    const trimmed = text.trim();
    const lower = trimmed.toLowerCase();
    const placeholder = placeholders.find(
      (p) => lower === p || (lower.startsWith(p) && !/\p{L}/u.test(lower.charAt(p.length))),
    );
    if (placeholder !== undefined) return { problem: 'placeholder', placeholder };
    if (trimmed.length < minLength) return { problem: 'tooShort', length: trimmed.length, minLength };
    if (pattern && !pattern.test(trimmed)) return { problem: 'patternMismatch', pattern: options.pattern ?? '' };
    return undefined;
  };
}
