import { describe, expect, it } from 'vitest';
import { matchSensitiveName, sensitiveNames, wordsOf } from '../../src/discovery/names.js';
import rule from '../../src/rules/require-classification.js';
import { typedRuleTester } from '../ruleTester.js';

const ruleTester = typedRuleTester();
const Z = `import { z } from 'zod';\n`;

ruleTester.run('require-classification', rule, {
  valid: [
    // Classified already: a brand in the type, a classified zod field.
    `import type { Restricted } from '@classified/core';\ninterface User { email: Restricted<string, 'pii'>; }`,
    `${Z}import { restricted } from '@classified/zod';\nconst User = z.object({ email: restricted(z.email(), { category: 'pii' }) });`,
    // Ids, counts, flags, dates of events, formats: about the data, not the data.
    `interface User { emailId: string; emailCount: number; emailVerified: boolean; passwordChangedAt: Date; tokenExpiresAt: string; addressType: string; phoneFormat: string; }`,
    `interface Flags { isEmail: boolean; hasPassword: boolean; maxTokens: number; numEmails: number; requirePassword: string; }`,
    // A number named like text data (`email: number` is no address); booleans never.
    `interface Stats { email: number; password: boolean; }`,
    // Enums and literal unions: a closed set of values.
    `enum Title { Mr, Ms }\ninterface Person { gender: 'female' | 'male' | 'other'; title: Title; addressKind: string; }`,
    `${Z}const Prefs = z.object({ gender: z.enum(['female', 'male', 'other']), emailOptIn: z.boolean() });`,
    // Whole words only: a secretary, a passenger, a tokenizer, a zipper.
    `interface Staff { secretary: string; passenger: string; tokenizer: string; zipper: string; username2: string; }`,
    // Objects are not leaves: their own fields are checked where they are declared.
    `interface Address { city: string; }\ninterface User { address: Address; }`,
    // Object literals that are not zod shapes.
    `const defaults = { email: 'someone' };`,
    // A removed entry.
    { code: `interface Visit { ipAddress: string; }`, options: [{ names: { remove: ['location'] } }] },
  ],
  invalid: [
    {
      code: `interface User {\n  email: string;\n}`,
      errors: [
        {
          messageId: 'unclassified',
          line: 2,
          column: 3,
          data: { field: 'email', what: 'pii', level: 'restricted', category: ' (pii)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Restricted<string, 'pii'>" },
              output: `import type { Restricted } from '@classified/core';\ninterface User {\n  email: Restricted<string, 'pii'>;\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${Z}const User = z.object({ email: z.email(), name: z.string() });`,
      errors: [
        {
          messageId: 'unclassified',
          line: 2,
          column: 25,
          data: { field: 'email', what: 'pii', level: 'restricted', category: ' (pii)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "restricted(z.email(), { category: 'pii' })" },
              output: `import { restricted } from '@classified/zod';\n${Z}const User = z.object({ email: restricted(z.email(), { category: 'pii' }), name: z.string() });`,
            },
          ],
        },
      ],
    },
    {
      // A hash named as such is still a credential; the existing import is extended.
      code: `import type { Internal } from '@classified/core';\ntype Partner = { id: Internal<string>; apiKeyHash: string | undefined };`,
      errors: [
        {
          messageId: 'unclassified',
          line: 2,
          column: 40,
          data: { field: 'apiKeyHash', what: 'a hashed credential', level: 'restricted', category: ' (credential)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Restricted<string | undefined, 'credential'>" },
              output: `import type { Internal, Restricted } from '@classified/core';\ntype Partner = { id: Internal<string>; apiKeyHash: Restricted<string | undefined, 'credential'> };`,
            },
          ],
        },
      ],
    },
    {
      // Classes (entities, DTOs), numbers where numbers name the data, arrays by their element.
      code: `class Account {\n  iban = '';\n  cardNumber!: number;\n  phoneNumbers: string[] = [];\n}`,
      errors: [
        {
          messageId: 'unclassified',
          line: 2,
          column: 3,
          data: { field: 'iban', what: 'payment', level: 'restricted', category: ' (payment)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Restricted<string, 'payment'>" },
              output: `import type { Restricted } from '@classified/core';\nclass Account {\n  iban: Restricted<string, 'payment'> = '';\n  cardNumber!: number;\n  phoneNumbers: string[] = [];\n}`,
            },
          ],
        },
        {
          messageId: 'unclassified',
          line: 3,
          column: 3,
          data: { field: 'cardNumber', what: 'payment', level: 'restricted', category: ' (payment)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Restricted<number, 'payment'>" },
              output: `import type { Restricted } from '@classified/core';\nclass Account {\n  iban = '';\n  cardNumber!: Restricted<number, 'payment'>;\n  phoneNumbers: string[] = [];\n}`,
            },
          ],
        },
        {
          messageId: 'unclassified',
          line: 4,
          column: 3,
          data: { field: 'phoneNumbers', what: 'pii', level: 'restricted', category: ' (pii)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Restricted<string, 'pii'>" },
              output: `import type { Restricted } from '@classified/core';\nclass Account {\n  iban = '';\n  cardNumber!: number;\n  phoneNumbers: Restricted<string, 'pii'>[] = [];\n}`,
            },
          ],
        },
      ],
    },
    {
      code: `${Z}const Signup = z.object({ password: z.string().min(12), dateOfBirth: z.iso.date() });`,
      errors: [
        {
          messageId: 'unclassified',
          line: 2,
          column: 27,
          data: { field: 'password', what: 'credential', level: 'restricted', category: ' (credential)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "restricted(z.string().min(12), { category: 'credential' })" },
              output: `import { restricted } from '@classified/zod';\n${Z}const Signup = z.object({ password: restricted(z.string().min(12), { category: 'credential' }), dateOfBirth: z.iso.date() });`,
            },
          ],
        },
        {
          messageId: 'unclassified',
          line: 2,
          column: 57,
          data: { field: 'dateOfBirth', what: 'pii', level: 'restricted', category: ' (pii)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "restricted(z.iso.date(), { category: 'pii' })" },
              output: `import { restricted } from '@classified/zod';\n${Z}const Signup = z.object({ password: z.string().min(12), dateOfBirth: restricted(z.iso.date(), { category: 'pii' }) });`,
            },
          ],
        },
      ],
    },
    {
      // Confidential entries suggest `Confidential<…>`; `names.add` extends the list.
      code: `interface Member { username: string; loyaltyNumber: string; }`,
      options: [
        { names: { add: [{ key: 'loyalty', words: ['loyalty number'], level: 'confidential', category: 'loyalty' }] } },
      ],
      errors: [
        {
          messageId: 'unclassified',
          line: 1,
          column: 20,
          data: { field: 'username', what: 'pii', level: 'confidential', category: ' (pii)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Confidential<string, 'pii'>" },
              output: `import type { Confidential } from '@classified/core';\ninterface Member { username: Confidential<string, 'pii'>; loyaltyNumber: string; }`,
            },
          ],
        },
        {
          messageId: 'unclassified',
          line: 1,
          column: 38,
          data: { field: 'loyaltyNumber', what: 'loyalty', level: 'confidential', category: ' (loyalty)' },
          suggestions: [
            {
              messageId: 'suggestClassify',
              data: { replacement: "Confidential<string, 'loyalty'>" },
              output: `import type { Confidential } from '@classified/core';\ninterface Member { username: string; loyaltyNumber: Confidential<string, 'loyalty'>; }`,
            },
          ],
        },
      ],
    },
  ],
});

