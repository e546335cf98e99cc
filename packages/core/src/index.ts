/**
 * `@classified/core`: classification levels as branded TypeScript types, declassification with an
 * audit trail, maskers, a keyed tokenizer and sealed secrets. Zero runtime dependencies.
 *
 * @packageDocumentation
 */
export { LEVELS, compareLevels, isAtMost, isLevel, maxLevel, type Level } from './levels.js';
export type {
  AtMost,
  Brand,
  CategoryMark,
  LevelMark,
  Mark,
  classification,
  CategoriesOf,
  Classified,
  ClassificationError,
  ClassifiedValue,
  Declassified,
  IsAtMost,
  LevelOf,
} from './classified.js';
// Values too: each level is also a namespace of per-shape aliases for decorated classes (`Restricted.Date` is `Date`).
export { Confidential, Internal, Public, Restricted } from './classified.js';
export { classify, confidential, declassify, internal, reclassify, restricted } from './classify.js';
export { onDeclassify, type AuditEvent, type AuditListener } from './audit.js';
export {
  FULLY_MASKED,
  REDACTED,
  maskCard,
  maskEmail,
  maskMiddle,
  maskPhone,
  redactString,
  type MaskMiddleOptions,
  type Masked,
} from './mask.js';
export { MIN_TOKEN_KEY_BYTES, createTokenizer, type Token, type Tokenizer, type TokenizerOptions } from './token.js';
export { SealedBox, isSealed, seal, unseal, type Sealed } from './seal.js';
