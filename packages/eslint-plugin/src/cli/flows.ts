// `classified flows`: every place classified data reaches a sink, with the sink rules' own decision
// for the options the user's ESLint config gives each file (`calculateConfigForFile`).
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { flowsInFile, type DataFlow, type SinkKind } from '../analysis/dataFlows.js';
import type { Level } from '../analysis/levels.js';
import { sinkPolicy, type SinkPolicy, type SinkRuleOptions, type SinkRuleSetup } from '../rules/sinkRule.js';
import { exportSetup } from '../rules/no-classified-export.js';
import { loggingSetup } from '../rules/no-classified-logging.js';
import { thirdPartySetup } from '../rules/no-classified-third-party.js';
import {
  cell,
  csv,
  loadProgram,
  positionOf,
  projectFiles,
  projectName,
  relativeTo,
  UsageError,
  type Io,
} from './common.js';

/** The sink rules, the kind of sink each guards, and its setup. */
const SINK_RULES: ReadonlyArray<{ readonly kind: SinkKind; readonly setup: SinkRuleSetup }> = [
  { kind: 'logging', setup: loggingSetup },
  { kind: 'export', setup: exportSetup },
  { kind: 'third-party', setup: thirdPartySetup },
];

/**
 * One flow as the command prints it.
 *
 * @example
 * { kind: 'logging', sink: 'logger.info()', recipient: null, level: 'restricted', categories: ['pii'],
 *   path: 'user.email', file: 'src/app.ts', line: 12, column: 5, outcome: 'passes', why: 'masked', … }
 */
export type FlowRow = Pick<
  DataFlow,
  'kind' | 'rule' | 'sink' | 'via' | 'recipient' | 'level' | 'categories' | 'path' | 'outcome' | 'why'
> & {
  readonly file: string;
  readonly line: number;
  readonly column: number;
};

/** One cell of the summary: a category sent to a recipient, how often, passing and failing. */
export interface FlowSummaryRow {
  readonly category: string;
  /** The host, or the sink itself when the call has no static URL (a logger, a file). */
  readonly recipient: string;
  readonly kind: SinkKind;
  readonly passes: number;
  readonly fails: number;
}

/** What `classified flows` finds in a project. */
export interface FlowsResult {
  readonly project: string;
  readonly flows: readonly FlowRow[];
  readonly summary: readonly FlowSummaryRow[];
  /** The approved recipients the ESLint config lists (`allow` of the sink rules), once each. */
  readonly allow: readonly AllowRow[];
  /** Rules that are off for some files: their sinks are listed as the defaults decide, and named here. */
  readonly notes: readonly string[];
}

/** An approved recipient from the config: the host (or the sink spec, as text), its level and categories. */
export interface AllowRow {
  readonly rule: string;
  readonly recipient: string;
  readonly maxLevel: Level;
  /** `null`: every category. */
  readonly categories: readonly string[] | null;
}

type RuleEntry = unknown;

function ruleSetting(entry: RuleEntry): { on: boolean; options: SinkRuleOptions } {
  const list: readonly unknown[] = Array.isArray(entry) ? (entry as unknown[]) : [entry];
  const severity = list[0];
  const on = !(severity === 0 || severity === 'off' || severity === undefined);
  const options = list[1];
  return { on, options: typeof options === 'object' && options !== null ? options : {} };
}

/** The sink rules' settings for a file, from the user's ESLint config (`undefined` rules are off). */
async function settingsFor(
  eslint: ESLint | undefined,
  file: string,
): Promise<ReadonlyMap<string, { on: boolean; options: SinkRuleOptions }>> {
  const settings = new Map<string, { on: boolean; options: SinkRuleOptions }>();
  const config = eslint
    ? ((await eslint.calculateConfigForFile(file)) as { rules?: Record<string, RuleEntry> } | undefined)
    : undefined;
  for (const { setup } of SINK_RULES) {
    const entry = config?.rules?.[`@classified/${setup.rule}`];
    settings.set(setup.rule, entry === undefined ? { on: eslint === undefined, options: {} } : ruleSetting(entry));
  }
  return settings;
}

/** Groups flows by category × recipient (a flow with no category counts under `(no category)`). */
export function summarize(flows: readonly FlowRow[]): FlowSummaryRow[] {
  const cells = new Map<
    string,
    { category: string; recipient: string; kind: SinkKind; passes: number; fails: number }
  >();
  for (const f of flows) {
    const recipient = f.recipient ?? f.sink;
    for (const category of f.categories.length > 0 ? f.categories : ['(no category)']) {
      const key = `${category}\u0000${recipient}\u0000${f.kind}`;
      const c = cells.get(key) ?? { category, recipient, kind: f.kind, passes: 0, fails: 0 };
      if (f.outcome === 'passes') c.passes++;
      else c.fails++;
      cells.set(key, c);
    }
  }
  return [...cells.values()].sort(
    (a, b) =>
      a.category.localeCompare(b.category) || a.recipient.localeCompare(b.recipient) || a.kind.localeCompare(b.kind),
  );
}

/**
 * Lists the flows of the project of a tsconfig.json, deciding each with the options the ESLint
 * config (found from the tsconfig's directory) gives the sink rules for its file.
 *
 * @example
 * const { flows } = await collectFlows('examples/referral-service/tsconfig.build.json');
 * flows.find((f) => f.recipient === 'api.payouts.example')?.why // => 'approved recipient api.payouts.example for payment'
 */
