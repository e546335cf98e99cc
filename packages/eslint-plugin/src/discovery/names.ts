// The sensitive field names `require-classification` looks for, as data: one entry per kind of
// data, the word sequences that name it, and the level and category it is classified at. At least
// as broad as CodeQL's SensitiveDataHeuristics (password, secret, credential, account, private data)
// and Bearer's data types (personal, government id, financial, credentials, location). Names are
// matched word by word (`firstName`, `first_name`, `FIRST-NAME` are the words `first name`), so
// `secretary` or `passenger` never match `secret` or `pass`.
import type { Level } from '../analysis/levels.js';

/**
 * A kind of sensitive data and the names that say it.
 *
 * @example
 * { key: 'email', words: ['email', 'e mail', 'email address', 'mail'], level: 'restricted', category: 'pii', zod: 'z.email()' }
 */
export interface SensitiveName {
  /** The entry's name: what the `names` option adds or removes. */
  readonly key: string;
  /** Word sequences, lower case, separated by spaces: `'date of birth'`, `'dob'`. */
  readonly words: readonly string[];
  readonly level: Level;
  readonly category: string;
  /** Words that, right before the name, make it something else (`ipAddress`, `walletAddress` are no postal address). */
  readonly notAfter?: readonly string[];
  /** Whether a number names it too (a card number, a salary); otherwise only text does (`emailCount: number` is not an email). */
  readonly numeric?: boolean;
}

