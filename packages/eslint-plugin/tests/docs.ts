// Renders the option sections of the docs from the rules' JSON schemas and default options: the
// schema is the source of truth, and tests/docs.test.ts fails when a doc says something else.

/** The parts of a JSON Schema the docs show. */
export interface Schema {
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly Schema[];
  readonly items?: Schema | readonly Schema[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[] | boolean;
}

export const BEGIN =
  '<!-- begin options: generated from the schema by tests/docs.test.ts (UPDATE_DOCS=1 npx vitest run tests/docs.test.ts) -->';
export const END = '<!-- end options -->';

export interface DocumentedRule {
  readonly meta: { readonly schema: readonly Schema[] };
  readonly defaultOptions: readonly unknown[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A TypeScript-like name for a schema: `'a' | 'b'`, `string[]`, `SinkSpec[]`. */
export function typeText(schema: Schema): string {
  if (schema.title) return schema.title;
  if (schema.enum) return schema.enum.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(' | ');
  if (schema.anyOf) return schema.anyOf.map((s) => typeText(s)).join(' | ');
  if (schema.type === 'array') {
    const items = schema.items as Schema | undefined;
    const inner = items ? typeText(items) : 'unknown';
    return inner.includes(' ') ? `(${inner})[]` : `${inner}[]`;
  }
  if (schema.type === 'integer') return 'number';
  if (schema.type === 'object') {
    const props = Object.entries(schema.properties ?? {});
    return `{ ${props.map(([k, v]) => `${k}: ${typeText(v)}`).join('; ')} }`;
  }
  return String(schema.type ?? 'unknown');
}

function table(
  properties: Readonly<Record<string, Schema>>,
  required: readonly string[],
  defaults: Record<string, unknown> | undefined,
): string[] {
  const rows = ['| option | type | default | description |', '| --- | --- | --- | --- |'];
  for (const [name, schema] of Object.entries(properties)) {
    const value = defaults?.[name];
    const def =
      value === undefined
        ? required.includes(name)
          ? 'required'
          : '—'
        : `\`${JSON.stringify(value).replace(/"/g, "'").replace(/,/g, ', ')}\``;
    rows.push(`| \`${name}\` | \`${cell(typeText(schema))}\` | ${cell(def)} | ${cell(schema.description ?? '')} |`);
  }
  return rows;
}

/** The generated part of a rule doc's `## Options` section. */
export function optionsSection(rule: DocumentedRule): string {
  const [schema] = rule.meta.schema;
  const lines = [BEGIN, ''];
  if (!schema?.properties || Object.keys(schema.properties).length === 0) {
    lines.push('None.');
  } else {
    lines.push(...table(schema.properties, [], rule.defaultOptions[0] as Record<string, unknown> | undefined));
    for (const [name, property] of Object.entries(schema.properties)) {
      const items = property.items as Schema | undefined;
      if (property.type !== 'array' || items?.type !== 'object' || !items.properties) continue;
      lines.push(
        '',
        `Each entry of \`${name}\` (\`${items.title ?? 'object'}\`):`,
        '',
        ...table(
          items.properties,
          Array.isArray(items.required) ? (items.required as readonly string[]) : [],
          undefined,
        ),
      );
    }
  }
  lines.push('', END);
  return lines.join('\n');
}

/** The rows of docs/eslint.md's rules-and-options table. */
export function optionsTable(rules: Record<string, DocumentedRule>): string {
  const lines = [BEGIN, '', '| rule | options (default) |', '| --- | --- |'];
  for (const [name, rule] of Object.entries(rules)) {
    const [schema] = rule.meta.schema;
    const defaults = rule.defaultOptions[0] as Record<string, unknown> | undefined;
    const options = Object.keys(schema?.properties ?? {}).map((o) => {
      const value = defaults?.[o];
      return value === undefined
        ? `\`${o}\``
        : `\`${o}\` (\`${JSON.stringify(value).replace(/"/g, "'").replace(/,/g, ', ')}\`)`;
    });
    lines.push(
      `| [\`${name}\`](../packages/eslint-plugin/docs/rules/${name}.md) | ${cell(options.length > 0 ? options.join(', ') : '—')} |`,
    );
  }
  lines.push('', END);
  return lines.join('\n');
}

/** Replaces the generated block of a document, or puts one after `## Options` (dropping what stood before the first `###`). */
export function withSection(doc: string, section: string, heading = '## Options'): string {
  const begin = doc.indexOf(BEGIN);
  if (begin >= 0) return doc.slice(0, begin) + section + doc.slice(doc.indexOf(END, begin) + END.length);
  const at = doc.indexOf(`${heading}\n`);
  if (at < 0) throw new Error(`no ${heading} heading`);
  const start = at + heading.length + 1;
  const next = doc.slice(start).search(/^##/m);
  const end = next < 0 ? doc.length : start + next;
  const rest = doc.slice(start, end).trim();
  // Hand-written detail (### headings) is kept after the table.
  const detail = rest.indexOf('### ') >= 0 ? `\n${rest.slice(rest.indexOf('### '))}\n` : '';
  return `${doc.slice(0, start)}\n${section}\n${detail}\n${doc.slice(end)}`;
}
