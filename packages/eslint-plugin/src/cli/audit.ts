#!/usr/bin/env node
// classified-audit: the exceptions register. Lists every declassify / reclassify / unseal call and
// every eslint-disable comment that names a @classified rule, with file:line, the reason, and the
// level and categories the call removes (read from the types), as Markdown or JSON.
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ts from '../util/ts.cjs';
import { BrandDetector } from '../analysis/brand.js';
import { coreCallee } from '../analysis/core.js';
import { isAbove, LEVELS, type Level } from '../analysis/levels.js';
import { staticReason } from '../rules/require-declassify-reason.js';
import { reasonPolicy } from '../util/reasonPolicy.js';
import { readSuppressions, reasonPolicyFromESLint, type PolicySource, type Suppression } from './eslintProject.js';

/** One exception in the register. */
export interface AuditEntry {
  readonly kind: 'declassify' | 'reclassify' | 'unseal' | 'eslint-disable' | 'eslint-suppression';
  /** Relative to the project's directory, with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The reason as written, or `null` when there is none or it is not static. */
  readonly reason: string | null;
  /**
   * `missing`, `not-static` (a variable, a template with expressions), `rejected` (static, but the
   * reason policy rejects it: see `reasonProblem`), `suppressed` (a bulk suppression: no reason
   * is recorded) or `ok`.
   */
  readonly reasonStatus: 'ok' | 'missing' | 'not-static' | 'rejected' | 'suppressed';
  /** Why the policy rejects the reason, as `require-declassify-reason` says it. */
  readonly reasonProblem?: string;
  /** The level the call removes (the value's level), for the three calls; absent when the value was not classified. */
  readonly level?: Level;
  /** The categories at that level. */
  readonly categories?: readonly string[];
  /** For `reclassify`: the new level, and whether it lowers. */
  readonly to?: Level | null;
  readonly lowers?: boolean;
  /** For `eslint-disable` and `eslint-suppression`: the @classified rules it names. */
  readonly rules?: readonly string[];
  /** For `eslint-suppression`: how many findings of the rule the file holds. */
  readonly count?: number;
  /** The source text of the call or comment, shortened. */
  readonly code: string;
}

export interface AuditResult {
  readonly project: string;
  /** The ESLint config the reason policy was read from, or `null` for the defaults. */
  readonly policyFrom: string | null;
  readonly entries: readonly AuditEntry[];
}

const REASON_INDEX: Readonly<Record<string, number>> = { declassify: 1, reclassify: 2, unseal: 1 };
const DIRECTIVE = /^\s*eslint-disable(?:-next-line|-line)?\b([^]*)$/;

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}

const isJsxElementOrFragment = (node: ts.Node | undefined): boolean =>
  node !== undefined && (node.kind === ts.SyntaxKind.JsxElement || node.kind === ts.SyntaxKind.JsxFragment);

/** Whether what follows a token can be trivia: in JSX, what follows the `>` or `}` before a child is text. */
function canHaveTrailingTrivia(token: ts.Node): boolean {
  const parent = token.parent;
  if (token.kind === ts.SyntaxKind.CloseBraceToken)
    return parent.kind !== ts.SyntaxKind.JsxExpression || !isJsxElementOrFragment(parent.parent);
  if (token.kind !== ts.SyntaxKind.GreaterThanToken) return true;
  switch (parent.kind) {
    case ts.SyntaxKind.JsxOpeningElement:
      return token.end !== parent.end;
    case ts.SyntaxKind.JsxOpeningFragment:
      return false;
    case ts.SyntaxKind.JsxSelfClosingElement:
      return token.end !== parent.end || !isJsxElementOrFragment(parent.parent);
    case ts.SyntaxKind.JsxClosingElement:
    case ts.SyntaxKind.JsxClosingFragment:
      return !isJsxElementOrFragment(parent.parent?.parent);
    default:
      return true;
  }
}

/**
 * Every comment of a parsed file, in order: the comment ranges in the trivia before and after each
 * of its real tokens. A comment is only ever trivia, so the text of a string, of a template
 * literal (before or after a `${}`), of a regular expression or of JSX is never taken for one.
 */