/** The built-in list. */
export const sensitiveNames: readonly SensitiveName[] = [
  // Personal data (Bearer: Personal; CodeQL: private data)
  { key: 'email', words: ['email', 'e mail', 'email address', 'mail address'], level: 'restricted', category: 'pii' },
  {
    key: 'phone',
    words: ['phone', 'phone number', 'mobile', 'mobile number', 'cell phone', 'telephone', 'tel', 'msisdn', 'fax'],
    level: 'restricted',
    category: 'pii',
    numeric: true,
  },
  {
    key: 'name',
    words: [
      'first name',
      'last name',
      'full name',
      'given name',
      'family name',
      'middle name',
      'surname',
      'forename',
      'maiden name',
      'legal name',
      'firstname',
      'lastname',
      'fullname',
      'contact name',
      'customer name',
      'person name',
      'recipient name',
    ],
    level: 'restricted',
    category: 'pii',
  },
  {
    key: 'address',
    words: [
      'address',
      'street',
      'street address',
      'address line',
      'address line1',
      'address line2',
      'address1',
      'address2',
      'postcode',
      'post code',
      'postal code',
      'zip',
      'zip code',
      'zipcode',
      'home address',
      'billing address',
      'shipping address',
    ],
    notAfter: [
      'ip',
      'mac',
      'remote',
      'local',
      'email',
      'mail',
      'web',
      'url',
      'wallet',
      'contract',
      'server',
      'host',
      'socket',
      'memory',
      'bind',
      'listen',
      'base',
      'return',
      'proxy',
      'peer',
    ],
    level: 'restricted',
    category: 'pii',
    numeric: true,
  },
  {
    key: 'birth',
    words: [
      'date of birth',
      'dob',
      'birth date',
      'birthdate',
      'birthday',
      'birth day',
      'birth place',
      'place of birth',
    ],
    level: 'restricted',
    category: 'pii',
    numeric: true,
  },
  {
    key: 'account',
    words: ['username', 'user name', 'login name', 'screen name'],
    level: 'confidential',
    category: 'pii',
  },
  {
    key: 'demographic',
    words: [
      'gender',
      'sex',
      'ethnicity',
      'race',
      'religion',
      'nationality',
      'sexual orientation',
      'political opinion',
      'marital status',
    ],
    level: 'restricted',
    category: 'pii',
  },
  {
    key: 'health',
    words: [
      'medical',
      'medical record',
      'diagnosis',
      'health',
      'health record',
      'prescription',
      'blood type',
      'disability',
      'allergies',
    ],
    level: 'restricted',
    category: 'health',
  },
  {
    key: 'location',
    words: [
      'ip',
      'ip address',
      'ipaddress',
      'ipv4',
      'ipv6',
      'remote address',
      'client ip',
      'latitude',
      'longitude',
      'lat',
      'lng',
      'geolocation',
      'gps',
    ],
    level: 'restricted',
    category: 'pii',
    numeric: true,
  },
  // Government ids (Bearer: Government ID)
  {
    key: 'government-id',
    words: [
      'ssn',
      'social security',
      'social security number',
      'national id',
      'national insurance',
      'national insurance number',
      'nino',
      'passport',
      'passport number',
      'tax id',
      'tax number',
      'tin',
      'vat number',
      'driver license',
      'drivers license',
      'driving licence',
      'driving license',
      'id card number',
      'personal number',
      'personnummer',
      'aadhaar',
      'pesel',
      'nif',
      'cpf',
    ],
    level: 'restricted',
    category: 'pii',
    numeric: true,
  },
  // Financial (Bearer: Financial; CodeQL: credit card, account)
  {
    key: 'bank',
    words: [
      'iban',
      'bic',
      'swift',
      'swift code',
      'account number',
      'bank account',
      'bank account number',
      'routing number',
      'sort code',
      'bsb',
    ],
    level: 'restricted',
    category: 'payment',
    numeric: true,
  },
  {
    key: 'card',
    words: [
      'card number',
      'credit card',
      'credit card number',
      'debit card',
      'cc number',
      'ccn',
      'pan',
      'cvv',
      'cvc',
      'cvv2',
      'card cvc',
      'card expiry',
      'expiry date',
      'card holder',
      'cardholder',
      'cardholder name',
      'card holder name',
      'name on card',
    ],
    level: 'restricted',
    category: 'payment',
    numeric: true,
  },
  {
    key: 'income',
    words: ['salary', 'income', 'wage', 'wages', 'net worth', 'credit score'],
    level: 'restricted',
    category: 'payment',
    numeric: true,
  },
  // Credentials (CodeQL: password, secret, certificate; Bearer: Credentials)
  {
    key: 'password',
    words: [
      'password',
      'passwd',
      'pwd',
      'passcode',
      'passphrase',
      'pass phrase',
      'pin',
      'pin code',
      'security answer',
      'otp',
      'totp secret',
      'mfa secret',
    ],
    level: 'restricted',
    category: 'credential',
    numeric: true,
  },
  {
    key: 'secret',
    words: [
      'secret',
      'client secret',
      'api secret',
      'shared secret',
      'webhook secret',
      'signing secret',
      'credential',
      'credentials',
    ],
    level: 'restricted',
    category: 'credential',
  },
  {
    key: 'token',
    words: [
      'token',
      'access token',
      'refresh token',
      'id token',
      'auth token',
      'bearer token',
      'session token',
      'api token',
      'jwt',
      'csrf token',
      'reset token',
      'session id',
      'session key',
      'cookie',
    ],
    level: 'restricted',
    category: 'credential',
  },
  {
    key: 'key',
    words: [
      'api key',
      'apikey',
      'private key',
      'secret key',
      'access key',
      'access key id',
      'signing key',
      'encryption key',
      'license key',
      'write key',
      'master key',
      'client key',
    ],
    level: 'restricted',
    category: 'credential',
  },
];

/**
 * Word sequences that, right after a sensitive name, say the field is about the data and does not
 * hold it: ids, counts, flags, formats, dates of an event (`emailId`, `emailCount`,
 * `emailVerified`, `passwordChangedAt`, `tokenExpiresAt`).
 */
export const notSensitiveSuffixes: readonly string[] = [
  'id',
  'ids',
  'uuid',
  'guid',
  'count',
  'counts',
  'length',
  'len',
  'size',
  'total',
  'num',
  'type',
  'types',
  'kind',
  'format',
  'formats',
  'verified',
  'confirmed',
  'validated',
  'valid',
  'enabled',
  'disabled',
  'required',
  'optional',
  'visible',
  'hidden',
  'public',
  'status',
  'at',
  'on',
  'sent',
  'changed',
  'updated',
  'created',
  'expires',
  'expiry',
  'expiration',
  'ttl',
  'age',
  'policy',
  'strength',
  'rule',
  'rules',
  'regex',
  'regexp',
  'pattern',
  'label',
  'placeholder',
  'template',
  'field',
  'fields',
  'column',
  'header',
  'name',
  'names',
  'path',
  'url',
  'uri',
  'prefix',
  'suffix',
  'length',
  'min',
  'max',
  'limit',
  'attempts',
  'retries',
  'version',
  'provider',
  'masked',
  'redacted',
  'last4',
  'last four',
  'hint',
  'env',
  'var',
];

