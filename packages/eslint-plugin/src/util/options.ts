import { LEVELS, type Level } from '../analysis/levels.js';

/**
 * Checks a level option and names it when it is wrong. (ESLint's schema errors say only
 * `Value "secret" should be equal to one of the allowed values`, without the option's name, so
 * the schemas accept any string here and this check gives the message.)
 */
export function levelOption(rule: string, option: string, value: unknown, fallback: Level): Level {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (LEVELS as readonly string[]).includes(value)) return value as Level;
  throw new Error(`@classified/${rule}: option \`${option}\` must be one of ${LEVELS.map((l) => `'${l}'`).join(', ')}; got ${JSON.stringify(value)}.`);
}
