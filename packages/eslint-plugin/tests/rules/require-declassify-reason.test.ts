import rule from '../../src/rules/require-declassify-reason.js';
import { MODELS } from '../helpers.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const CORE = `import { declassify, reclassify, unseal, seal, internal } from '@classified/core';\n`;
const code = (body: string) => MODELS + CORE + body;

ruleTester.run('require-declassify-reason', rule, {
  valid: [
    code(`declassify(email, 'Deliver the password-reset email');`),
    code('declassify(email, `Support ticket needs the full address`);'),
    code(`unseal(user.apiKey, 'Sign the request to the payout provider');`),
    code(`reclassify(email, 'internal', 'Aggregated over every user of the cohort');`),
    // Raising needs no reason.
    code(`reclassify(internal('id-1'), 'restricted');`),
    code(`reclassify(score, 'confidential');`),
    // "Testing" is a word, not the placeholder "test" followed by a non-letter.
    code(`declassify(email, 'Testing harness for the mailer sandbox');`),
    { code: code(`declassify(email, 'SUP-1234: the customer asked for it');`), options: [{ pattern: '[A-Z]+-\\d+' }] },
    { code: code(`declassify(email, 'short ok');`), options: [{ minLength: 5 }] },
    // A look-alike function of the project is not ours.
    MODELS + `function declassify(v: unknown, r?: string) { return v; }\ndeclassify(email);`,
  ],
  invalid: [
    {
      code: code(`declassify(email);`),
      errors: [{ messageId: 'missingReason', line: 3, column: 1, data: { fn: 'declassify' } }],
    },
    {
      code: code(`reclassify(email, 'internal');`),
      errors: [{ messageId: 'missingReason', line: 3, column: 1, data: { fn: 'reclassify' } }],
    },
    {
      code: code(`unseal(user.apiKey);`),
      errors: [{ messageId: 'missingReason', line: 3, column: 1, data: { fn: 'unseal' } }],
    },
    {
      code: code(`declare const why: string;\ndeclassify(email, why);`),
      errors: [{ messageId: 'notStatic', line: 4, column: 19, data: { fn: 'declassify' } }],
    },
    // A reason read from a constant: reported, not crashing.
    {
      code: code(`const REASON = 'Deliver the password-reset email';\ndeclassify(email, REASON);`),
      errors: [{ messageId: 'notStatic', line: 4, column: 19, data: { fn: 'declassify' } }],
    },
    {
      code: code('declassify(email, `for ${user.id}`);'),
      errors: [{ messageId: 'notStatic', line: 3, column: 19, data: { fn: 'declassify' } }],
    },
    {
      code: code(`declassify(email, '  short  ');`),
      errors: [{ messageId: 'tooShort', line: 3, column: 19, data: { fn: 'declassify', length: 5, minLength: 10 } }],
    },
    {
      code: code(`declassify(email, 'TODO: later, promise');`),
      errors: [{ messageId: 'placeholder', line: 3, column: 19, data: { fn: 'declassify', placeholder: 'todo' } }],
    },
    {
      code: code(`declassify(email, 'fixme');`),
      errors: [{ messageId: 'placeholder', line: 3, column: 19, data: { fn: 'declassify', placeholder: 'fixme' } }],
    },
    {
      code: code(`declassify(email, 'N/A');`),
      errors: [{ messageId: 'placeholder', line: 3, column: 19, data: { fn: 'declassify', placeholder: 'n/a' } }],
    },
    {
      code: code(`declassify(email, 'test - remove before release');`),
      errors: [{ messageId: 'placeholder', line: 3, column: 19, data: { fn: 'declassify', placeholder: 'test' } }],
    },
    {
      code: code(`unseal(user.apiKey, 'wip');`),
      errors: [{ messageId: 'placeholder', line: 3, column: 21, data: { fn: 'unseal', placeholder: 'wip' } }],
    },
    {
      code: code(`reclassify(email, 'public', 'reason');`),
      errors: [{ messageId: 'placeholder', line: 3, column: 29, data: { fn: 'reclassify', placeholder: 'reason' } }],
    },
    {
      code: code(`declassify(email, 'The customer asked for it');`),
      options: [{ pattern: '[A-Z]+-\\d+' }],
      errors: [
        { messageId: 'patternMismatch', line: 3, column: 19, data: { fn: 'declassify', pattern: '[A-Z]+-\\d+' } },
      ],
    },
    {
      code: code(`declassify(email, 'Needed by the legal hold process');`),
      options: [{ placeholders: ['needed'] }],
      errors: [{ messageId: 'placeholder', line: 3, column: 19, data: { fn: 'declassify', placeholder: 'needed' } }],
    },
    // A renamed import is still ours.
    {
      code: MODELS + `import { declassify as release } from '@classified/core';\nrelease(email, 'tbd');`,
      errors: [{ messageId: 'placeholder', line: 3, column: 16, data: { fn: 'declassify', placeholder: 'tbd' } }],
    },
    // An unknown target level: assumed to lower.
    {
      code: code(`declare const level: 'internal' | 'restricted';\nreclassify(email, level);`),
      errors: [{ messageId: 'missingReason', line: 4, column: 1, data: { fn: 'reclassify' } }],
    },
  ],
});