describe('the sensitive names', () => {
  it('splits identifiers into words', () => {
    expect(wordsOf('billingAddressLine1')).toEqual(['billing', 'address', 'line1']);
    expect(wordsOf('IPAddress')).toEqual(['ip', 'address']);
    expect(wordsOf('first_name')).toEqual(['first', 'name']);
    expect(wordsOf('API-KEY')).toEqual(['api', 'key']);
  });

  it.each([
    ['email', 'email'],
    ['userEmail', 'email'],
    ['mobileNumber', 'phone'],
    ['firstName', 'name'],
    ['last_name', 'name'],
    ['streetAddress', 'address'],
    ['postcode', 'address'],
    ['zipCode', 'address'],
    ['dob', 'birth'],
    ['dateOfBirth', 'birth'],
    ['ssn', 'government-id'],
    ['passportNumber', 'government-id'],
    ['nationalId', 'government-id'],
    ['taxId', 'government-id'],
    ['iban', 'bank'],
    ['accountNumber', 'bank'],
    ['sortCode', 'bank'],
    ['cardNumber', 'card'],
    ['pan', 'card'],
    ['cvv', 'card'],
    ['password', 'password'],
    ['passcode', 'password'],
    ['pwd', 'password'],
    ['clientSecret', 'secret'],
    ['accessToken', 'token'],
    ['apiKey', 'key'],
    ['privateKey', 'key'],
    ['salary', 'income'],
    ['ipAddress', 'location'],
    ['passwordHash', 'password'],
    ['billingAddress', 'address'],
  ])('%s is %s', (name, key) => {
    expect(matchSensitiveName(name, sensitiveNames)?.entry.key).toBe(key);
  });

  it.each([
    'userId',
    'emailId',
    'emailCount',
    'emailVerified',
    'isEmail',
    'hasPassword',
    'tokenType',
    'passwordPolicy',
    'secretary',
    'addressee',
    'tokenizer',
    'secretName',
    'name',
    'key',
    'maskedEmail',
    'walletAddress',
    'remoteAddress2',
  ])('%s is not sensitive', (name) => {
    expect(matchSensitiveName(name, sensitiveNames)).toBeUndefined();
  });

  it('counts a hash of a secret as a credential', () => {
    expect(matchSensitiveName('apiKeyHash', sensitiveNames)).toMatchObject({ entry: { key: 'key' }, hashed: true });
    expect(matchSensitiveName('hashedPassword', sensitiveNames)).toMatchObject({
      entry: { key: 'password' },
      hashed: false,
    });
  });
});
