import { compareLevels, type Level } from '@classified/core';
import type { z } from 'zod';
import {
  joinPath,
  keySegment,
  mergeClassification,
  nodeOf,
  ownClassification,
  type AnySchema,
} from './internal/schema.js';
import type { Classification, MaskName } from './meta.js';

/**
 * One classified field of a schema, as the data inventory lists it.
 *
 * @example
 * { path: 'payouts[].iban', level: 'restricted', category: 'payment', mask: 'middle', retention: 'P7Y' }
 */
export interface InventoryEntry {
  /** Where the field is: `email`, `address.street`, `payouts[].iban`, `metadata.*`, `pair[0]`. Empty for a classified root. */
  readonly path: string;
  readonly level: Level;
  readonly category?: string;
  /** The masker name, or `'custom'` for a function. */
  readonly mask?: MaskName | 'custom';
  readonly retention?: string;
  readonly description?: string;
}

function entry(path: string, c: Classification): InventoryEntry {
  return {
    path,
    level: c.level,
    ...(c.category !== undefined && { category: c.category }),
    ...(c.mask !== undefined && { mask: typeof c.mask === 'function' ? 'custom' : c.mask }),
    ...(c.retention !== undefined && { retention: c.retention }),
    ...(c.description !== undefined && { description: c.description }),
  };
}

function walk(
  schema: AnySchema,
  path: string,
  inherited: Classification | undefined,
  lazies: ReadonlySet<AnySchema>,
  out: Map<string, InventoryEntry>,
): void {
  const c = mergeClassification(inherited, ownClassification(schema));
  const node = nodeOf(schema);
  const into = (child: AnySchema, segment: string) => walk(child, joinPath(path, segment), c, lazies, out);
  switch (node.kind) {
    case 'wrapper':
      return walk(node.inner, path, c, lazies, out);
    case 'object':
      for (const [key, field] of Object.entries(node.shape)) into(field, keySegment(key));
      if (node.catchall) into(node.catchall, '.*');
      return;
    case 'array':
    case 'set':
      return into(node.element, '[]');
    case 'record':
    case 'map':
      return into(node.value, '.*');
    case 'tuple':
      node.items.forEach((item, i) => into(item, `[${i}]`));
      if (node.rest) into(node.rest, '[]');
      return;
    case 'union':
      for (const option of node.options) into(option, '');
      return;
    case 'intersection':
      into(node.left, '');
      into(node.right, '');
      return;
    case 'pipe':
      into(node.input, '');
      into(node.output, '');
      return;
    case 'lazy':
      // A recursive schema is listed once: its second visit on the same path adds nothing new.
      if (lazies.has(schema)) return;
      walk(node.get(), path, c, new Set([...lazies, schema]), out);
      return;
    case 'leaf': {
      if (!c) return;
      const found = entry(path, c);
      const seen = out.get(path);
      // Union branches can classify one path twice: keep the higher level.
      if (!seen || compareLevels(found.level, seen.level) > 0) out.set(path, found);
    }
  }
}

/**
 * The data inventory of a schema: every classified field with its path, level, category, mask,
 * retention and description. Follows objects, arrays, records, tuples, unions, intersections,
 * pipes and wrappers (`.optional()`, `.default()` …); a recursive `z.lazy` schema is listed once.
 *
 * Use it to document what a model holds, to review a change, or to build redaction config.
 *
 * @example
 * classificationOf(z.object({ email: restricted(z.email(), { category: 'pii' }), id: z.string() }));
 * // => [{ path: 'email', level: 'restricted', category: 'pii' }]
 */
export function classificationOf(schema: z.core.$ZodType): InventoryEntry[] {
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema)) {
    throw new TypeError('classificationOf(): expected a zod schema.');
  }
  const out = new Map<string, InventoryEntry>();
  walk(schema, '', undefined, new Set(), out);
  return [...out.values()];
}

const cell = (value: string | undefined): string => (value ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * The data inventory of several models as a Markdown table (model, field, level, category,
 * retention, mask, description), ready to commit as documentation.
 *
 * @example
 * inventoryMarkdown({ User, Payout });
 * // | Model | Field | Level | Category | Retention | Mask | Description |
 * // | --- | --- | --- | --- | --- | --- | --- |
 * // | User | email | restricted | pii | P2Y | email | Login and contact |
 */
export function inventoryMarkdown(models: Readonly<Record<string, z.core.$ZodType>>): string {
  const rows = [
    '| Model | Field | Level | Category | Retention | Mask | Description |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const [name, schema] of Object.entries(models)) {
    for (const e of classificationOf(schema)) {
      rows.push(
        `| ${cell(name)} | ${cell(e.path || '(root)')} | ${e.level} | ${cell(e.category)} | ${cell(e.retention)} | ${cell(e.mask)} | ${cell(e.description)} |`,
      );
    }
  }
  return `${rows.join('\n')}\n`;
}
