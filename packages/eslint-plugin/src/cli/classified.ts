#!/usr/bin/env node
// classified: the data map of a project. `exceptions` (the register `classified-audit` prints),
// `flows` (where classified data reaches a sink, allowed or not), `inventory` (every classified
// field, from the types) and `report` (all of it as one HTML page).
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { audit, toMarkdown, type AuditResult } from './audit.js';
import { csv, emit, formatOption, processIo, UsageError, type Io } from './common.js';
import { collectFlows, flowsCsv, flowsMarkdown, progressFor } from './flows.js';
import { collectInventory, inventoryCsv, inventoryTable } from './inventory.js';
import { reportHtml } from './report.js';

const USAGE = `Usage: classified <command> [--project tsconfig.json] [--format markdown|json|csv] [--output file]

Commands:
  exceptions  The exceptions register: declassify / reclassify / unseal calls and eslint-disable
              comments naming a @classified rule. --fail-on-missing-reason exits 1 when one has no
              static reason. (classified-audit is the same command.)
  flows       Every place classified data reaches a logger, an export or a third party, allowed or
              not, decided by the sink rules with the options of your ESLint config.
              --fail-on-blocked exits 1 when a flow is blocked.
  inventory   Every classified field of the program, read from the types, with zod metadata.
  report      One self-contained HTML page: inventory, flows, recipients, exceptions.
              --output is required (report.html).

Exit codes: 0 ok, 1 findings asked for by a --fail-on-… flag, 2 usage or project errors.`;

const COMMANDS = ['exceptions', 'flows', 'inventory', 'report'] as const;
type Command = (typeof COMMANDS)[number];

interface Values {
  project?: string;
  format?: string;
  output?: string;
  'fail-on-missing-reason'?: boolean;
  'fail-on-blocked'?: boolean;
  help?: boolean;
}

/** The exceptions register as CSV. */
function exceptionsCsv(result: AuditResult): string {
  return csv(
    ['file', 'line', 'column', 'kind', 'level', 'categories', 'to', 'rules', 'reason', 'reasonStatus', 'code'],
    result.entries.map((e) => [
      e.file,
      e.line,
      e.column,
      e.kind,
      e.level,
      (e.categories ?? []).join(';'),
      e.to,
      (e.rules ?? []).join(';'),
      e.reason,
      e.reasonStatus,
      e.code,
    ]),
  );
}

const missingReasons = (result: AuditResult) =>
  result.entries.filter(
    (e) => e.reasonStatus !== 'ok' && !(e.kind === 'reclassify' && e.lowers === false && e.reasonStatus === 'missing'),
  ).length;

async function run(command: Command, values: Values, io: Io): Promise<number> {
  const tsconfig = path.resolve(values.project ?? 'tsconfig.json');
  const progress = progressFor(io);
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  switch (command) {
    case 'exceptions': {
      const format = formatOption(values.format, ['markdown', 'json', 'csv'], 'markdown');
      const result = loadAudit(tsconfig);
      emit(
        io,
        format === 'json' ? json(result) : format === 'csv' ? exceptionsCsv(result) : toMarkdown(result),
        values.output,
      );
      const missing = missingReasons(result);
      if (values['fail-on-missing-reason'] && missing > 0) {
        io.err(`classified exceptions: ${missing} exception(s) without a static reason.\n`);
        return 1;
      }
      return 0;
    }
    case 'flows': {
      const format = formatOption(values.format, ['markdown', 'json', 'csv'], 'markdown');
      const result = await collectFlows(tsconfig, { onFile: progress });
      io.progress(undefined);
      emit(
        io,
        format === 'json' ? json(result) : format === 'csv' ? flowsCsv(result) : flowsMarkdown(result),
        values.output,
      );
      const blocked = result.flows.filter((f) => f.outcome === 'fails').length;
      if (values['fail-on-blocked'] && blocked > 0) {
        io.err(`classified flows: ${blocked} flow(s) blocked by the sink rules.\n`);
        return 1;
      }
      return 0;
    }
    case 'inventory': {
      const format = formatOption(values.format, ['markdown', 'json', 'csv'], 'markdown');
      const result = collectInventory(tsconfig, progress);
      io.progress(undefined);
      emit(
        io,
        format === 'json' ? json(result) : format === 'csv' ? inventoryCsv(result) : inventoryTable(result),
        values.output,
      );
      return 0;
    }
    case 'report': {
      formatOption(values.format, ['html'], 'html');
      if (values.output === undefined)
        throw new UsageError('report needs --output, the HTML file to write (report.html).');
      io.progress('classified: reading the inventory…');
      const inventory = collectInventory(tsconfig);
      const flows = await collectFlows(tsconfig, { onFile: progress });
      io.progress('classified: reading the exceptions…');
      const exceptions = loadAudit(tsconfig);
      io.progress(undefined);
      emit(io, reportHtml({ inventory, flows, exceptions }), values.output);
      io.err(
        `classified report: wrote ${values.output} (${inventory.fields.length} fields, ${flows.flows.length} flows, ${exceptions.entries.length} exceptions).\n`,
      );
      return 0;
    }
  }
}

function loadAudit(tsconfig: string): AuditResult {
  if (!path.isAbsolute(tsconfig) || !fileExists(tsconfig))
    throw new UsageError(`no tsconfig at ${tsconfig}. Pass --project path/to/tsconfig.json.`);
  try {
    return audit(tsconfig);
  } catch (error) {
    throw new UsageError(`cannot load the project ${tsconfig}: ${(error as Error).message}`);
  }
}

function fileExists(file: string): boolean {
  try {
    return realpathSync(file) !== '';
  } catch {
    return false;
  }
}

/**
 * Runs `classified` with its arguments; resolves to the exit code.
 *
 * @example
 * await main(['flows', '--project', 'examples/referral-service/tsconfig.build.json', '--format', 'json']) // => 0
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.err : io.out)(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    io.err(`classified: unknown command ${JSON.stringify(command)}.\n\n${USAGE}\n`);
    return 2;
  }
  let values: Values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        project: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on-missing-reason': { type: 'boolean' },
        'fail-on-blocked': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`classified ${command}: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (values['fail-on-blocked'] && command !== 'flows') {
    io.err(`classified ${command}: --fail-on-blocked belongs to \`classified flows\`.\n`);
    return 2;
  }
  if (values['fail-on-missing-reason'] && command !== 'exceptions') {
    io.err(`classified ${command}: --fail-on-missing-reason belongs to \`classified exceptions\`.\n`);
    return 2;
  }
  try {
    return await run(command as Command, values, io);
  } catch (error) {
    io.progress(undefined);
    if (error instanceof UsageError) {
      io.err(`classified ${command}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// Run when executed as the bin (not when imported by the tests).
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`classified: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