/** Words before a sensitive name that make the field a flag, a count or a setting (`isEmail`, `hasPassword`, `maxTokens`, `numEmails`). */
export const notSensitivePrefixes: readonly string[] = [
  'is',
  'has',
  'have',
  'should',
  'can',
  'allow',
  'allows',
  'enable',
  'enabled',
  'disable',
  'show',
  'hide',
  'require',
  'requires',
  'use',
  'uses',
  'with',
  'without',
  'num',
  'number of',
  'max',
  'min',
  'count',
  'total',
  'validate',
  'verify',
  'masked',
  'redacted',
  'needs',
  'no',
  'skip',
  'send',
  'missing',
  'invalid',
];

/** Words after a sensitive name that say the field holds it in another form: still a credential (`passwordHash`, `apiKeyHash`). */
export const hashSuffixes: readonly string[] = [
  'hash',
  'hashed',
  'digest',
  'salt',
  'encrypted',
  'cipher',
  'ciphertext',
];

/** The words of an identifier: `firstName`, `first_name`, `FIRST-NAME` → `['first', 'name']`; `IPAddress` → `['ip', 'address']`. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/** What a name matched: the entry, and whether it names a hash of the data (a credential then). */
export interface NameMatch {
  readonly entry: SensitiveName;
  readonly hashed: boolean;
}

const startsWithAt = (words: readonly string[], at: number, phrase: readonly string[]) =>
  phrase.every((w, i) => words[at + i] === w);

function anyPhraseAt(words: readonly string[], at: number, phrases: readonly (readonly string[])[]): number {
  let best = 0;
  for (const p of phrases) if (p.length > best && startsWithAt(words, at, p)) best = p.length;
  return best;
}

function anyPhraseEndingAt(words: readonly string[], end: number, phrases: readonly (readonly string[])[]): boolean {
  return phrases.some((p) => end - p.length >= 0 && startsWithAt(words, end - p.length, p));
}

const split = (list: readonly string[]) => list.map((p) => p.split(' '));
const SUFFIXES = split(notSensitiveSuffixes);
const PREFIXES = split(notSensitivePrefixes);
const HASHES = split(hashSuffixes);

/**
 * The sensitive entry a field name matches, if any: the longest phrase of the list found in its
 * words, unless a word after it says the field is about the data (`emailVerified`) or a word before
 * it makes it a flag or a count (`hasPassword`). A hash of a secret is still a credential.
 *
 * @example
 * matchSensitiveName('billingAddressLine1', sensitiveNames)?.entry.key // => 'address'
 * matchSensitiveName('emailVerified', sensitiveNames) // => undefined
 * matchSensitiveName('passwordHash', sensitiveNames) // => { entry: { key: 'password', … }, hashed: true }
 */
export function matchSensitiveName(name: string, entries: readonly SensitiveName[]): NameMatch | undefined {
  const words = wordsOf(name);
  let found: { entry: SensitiveName; at: number; length: number } | undefined;
  for (const entry of entries) {
    const phrases = split(entry.words);
    for (let at = 0; at < words.length; at++) {
      const length = anyPhraseAt(words, at, phrases);
      if (length === 0 || (found && length <= found.length)) continue;
      if (at > 0 && entry.notAfter?.includes(words[at - 1]!)) continue;
      found = { entry, at, length };
    }
  }
  if (!found) return undefined;
  const after = found.at + found.length;
  const hashed = after < words.length && anyPhraseAt(words, after, HASHES) > 0;
  if (!hashed && after < words.length && anyPhraseAt(words, after, SUFFIXES) > 0) return undefined;
  if (anyPhraseEndingAt(words, found.at, PREFIXES)) return undefined;
  return { entry: found.entry, hashed };
}