export async function collectFlows(
  tsconfig: string,
  options: {
    readonly eslintConfig?: boolean;
    readonly onFile?: (file: string, index: number, total: number) => void;
  } = {},
): Promise<FlowsResult> {
  const program = loadProgram(tsconfig);
  const root = path.dirname(path.resolve(tsconfig));
  let eslint: ESLint | undefined;
  if (options.eslintConfig !== false) {
    eslint = new ESLint({ cwd: root });
    const files = projectFiles(program);
    const probe = files[0]?.fileName;
    try {
      if (probe) await eslint.calculateConfigForFile(probe);
    } catch (error) {
      throw new UsageError(`cannot read the ESLint config for ${root}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const policies = new Map<string, SinkPolicy>();
  const policyFor = (setup: SinkRuleSetup, opts: SinkRuleOptions): SinkPolicy => {
    const key = `${setup.rule}:${JSON.stringify(opts)}`;
    let policy = policies.get(key);
    if (!policy) {
      try {
        policies.set(key, (policy = sinkPolicy(program, opts, setup)));
      } catch (error) {
        throw new UsageError(`the ESLint config gives invalid options: ${(error as Error).message}`);
      }
    }
    return policy;
  };
  const rows: FlowRow[] = [];
  const allow = new Map<string, AllowRow>();
  const off = new Set<string>();
  const files = projectFiles(program);
  for (const [index, file] of files.entries()) {
    const rel = relativeTo(root, file.fileName);
    options.onFile?.(rel, index, files.length);
    const settings = await settingsFor(eslint, file.fileName);
    const chosen = SINK_RULES.map(({ kind, setup }) => {
      const s = settings.get(setup.rule)!;
      if (!s.on) off.add(`@classified/${setup.rule} is off for ${rel}`);
      for (const entry of s.on ? (s.options.allow ?? []) : []) {
        const { host, maxLevel, categories, ...spec } = entry;
        const a: AllowRow = {
          rule: setup.rule,
          recipient: host ?? JSON.stringify(spec),
          maxLevel,
          categories: categories ? [...categories] : null,
        };
        allow.set(JSON.stringify(a), a);
      }
      return { kind, policy: policyFor(setup, s.on ? s.options : {}), on: s.on };
    });
    for (const flow of flowsInFile(file, chosen))
      rows.push(row(flow, rel, !chosen.find((c) => c.kind === flow.kind)!.on));
  }
  // By file, then line and column (the program's order of files follows imports); stable within a call.
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
  return {
    project: projectName(tsconfig),
    flows: rows,
    summary: summarize(rows),
    allow: [...allow.values()],
    notes: [...off],
  };
}

function row(flow: DataFlow, file: string, off: boolean): FlowRow {
  const { line, column } = positionOf(flow.node);
  const failsButOff = off && flow.outcome === 'fails';
  return {
    kind: flow.kind,
    rule: flow.rule,
    sink: flow.sink,
    via: flow.via,
    recipient: flow.recipient,
    level: flow.level,
    categories: flow.categories,
    path: flow.path,
    file,
    line,
    column,
    outcome: failsButOff ? 'passes' : flow.outcome,
    why: failsButOff ? `rule off: ${flow.rule}` : flow.why,
  };
}

const levelText = (f: FlowRow) => `${f.level}${f.categories.length > 0 ? ` (${f.categories.join(', ')})` : ''}`;
const sinkText = (f: FlowRow) =>
  `\`${f.sink}\`${f.via.length > 0 ? ` via \`${f.via.join('` → `')}\`` : ''}${f.recipient ? ` → ${f.recipient}` : ''}`;

/** The flows as a Markdown document: one table of flows, then the summary by category × recipient. */
export function flowsMarkdown(result: FlowsResult): string {
  const fails = result.flows.filter((f) => f.outcome === 'fails').length;
  const lines = [
    '# Data flows',
    '',
    `Project: \`${result.project}\`. ${result.flows.length} flow(s), ${fails} blocked.`,
    '',
  ];
  if (result.flows.length > 0) {
    lines.push('| Where | Kind | Sink → recipient | Data | Path | Outcome |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of result.flows) {
      lines.push(
        `| ${f.file}:${f.line} | ${f.kind} | ${cell(sinkText(f))} | ${levelText(f)} | \`${cell(f.path)}\` | ${f.outcome === 'fails' ? '**' : ''}${cell(f.why)}${f.outcome === 'fails' ? '**' : ''} |`,
      );
    }
    lines.push(
      '',
      '## By category and recipient',
      '',
      '| Category | Recipient | Kind | Passes | Blocked |',
      '| --- | --- | --- | ---: | ---: |',
    );
    for (const s of result.summary)
      lines.push(`| ${cell(s.category)} | ${cell(s.recipient)} | ${s.kind} | ${s.passes} | ${s.fails} |`);
  } else {
    lines.push('No classified data reaches a sink.');
  }
  for (const note of result.notes) lines.push('', `Note: ${note}.`);
  return `${lines.join('\n')}\n`;
}

/** The flows as CSV, one row per flow. */
export function flowsCsv(result: FlowsResult): string {
  return csv(
    [
      'file',
      'line',
      'column',
      'kind',
      'rule',
      'sink',
      'via',
      'recipient',
      'level',
      'categories',
      'path',
      'outcome',
      'why',
    ],
    result.flows.map((f) => [
      f.file,
      f.line,
      f.column,
      f.kind,
      f.rule,
      f.sink,
      f.via.join(' > '),
      f.recipient,
      f.level,
      f.categories.join(';'),
      f.path,
      f.outcome,
      f.why,
    ]),
  );
}

/** Prints the progress of a long run on a TTY. */
export function progressFor(io: Io): (file: string, index: number, total: number) => void {
  return (file, index, total) => io.progress(`classified: ${index + 1}/${total} ${file}`);
}
