// `classified report`: one self-contained HTML page (no script, no network, no external asset)
// with the inventory, the flows drawn as SVG (categories left, recipients right, edges sized by
// count and coloured by outcome), the recipients/subprocessors table and the exceptions register.
import type { AuditResult } from './audit.js';
import type { FlowsResult } from './flows.js';
import type { InventoryResult } from './inventory.js';

/** What the report is made of: the three results the other subcommands give. */
export interface ReportInput {
  readonly inventory: InventoryResult;
  readonly flows: FlowsResult;
  readonly exceptions: AuditResult;
}

/**
 * Who receives what: one row per recipient (a host, or the sink when the call has no static URL).
 *
 * @example
 * { recipient: 'api.payouts.example', kind: 'third-party', categories: ['payment'], passes: 2, fails: 0,
 *   approved: 'restricted (credential, payment); confidential' }
 */
export interface RecipientRow {
  readonly recipient: string;
  readonly kind: string;
  /** The categories its flows carry. */
  readonly categories: readonly string[];
  readonly passes: number;
  readonly fails: number;
  /** What `allow` approves for it, or `null` when it is not listed. */
  readonly approved: string | null;
}

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The recipients table: every recipient of a flow, and every approved recipient of `allow`. */
export function recipients(flows: FlowsResult): RecipientRow[] {
  const rows = new Map<
    string,
    { recipient: string; kind: string; categories: Set<string>; passes: number; fails: number; approved: string[] }
  >();
  const get = (recipient: string, kind: string) => {
    let r = rows.get(recipient);
    if (!r) rows.set(recipient, (r = { recipient, kind, categories: new Set(), passes: 0, fails: 0, approved: [] }));
    return r;
  };
  for (const f of flows.flows) {
    const r = get(f.recipient ?? f.sink, f.kind);
    for (const c of f.categories) r.categories.add(c);
    if (f.outcome === 'passes') r.passes++;
    else r.fails++;
  }
  for (const a of flows.allow) {
    const text = `${a.maxLevel}${a.categories ? ` (${[...a.categories].sort().join(', ')})` : ''}`;
    const r = get(a.recipient, 'third-party');
    if (!r.approved.includes(text)) r.approved.push(text);
  }
  return [...rows.values()]
    .map((r) => ({
      recipient: r.recipient,
      kind: r.kind,
      categories: [...r.categories].sort(),
      passes: r.passes,
      fails: r.fails,
      approved: r.approved.length > 0 ? r.approved.join('; ') : null,
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.recipient.localeCompare(b.recipient));
}

/** One edge of the picture: a category sent to a recipient with one outcome, and how often. */
export interface FlowEdge {
  readonly category: string;
  readonly recipient: string;
  readonly outcome: 'passes' | 'fails';
  readonly count: number;
}

/** The edges of the picture, from the flows (a flow with several categories draws one edge per category). */
export function flowEdges(flows: FlowsResult): FlowEdge[] {
  const edges = new Map<string, FlowEdge>();
  for (const f of flows.flows) {
    for (const category of f.categories.length > 0 ? f.categories : ['(no category)']) {
      const recipient = f.recipient ?? f.sink;
      const key = `${category}\u0000${recipient}\u0000${f.outcome}`;
      const e = edges.get(key);
      edges.set(key, { category, recipient, outcome: f.outcome, count: (e?.count ?? 0) + 1 });
    }
  }
  return [...edges.values()].sort(
    (a, b) =>
      a.category.localeCompare(b.category) ||
      a.recipient.localeCompare(b.recipient) ||
      a.outcome.localeCompare(b.outcome),
  );
}

/** The flows as an SVG picture: categories on the left, recipients on the right. */
export function flowsSvg(flows: FlowsResult): string {
  const edges = flowEdges(flows);
  const categories = [...new Set(edges.map((e) => e.category))].sort();
  const targets = [...new Set(edges.map((e) => e.recipient))].sort();
  const rowHeight = 44;
  const height = Math.max(categories.length, targets.length, 1) * rowHeight + 40;
  const width = 900;
  const left = 200;
  const right = width - 260;
  const y = (i: number, n: number) => 20 + ((height - 40) / n) * (i + 0.5);
  const max = Math.max(1, ...edges.map((e) => e.count));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" id="flow-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Classified data flows: categories to recipients">`,
    `<title>Classified data flows: categories to recipients</title>`,
  ];
  for (const e of edges) {
    const y1 = y(categories.indexOf(e.category), categories.length);
    const y2 = y(targets.indexOf(e.recipient), targets.length);
    const offset = e.outcome === 'fails' ? 4 : -4;
    const stroke = 2 + Math.round((e.count / max) * 12);
    const mid = (left + right) / 2;
    parts.push(
      `<path class="edge edge-${e.outcome}" data-count="${e.count}" data-category="${esc(e.category)}" data-recipient="${esc(e.recipient)}" d="M ${left} ${y1 + offset} C ${mid} ${y1 + offset}, ${mid} ${y2 + offset}, ${right} ${y2 + offset}" stroke-width="${stroke}" fill="none"><title>${esc(`${e.category} → ${e.recipient}: ${e.count} ${e.outcome === 'passes' ? 'passing' : 'blocked'}`)}</title></path>`,
    );
  }
  categories.forEach((c, i) => {
    const cy = y(i, categories.length);
    parts.push(
      `<g class="node category"><rect x="${left - 170}" y="${cy - 15}" width="170" height="30" rx="6"/><text x="${left - 10}" y="${cy + 5}" text-anchor="end">${esc(c)}</text></g>`,
    );
  });
  targets.forEach((t, i) => {
    const cy = y(i, targets.length);
    const label = t.length > 34 ? `${t.slice(0, 33)}…` : t;
    parts.push(
      `<g class="node recipient"><rect x="${right}" y="${cy - 15}" width="250" height="30" rx="6"/><text x="${right + 10}" y="${cy + 5}">${esc(label)}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1100px; color: #1d2330; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #d8dce5; padding-bottom: .3rem; }
.counts { display: flex; gap: 1rem; flex-wrap: wrap; margin: 1rem 0; }
.counts div { background: #f3f5f9; border-radius: 8px; padding: .6rem 1rem; } .counts b { display: block; font-size: 1.4rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: 13px; }
th, td { text-align: left; border-bottom: 1px solid #e4e7ee; padding: .35rem .5rem; vertical-align: top; }
th { background: #f3f5f9; } code { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; }
.fails { color: #b42318; font-weight: 600; } .passes { color: #067647; }
svg { max-width: 100%; height: auto; background: #fbfcfe; border: 1px solid #e4e7ee; border-radius: 8px; }
.edge-passes { stroke: #12b76a; stroke-opacity: .55; } .edge-fails { stroke: #f04438; stroke-opacity: .75; }
.node rect { fill: #eef2ff; stroke: #6172f3; } .recipient rect { fill: #fef6ee; stroke: #ef6820; } .node text { font-size: 13px; fill: #1d2330; }
.legend span { display: inline-block; width: 28px; height: 6px; margin: 0 .3rem 2px 1rem; border-radius: 3px; }
`;

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, id: string): string {
  return `<table id="${id}"><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody></table>`;
}

/**
 * The report as one HTML document: no script, no network, no external asset.
 *
 * @example
 * writeFileSync('report.html', reportHtml({ inventory, flows, exceptions }));
 */
export function reportHtml(input: ReportInput, generated: Date = new Date()): string {
  const { inventory, flows, exceptions } = input;
  const blocked = flows.flows.filter((f) => f.outcome === 'fails').length;
  const recipientRows = recipients(flows);
  const count = (id: string, n: number, label: string) =>
    `<div><b id="${id}" data-count="${n}">${n}</b>${esc(label)}</div>`;
  const outcome = (o: 'passes' | 'fails', why: string) => `<span class="${o}">${esc(why)}</span>`;
  const code = (t: string) => `<code>${esc(t)}</code>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Classified data report: ${esc(flows.project)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Classified data report</h1>
<p>Project <code>${esc(flows.project)}</code>, generated ${esc(generated.toISOString().slice(0, 10))} by <code>classified report</code>. Everything here is read from the types and the ESLint config; no value is shown.</p>
<div class="counts">
${count('count-fields', inventory.fields.length, 'classified fields')}
${count('count-flows', flows.flows.length, 'flows to sinks')}
${count('count-blocked', blocked, 'blocked flows')}
${count('count-recipients', recipientRows.length, 'recipients')}
${count('count-exceptions', exceptions.entries.length, 'exceptions')}
</div>

<h2 id="flows">Where classified data goes</h2>
<p class="legend">Categories on the left, sinks and recipients on the right; width by number of flows.<span style="background:#12b76a"></span>passes<span style="background:#f04438"></span>blocked</p>
${flowsSvg(flows)}
${table(
  ['Where', 'Kind', 'Sink', 'Recipient', 'Data', 'Path', 'Outcome'],
  flows.flows.map((f) => [
    esc(`${f.file}:${f.line}`),
    esc(f.kind),
    code(f.sink) + (f.via.length > 0 ? ` via ${f.via.map(code).join(' → ')}` : ''),
    esc(f.recipient ?? ''),
    esc(`${f.level}${f.categories.length > 0 ? ` (${f.categories.join(', ')})` : ''}`),
    code(f.path),
    outcome(f.outcome, f.why),
  ]),
  'flows-table',
)}

<h2 id="recipients">Recipients and subprocessors</h2>
${table(
  ['Recipient', 'Kind', 'Categories received', 'Flows passing', 'Flows blocked', 'Approved in allow'],
  recipientRows.map((r) => [
    esc(r.recipient),
    esc(r.kind),
    esc(r.categories.join(', ')),
    String(r.passes),
    String(r.fails),
    r.approved === null ? '<span class="fails">not listed</span>' : esc(r.approved),
  ]),
  'recipients-table',
)}

<h2 id="inventory">Data inventory</h2>
${table(
  ['Type', 'Field', 'Level', 'Category', 'Mask', 'Retention', 'Description', 'Where'],
  inventory.fields.map((f) => [
    esc(f.type),
    code(f.field),
    esc(f.level),
    esc(f.categories.join(', ')),
    esc(f.mask ?? ''),
    esc(f.retention ?? ''),
    esc(f.description ?? ''),
    esc(`${f.file}:${f.line}`),
  ]),
  'inventory-table',
)}

<h2 id="exceptions">Exceptions register</h2>
${table(
  ['Where', 'Kind', 'Removes', 'Reason', 'Code'],
  exceptions.entries.map((e) => [
    esc(`${e.file}:${e.line}`),
    esc(e.kind),
    esc(
      e.kind === 'eslint-disable'
        ? (e.rules ?? []).join(', ')
        : `${e.level ?? ''}${e.categories && e.categories.length > 0 ? ` (${e.categories.join(', ')})` : ''}`,
    ),
    e.reasonStatus === 'ok'
      ? esc(e.reason ?? '')
      : `<span class="fails">${e.reasonStatus === 'missing' ? 'missing' : 'not static'}</span>`,
    code(e.code),
  ]),
  'exceptions-table',
)}
</body>
</html>
`;
}
