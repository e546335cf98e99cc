import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { LEVELS, type Level } from '../analysis/levels.js';

// ESLint's schema errors name the value, not the option (`Value "secret" should be equal to one
// of the allowed values`). So the schemas keep the object shapes strict (an unknown option is
// named by ESLint: `Unexpected property "maxLevl"`), and the values are checked here, with
// messages that name the option.

function fail(rule: string, option: string, expected: string, value: unknown): never {
  throw new Error(`@classified/${rule}: option \`${option}\` must be ${expected}; got ${JSON.stringify(value) ?? String(value)}.`);
}

/** A level option. */
export function levelOption(rule: string, option: string, value: unknown, fallback: Level): Level {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) return value as Level;
  return fail(rule, option, `one of ${LEVELS.map((l) => `'${l}'`).join(', ')}`, value);
}

export function booleanOption(rule: string, option: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  return fail(rule, option, 'true or false', value);
}

export function positiveIntegerOption(rule: string, option: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  return fail(rule, option, 'a whole number of at least 1', value);
}

export function stringsOption(rule: string, option: string, value: unknown, fallback: readonly string[]): readonly string[] {
  if (value === undefined) return fallback;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '')) return value as string[];
  return fail(rule, option, 'an array of non-empty strings', value);
}

export function oneOfOption<T extends string>(rule: string, option: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return fail(rule, option, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
}

export function stringOrStringsOption(rule: string, option: string, value: unknown): void {
  if (value === undefined || (typeof value === 'string' && value !== '')) return;
  stringsOption(rule, option, value, []);
  if ((value as unknown[]).length === 0) fail(rule, option, 'a non-empty string or array of strings', value);
}

/**
 * The schema of an option whose value is checked by the functions above: it documents the option
 * and lets any value through to them (typescript-eslint's schema type wants a `type`; JSON Schema
 * does not).
 */
export function described(description: string, more: Record<string, unknown> = {}): JSONSchema4 {
  return { description, ...more } as JSONSchema4;
}
