/**
 * `@classified/prisma`: classify Prisma models once, next to `schema.prisma`, with a client
 * extension that brands query results (`select` and `include` included). See docs/prisma.md.
 *
 * @packageDocumentation
 */
export {
  classifyResults,
  type ClassificationMap,
  type ClassifiedResults,
  type ClassifiedClient,
  type FieldClassification,
} from './classifyResults.js';
