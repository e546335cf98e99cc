// What every `classified` subcommand shares: loading the project of a tsconfig, the file names it
// prints, the progress line on a TTY, writing the output, and the usage error (exit code 2).
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from '../util/ts.cjs';

/** A usage or project error: the command prints the message and exits with 2. */
export class UsageError extends Error {}

/** Where a subcommand writes: its output, its messages, and whether a progress line may be drawn. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Draws a progress line (on a TTY only); `undefined` clears it. */
  readonly progress: (text: string | undefined) => void;
}

/** The process's own streams; the progress line only when stderr is a TTY. */
export function processIo(): Io {
  const tty = process.stderr.isTTY === true;
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    progress: (t) => {
      if (!tty) return;
      process.stderr.write(t === undefined ? '\r\x1b[2K' : `\r\x1b[2K${t.length > 100 ? `${t.slice(0, 99)}…` : t}`);
    },
  };
}

/** Loads the program of a tsconfig.json; throws `UsageError` with the compiler's message when it cannot. */
export function loadProgram(tsconfig: string): ts.Program {
  if (!ts.sys.fileExists(tsconfig))
    throw new UsageError(`no tsconfig at ${tsconfig}. Pass --project path/to/tsconfig.json.`);
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new UsageError(`cannot read ${tsconfig}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, host);
  if (!parsed) throw new UsageError(`cannot read ${tsconfig}`);
  const fatal = parsed.errors.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (fatal.length > 0)
    throw new UsageError(
      `cannot load the project ${tsconfig}: ${fatal.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`,
    );
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

/** The project's own source files: not declarations, not dependencies. */
export function projectFiles(program: ts.Program): ts.SourceFile[] {
  return program
    .getSourceFiles()
    .filter(
      (f) =>
        !f.isDeclarationFile && !program.isSourceFileFromExternalLibrary(f) && !f.fileName.includes('/node_modules/'),
    );
}

/** A file name relative to the project's directory, with `/` separators. */
export function relativeTo(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** How the project is named in output: the tsconfig relative to the working directory. */
export function projectName(tsconfig: string): string {
  return path.relative(process.cwd(), path.resolve(tsconfig)).split(path.sep).join('/') || 'tsconfig.json';
}

/** 1-based line and column of a node. */
export function positionOf(node: ts.Node): { line: number; column: number } {
  const file = node.getSourceFile();
  const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
  return { line: line + 1, column: character + 1 };
}

/** Checks `--format` against the formats a subcommand supports. */
export function formatOption<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F): F {
  const format = value ?? fallback;
  if (!(allowed as readonly string[]).includes(format))
    throw new UsageError(`--format must be ${allowed.join(', ')}; got ${format}.`);
  return format as F;
}

/** Writes the output to `--output` (creating nothing but the file) or to stdout. */
export function emit(io: Io, text: string, output: string | undefined): void {
  if (output === undefined) {
    io.out(text);
    return;
  }
  try {
    writeFileSync(output, text);
  } catch (error) {
    throw new UsageError(`cannot write ${output}: ${(error as Error).message}`);
  }
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from a header and rows, CRLF line ends as RFC 4180 says. */
export function csv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  return `${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** A Markdown table cell: pipes escaped, one line. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}
