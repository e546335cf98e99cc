import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { SinkRuleOptions } from '../src/analysis/sinkRule.js';

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
    if (names.split(',').map((n) => n.trim()).includes(name)) return code;
    return code.replace(existing[0], `import { ${names}, ${name} } from '@classified/core';`);
  }
  return `import { ${name} } from '@classified/core';\n${code}`;
}

/** The suggestions a sink rule offers for an argument: mask it (strings only), or declassify it. */
export function suggestionsFor(code: string, at: string, masker?: string, inObject = false) {
  // A shorthand property `{ email }` becomes `{ email: maskEmail(email) }`.
  const shorthand = inObject ? ['', at] : /^\{ ?(\w+) ?\}$/.exec(at);
  const [open, close] = inObject ? ['', ''] : ['{ ', ' }'];
  const wrap = (fn: string) => (shorthand ? `${open}${shorthand[1]}: ${fn}(${shorthand[1]})${close}` : `${fn}(${at})`);
  const declassified = shorthand
    ? `${open}${shorthand[1]}: declassify(${shorthand[1]}, 'TODO: say why this data may leave its classification')${close}`
    : `declassify(${at}, 'TODO: say why this data may leave its classification')`;
  return [
    ...(masker ? [{ messageId: 'suggestMask' as const, data: { masker }, output: withImport(replaceLast(code, at, wrap(masker)), masker) }] : []),
    { messageId: 'suggestDeclassify' as const, output: withImport(replaceLast(code, at, declassified), 'declassify') },
  ];
}

export interface Expected {
  /** The offending argument as written. */
  readonly arg: string;
  /** The expression inside it that the suggestions wrap (default: the argument). `{ email }` for a shorthand property. */
  readonly at?: string;
  readonly path: string;
  readonly level?: string;
  readonly category?: string;
  readonly sink: string;
  readonly via?: string;
  /** `at` is a shorthand property among others (`{ id, email }`): the suggestions rewrite it as `email: …`. */
  readonly shorthand?: boolean;
  /** The masker suggested, for a string argument. */
  readonly masker?: string;
}

/** An invalid case with one report on `arg`, its line and column computed from the code. */
export function invalid(code: string, expected: Expected, options?: SinkRuleOptions): InvalidTestCase<MessageIds, [SinkRuleOptions]> {
  const at = code.lastIndexOf(expected.arg);
  const before = code.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return {
    code,
    ...(options !== undefined && { options: [options] }),
    errors: [
      {
        messageId: 'classified',
        line,
        column,
        data: {
          path: expected.path,
          level: expected.level ?? 'restricted',
          category: expected.category ?? '',
          sink: expected.sink,
          via: expected.via ?? '',
        },
        suggestions: suggestionsFor(code, expected.at ?? expected.arg, expected.masker, expected.shorthand),
      },
    ],
  };
}
