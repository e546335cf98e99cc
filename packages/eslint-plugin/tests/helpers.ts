import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { SinkRuleOptions } from '../src/rules/sinkRule.js';

/** The import line every case starts with: the shared models of `fixtures/models.ts`. */
export const MODELS = `import { user, users, orders, email, password, score, type User, type LookAlike } from './models.js';\n`;

type MessageIds = 'classified' | 'suggestMask' | 'suggestDeclassify';

function replaceLast(code: string, text: string, replacement: string): string {
  const at = code.lastIndexOf(text);
  if (at < 0) throw new Error(`test helper: \`${text}\` is not in the code`);
  return code.slice(0, at) + replacement + code.slice(at + text.length);
}

function withImport(code: string, name: string): string {
  const existing = /import \{([^}]*)\} from '@classified\/core';/.exec(code);
  if (existing) {
    const names = existing[1]!.trim();
    if (
      names
        .split(',')
        .map((n) => n.trim())
        .includes(name)
    )
      return code;
    return code.replace(existing[0], `import { ${names}, ${name} } from '@classified/core';`);
  }
  return `import { ${name} } from '@classified/core';\n${code}`;
}

/** The suggestions a sink rule offers for an argument: mask it (strings only), or declassify it. */
export function suggestionsFor(
  code: string,
  at: string,
  masker?: string,
  inObject = false,
  nullable = false,
  declassify = true,
) {
  // A shorthand property `{ email }` becomes `{ email: maskEmail(email) }`.
  const shorthand = inObject ? ['', at] : /^\{ ?(\w+) ?\}$/.exec(at);
  const [open, close] = inObject ? ['', ''] : ['{ ', ' }'];
  const call = (fn: string, x: string) => (nullable ? `${x} == null ? ${x} : ${fn}(${x})` : `${fn}(${x})`);
  const wrap = (fn: string) =>
    shorthand ? `${open}${shorthand[1]}: ${call(fn, shorthand[1]!)}${close}` : call(fn, at);
  const declassified = shorthand
    ? `${open}${shorthand[1]}: declassify(${shorthand[1]}, 'TODO: say why this data may leave its classification')${close}`
    : `declassify(${at}, 'TODO: say why this data may leave its classification')`;
  return [
    ...(masker
      ? [
          {
            messageId: 'suggestMask' as const,
            data: { masker },
            output: withImport(replaceLast(code, at, wrap(masker)), masker),
          },
        ]
      : []),
    ...(declassify
      ? [
          {
            messageId: 'suggestDeclassify' as const,
            output: withImport(replaceLast(code, at, declassified), 'declassify'),
          },
        ]
      : []),
  ];
}

export interface Expected {
  /** The sink rules report with one message. */
  readonly messageId: 'classified';
  /** Where the report starts (the argument's first character), 1-based, as RuleTester counts. */
  readonly line: number;
  readonly column: number;
  /** The offending argument as written: the suggestions wrap it, unless `at` names a part of it. */
  readonly arg: string;
  /** The expression inside it that the suggestions wrap (default: the argument). `{ email }` for a shorthand property. */
  readonly at?: string;
  readonly path: string;
  /** Every path the message names, when there are several (default: `path` alone). */
  readonly paths?: readonly string[];
  /** The paths exactly as the message writes them, when a list would not say it (`… and 2 more`). */
  readonly pathsText?: string;
  readonly level?: string;
  readonly category?: string;
  readonly sink: string;
  readonly via?: string;
  /** `at` is a shorthand property among others (`{ id, email }`): the suggestions rewrite it as `email: …`. */
  readonly shorthand?: boolean;
  /** The masker suggested, for a string argument. */
  readonly masker?: string;
  /** The value may be `undefined`: the mask suggestion keeps it (`x == null ? x : mask(x)`). */
  readonly nullable?: boolean;
  /** `false` where no declassify suggestion is offered (an object that carries data only by flow). */
  readonly declassify?: boolean;
  /** What the message tells the user to do (default: the logging and export rules' advice). */
  readonly fix?: string;
}

export const FIX = {
  logging: 'Mask it, or declassify it with a reason.',
  thirdParty: 'Mask or tokenize it, declassify it with a reason, or list the recipient in `allow`.',
  credential: 'Do not send credentials; remove the field.',
} as const;

/** The paths as the message lists them: `a`, `b` and `c`. */
function listed(paths: readonly string[]): string {
  const quoted = paths.map((p) => `\`${p}\``);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}` : quoted[0]!;
}

/**
 * An invalid case with one report, at the `line` and `column` the case writes out (where `arg`
 * starts, 1-based). The helper writes the message's `data` and the suggestions' outputs.
 */
export function invalid(
  code: string,
  expected: Expected,
  options?: SinkRuleOptions,
): InvalidTestCase<MessageIds, [SinkRuleOptions]> {
  return {
    code,
    ...(options !== undefined && { options: [options] }),
    errors: [
      {
        messageId: expected.messageId,
        line: expected.line,
        column: expected.column,
        data: {
          paths: expected.pathsText ?? listed(expected.paths ?? [expected.path]),
          level: expected.level ?? 'restricted',
          category: expected.category ?? '',
          sink: expected.sink,
          via: expected.via ?? '',
          fix: expected.fix ?? (expected.category?.includes('credential') ? FIX.credential : FIX.logging),
        },
        suggestions: suggestionsFor(
          code,
          expected.at ?? expected.arg,
          expected.masker,
          expected.shorthand,
          expected.nullable,
          expected.declassify,
        ),
      },
    ],
  };
}

/**
 * The report on a whole `User` of `fixtures/models.ts` (or a value holding one at `prefix`): its
 * four Restricted fields, and for the third-party rule (at most Internal) its Confidential amount too.
 */
export function wholeUser(prefix: string, thirdParty = false): Pick<Expected, 'path' | 'paths' | 'category'> {
  const fields = ['email', 'phone', 'name', 'payouts[].iban', ...(thirdParty ? ['payouts[].amountCents'] : [])];
  return { path: `${prefix}.email`, paths: fields.map((f) => `${prefix}.${f}`), category: ' (payment, pii)' };
}