function commentsOf(file: ts.SourceFile): ts.CommentRange[] {
  const text = file.text;
  const found = new Map<number, ts.CommentRange>();
  const add = (pos: number, end: number, kind: ts.CommentKind) => {
    if (!found.has(pos)) found.set(pos, { pos, end, kind });
  };
  const jsx = file.languageVariant === ts.LanguageVariant.JSX;
  const stack: ts.Node[] = [file];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (ts.isTokenKind(node.kind)) {
      if (node.pos === node.end) continue;
      if (node.kind !== ts.SyntaxKind.JsxText)
        ts.forEachLeadingCommentRange(text, node.pos === 0 ? (ts.getShebang(text) ?? '').length : node.pos, add);
      if (!jsx || canHaveTrailingTrivia(node)) ts.forEachTrailingCommentRange(text, node.end, add);
    } else if (node.kind !== ts.SyntaxKind.JSDoc) {
      // A JSDoc node is the parsed inside of a comment: the comment itself is trivia of the next token.
      const children = node.getChildren(file);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

function loadProgram(tsconfig: string): ts.Program {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, host);
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  const fatal = parsed.errors.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (fatal.length > 0)
    throw new Error(fatal.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
}

/** What the policy says about a static reason, in the words of `require-declassify-reason`. */
function policyText(check: ReturnType<typeof reasonPolicy>, reason: string): string | undefined {
  const problem = check(reason);
  if (problem?.problem === 'placeholder') return `a placeholder (\`${problem.placeholder}\`)`;
  if (problem?.problem === 'tooShort') return `${problem.length} characters; at least ${problem.minLength}`;
  if (problem?.problem === 'patternMismatch') return `does not match \`${problem.pattern}\``;
  return undefined;
}

/**
 * Builds the register for the project of a tsconfig.json: the reasons judged by the reason
 * policy, and the bulk suppressions listed with the other exceptions.
 */
export function audit(
  tsconfig: string,
  policy: PolicySource = { options: {}, from: null },
  suppressions: readonly Suppression[] = [],
): AuditResult {
  const check = reasonPolicy(policy.options);
  const program = loadProgram(tsconfig);
  const checker = program.getTypeChecker();
  const brands = new BrandDetector(program, checker);
  const root = path.dirname(path.resolve(tsconfig));
  const entries: AuditEntry[] = [];
  for (const file of program.getSourceFiles()) {
    if (
      file.isDeclarationFile ||
      program.isSourceFileFromExternalLibrary(file) ||
      file.fileName.includes('/node_modules/')
    )
      continue;
    const rel = path.relative(root, file.fileName).split(path.sep).join('/');
    const position = (pos: number) => {
      const { line, character } = file.getLineAndCharacterOfPosition(pos);
      return { line: line + 1, column: character + 1 };
    };
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const core = coreCallee(node, checker);
        const kind =
          core &&
          ((core.module === 'classify' && (core.name === 'declassify' || core.name === 'reclassify')) ||
            (core.module === 'seal' && core.name === 'unseal'))
            ? (core.name as AuditEntry['kind'])
            : undefined;
        if (kind) {
          const reasonNode = node.arguments[REASON_INDEX[kind]!];
          const reason = staticReason(reasonNode);
          const value = node.arguments[0];
          const found =
            kind === 'unseal'
              ? { level: 'restricted' as Level, allCategories: ['credential'] }
              : value
                ? brands.classify(checker.getTypeAtLocation(value))
                : undefined;
          const level = found?.level ?? 'public';
          const problem = reason === undefined ? undefined : policyText(check, reason);
          let to: Level | null = null;
          if (kind === 'reclassify') {
            const target = staticReason(node.arguments[1]);
            to = target !== undefined && (LEVELS as readonly string[]).includes(target) ? (target as Level) : null;
          }
          entries.push({
            kind,
            file: rel,
            ...position(node.getStart(file)),
            reason: reason?.trim() ?? null,
            reasonStatus:
              reasonNode === undefined
                ? 'missing'
                : reason === undefined
                  ? 'not-static'
                  : problem !== undefined
                    ? 'rejected'
                    : 'ok',
            ...(problem !== undefined && { reasonProblem: problem }),
            ...(found !== undefined && { level }),
            categories: [...(found?.allCategories ?? [])].sort(),
            ...(kind === 'reclassify' && { to, lowers: to === null || isAbove(level, to) }),
            code: short(node.getText(file)),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);

    for (const comment of commentsOf(file)) {
      const raw = file.text.slice(comment.pos, comment.end);
      const body = comment.kind === ts.SyntaxKind.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, -2);
      const match = DIRECTIVE.exec(body);
      if (!match) continue;
      const [list, ...why] = match[1]!.split(/\s--\s?/);
      const rules = (list ?? '')
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r.startsWith('@classified/'));
      // A directive with no rule list disables everything, ours included.
      const all = (list ?? '').trim() === '';
      if (rules.length === 0 && !all) continue;
      const reason = why.join(' -- ').trim();
      entries.push({
        kind: 'eslint-disable',
        file: rel,
        ...position(comment.pos),
        reason: reason === '' ? null : reason,
        reasonStatus: reason === '' ? 'missing' : 'ok',
        rules: all ? ['(all rules)'] : rules,
        code: short(raw),
      });
    }
  }
  for (const { file, rule, count } of suppressions) {
    entries.push({
      kind: 'eslint-suppression',
      file,
      line: 0,
      column: 0,
      reason: null,
      reasonStatus: 'suppressed',
      rules: [rule],
      count,
      code: `eslint-suppressions.json: ${count} finding(s)`,
    });
  }
  entries.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    project: path.relative(process.cwd(), path.resolve(tsconfig)) || 'tsconfig.json',
    policyFrom: policy.from,
    entries,
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The register as a Markdown document. */
export function toMarkdown(result: AuditResult): string {
  const policy =
    result.policyFrom === null
      ? "require-declassify-reason's defaults"
      : `require-declassify-reason's options in \`${result.policyFrom}\``;
  const lines = [
    `# Exceptions register`,
    '',
    `Project: \`${result.project}\`. ${result.entries.length} exception(s). Reasons judged by ${policy}.`,
    '',
  ];
  if (result.entries.length === 0)
    return `${lines.join('\n')}\nNo declassification, unsealing or disabled @classified rule.\n`;
  lines.push('| Where | Kind | Removes | Reason | Code |', '| --- | --- | --- | --- | --- |');
  for (const e of result.entries) {
    const removes =
      e.kind === 'eslint-disable' || e.kind === 'eslint-suppression'
        ? (e.rules ?? []).join(', ')
        : e.level === undefined && e.kind !== 'reclassify'
          ? 'nothing (the value was not classified)'
          : `${e.level ?? 'public'}${e.categories && e.categories.length > 0 ? ` (${e.categories.join(', ')})` : ''}${e.kind === 'reclassify' ? ` → ${e.to ?? '?'}` : ''}`;
    const reason =
      e.reasonStatus === 'ok'
        ? cell(e.reason ?? '')
        : e.reasonStatus === 'rejected'
          ? `**rejected** (${cell(e.reasonProblem ?? '')}): ${cell(e.reason ?? '')}`
          : e.reasonStatus === 'suppressed'
            ? '**suppressed** (legacy baseline)'
            : e.reasonStatus === 'missing'
              ? '**missing**'
              : '**not static**';
    lines.push(
      `| ${e.kind === 'eslint-suppression' ? e.file : `${e.file}:${e.line}`} | ${e.kind} | ${cell(removes)} | ${reason} | \`${cell(e.code).replace(/`/g, "'")}\` |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const USAGE = `Usage: classified-audit [--project tsconfig.json] [--format markdown|json] [--fail-on-missing-reason]

Lists every declassify / reclassify / unseal call, every eslint-disable comment that names a
@classified rule and every @classified finding held in eslint-suppressions.json: file:line, the
reason, and the level and categories removed. Reasons are judged by require-declassify-reason's
options in the project's ESLint config (its defaults without one); --fail-on-missing-reason exits 1
on a reason that is missing, not static or rejected.`;

/** Runs the command; returns the exit code. */
export async function main(
  argv: readonly string[],
  out: (text: string) => void = (t) => process.stdout.write(t),
  err: (text: string) => void = (t) => process.stderr.write(t),
): Promise<number> {
  let values: { project?: string; format?: string; 'fail-on-missing-reason'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        project: { type: 'string', short: 'p' },
        format: { type: 'string', short: 'f' },
        'fail-on-missing-reason': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    err(`classified-audit: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json') {
    err(`classified-audit: --format must be markdown or json, got ${format}.\n`);
    return 2;
  }
  const tsconfig = path.resolve(values.project ?? 'tsconfig.json');
  if (!ts.sys.fileExists(tsconfig)) {
    err(`classified-audit: no tsconfig at ${tsconfig}. Pass --project path/to/tsconfig.json.\n`);
    return 2;
  }
  let result: AuditResult;
  try {
    const root = path.dirname(tsconfig);
    const first = ts.getParsedCommandLineOfConfigFile(
      tsconfig,
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    )?.fileNames[0];
    result = audit(tsconfig, await reasonPolicyFromESLint(root, first), readSuppressions(root));
  } catch (error) {
    err(`classified-audit: cannot load the project ${tsconfig}: ${(error as Error).message}\n`);
    return 2;
  }
  out(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : toMarkdown(result));
  const missing = result.entries.filter(
    (e) =>
      e.reasonStatus !== 'ok' &&
      e.reasonStatus !== 'suppressed' &&
      !(e.kind === 'reclassify' && e.lowers === false && e.reasonStatus === 'missing'),
  );
  if (values['fail-on-missing-reason'] && missing.length > 0) {
    err(`classified-audit: ${missing.length} exception(s) without an accepted static reason.\n`);
    return 1;
  }
  return 0;
}

// Run when executed as the bin (not when imported by the tests).
const invoked = process.argv[1] ? realpathSync(process.argv[1]) : '';
if (invoked === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
