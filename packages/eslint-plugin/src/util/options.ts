import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { LEVELS } from '../analysis/levels.js';

// The option schemas are the contract: ESLint validates every rule's options against them before
// the rule runs, and reports a bad value as a configuration error naming the rule and the option
// (`Key "@classified/no-classified-logging": Value "secret" should be equal to one of the allowed
// values`). The rules trust their options. The docs' option sections are generated from them
// (tests/docs.test.ts).

/** A level: one of `LEVELS`. */
export function levelSchema(description: string): JSONSchema4 {
  return { description, type: 'string', enum: [...LEVELS] };
}

export function booleanSchema(description: string): JSONSchema4 {
  return { description, type: 'boolean' };
}

export function positiveIntegerSchema(description: string): JSONSchema4 {
  return { description, type: 'integer', minimum: 1 };
}

/** An array of non-empty strings. */
export function stringsSchema(description: string): JSONSchema4 {
  return { description, type: 'array', items: { type: 'string', minLength: 1 } };
}

/** A non-empty string, or a non-empty array of them. */
export function stringOrStringsSchema(description: string): JSONSchema4 {
  return {
    description,
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    ],
  };
}

/** One of a few strings. */
export function oneOfSchema(description: string, values: readonly string[]): JSONSchema4 {
  return { description, type: 'string', enum: [...values] };
}
