/**
 * `@classified/zod`: classified zod fields whose inferred types carry `@classified/core` brands,
 * the data inventory, a redactor, pino redact paths and JSON Schema keywords.
 *
 * @packageDocumentation
 */
export {
  classified,
  confidential,
  internal,
  restricted,
  type ClassifiedSchema,
  type ClassifyOutput,
} from './fields.js';
export { classificationOf, inventoryMarkdown, type InventoryEntry } from './inventory.js';
export { redactor, type Redacted, type RedactorOptions } from './redactor.js';
export { pinoRedactPaths, type PinoRedactOptions } from './pino.js';
export { isDuration, type Classification, type ClassificationMeta, type MaskName } from './meta.js';
