import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
// The body the three sink rules share: find the sink a call is (catalog, user sinks, wrappers,
// the untyped-logger fallback), find what each counted argument carries, report what is above the
// sink's level, with suggestions to mask or declassify.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import ts from 'typescript';
import { assignmentCandidates, argumentIndices, calleeCandidates, specMatches } from '../sinks/match.js';
import { sinkSpecSchema, validateSinkSpec, type CatalogEntry, type SinkSpec } from '../sinks/spec.js';
import { typedServices } from '../util/services.js';
import { isAbove, rank, type Level } from './levels.js';
import { booleanOption, described, levelOption, stringsOption } from '../util/options.js';
import { analyzerFor } from './program.js';
import { isStringType, strongest, type Carried } from './taint.js';
import { hostOf, staticUrl } from './url.js';
import { textOfCallee, type SinkMatch, type SinkMatcher } from './wrappers.js';

/**
 * A recipient approved to receive more than `maxLevel`: a host, or a sink spec, and what it may receive.
 *
 * @example
 * { host: 'api.payouts.example', maxLevel: 'restricted', categories: ['payment'] }
 * { from: 'package', package: '@sentry/*', maxLevel: 'confidential' }
 */
export interface AllowEntry extends Partial<SinkSpec> {
  /** The host requests go to (`api.payouts.example`); subdomains included. */
  readonly host?: string;
  /** The highest level this recipient may receive. */
  readonly maxLevel: Level;
  /** The categories it may receive at levels above the rule's `maxLevel`; all when omitted. */
  readonly categories?: readonly string[];
}

/**
 * The options of the sink rules (`no-classified-logging`, `-export`, `-third-party`).
 *
 * @example
 * { maxLevel: 'internal', sinks: [{ from: 'package', package: '@acme/logger', name: 'Logger.info' }] }
 */
export interface SinkRuleOptions {
  readonly maxLevel?: Level;
  readonly sinks?: readonly SinkSpec[];
  readonly checkUntypedLoggers?: boolean;
  readonly untypedLoggerNames?: readonly string[];
  readonly allow?: readonly AllowEntry[];
}

export type SinkMessageIds = 'classified' | 'suggestMask' | 'suggestDeclassify';

/** The suggestions every sink rule offers. */
export const suggestionMessages = {
  suggestMask: 'Mask it with `{{masker}}()`.',
  suggestDeclassify: 'Declassify it with `declassify(…, reason)`, then write the reason.',
} as const;

export interface SinkRuleSetup {
  readonly rule: string;
  readonly catalog: readonly CatalogEntry[];
  /** The logging rule's fallback for untyped receivers named like loggers. */
  readonly untypedFallback: boolean;
}

const MASKERS: ReadonlyArray<[RegExp, string]> = [
  [/e-?mail/i, 'maskEmail'],
  [/phone|mobile|tel\b/i, 'maskPhone'],
  [/card|\bpan\b/i, 'maskCard'],
];

function maskerFor(path: string): string {
  return MASKERS.find(([re]) => re.test(path))?.[1] ?? 'redactString';
}

function categoryText(c: Carried): string {
  return c.categories.length > 0 ? ` (${[...c.categories].sort().join(', ')})` : '';
}

function hostMatches(wanted: string, actual: string): boolean {
  const w = wanted.toLowerCase();
  return actual === w || actual.endsWith(`.${w}`);
}

/** Checks the options every sink rule shares; each message names the option. */
function checkSinkRuleOptions(rule: string, options: SinkRuleOptions): void {
  const sinksOption: unknown = options.sinks;
  const allowOption: unknown = options.allow;
  if (sinksOption !== undefined && !Array.isArray(sinksOption)) {
    throw new Error(`@classified/${rule}: option \`sinks\` must be an array of sink specs; got ${JSON.stringify(sinksOption)}.`);
  }
  if (allowOption !== undefined && !Array.isArray(allowOption)) {
    throw new Error(`@classified/${rule}: option \`allow\` must be an array of approved recipients; got ${JSON.stringify(allowOption)}.`);
  }
  (options.sinks ?? []).forEach((spec, i) => validateSinkSpec(spec, `@classified/${rule}: option \`sinks[${i}]\``));
  (options.allow ?? []).forEach((entry, i) => {
    const where = `allow[${i}]`;
    if (entry.host === undefined && entry.from === undefined) {
      throw new Error(`@classified/${rule}: option \`${where}\` needs \`host\`, or a sink spec (\`from\`, \`name\` …) naming the approved recipient.`);
    }
    if (entry.from !== undefined) validateSinkSpec(entry as SinkSpec, `@classified/${rule}: option \`${where}\``, false);
    if (entry.host !== undefined && (typeof entry.host !== 'string' || entry.host === '')) {
      throw new Error(`@classified/${rule}: option \`${where}.host\` must be a host name such as 'api.payouts.example'; got ${JSON.stringify(entry.host)}.`);
    }
    if (entry.categories !== undefined) stringsOption(rule, `${where}.categories`, entry.categories, []);
    if (entry.maxLevel === undefined) {
      throw new Error(`@classified/${rule}: option \`${where}\` needs \`maxLevel\`, the highest level this recipient may receive.`);
    }
    levelOption(rule, `${where}.maxLevel`, entry.maxLevel, 'restricted');
  });
}

/** Builds the listeners of a sink rule. */
export function sinkRuleListeners(
  context: Readonly<TSESLint.RuleContext<SinkMessageIds, readonly [SinkRuleOptions]>>,
  options: SinkRuleOptions,
  setup: SinkRuleSetup,
): TSESLint.RuleListener {
  const services = typedServices(context, setup.rule);
  const program = services.program;
  const checker = program.getTypeChecker();
  const analyzer = analyzerFor(program);
  const maxLevel = levelOption(setup.rule, 'maxLevel', options.maxLevel, 'confidential');
  checkSinkRuleOptions(setup.rule, options);
  const userSinks = options.sinks ?? [];
  const specs: readonly SinkSpec[] = [...userSinks, ...setup.catalog];
  const rootDir = program.getCurrentDirectory();
  const untypedNames = new Set(stringsOption(setup.rule, 'untypedLoggerNames', options.untypedLoggerNames, ['logger', 'log']));
  const checkUntyped = setup.untypedFallback && booleanOption(setup.rule, 'checkUntypedLoggers', options.checkUntypedLoggers, true);

  const matcher: SinkMatcher = {
    key: `${setup.rule}:${JSON.stringify(options.sinks ?? [])}:${String(checkUntyped)}:${[...untypedNames].join(',')}`,
    match(node): SinkMatch | undefined {
      const count = node.arguments?.length ?? 0;
      if (count === 0) return undefined;
      const kind = ts.isNewExpression(node) ? 'new' : 'call';
      const candidates = calleeCandidates(node.expression, program, checker);
      const spec = specs.find((s) => (s.kind ?? 'call') === kind && specMatches(s, candidates, rootDir));
      if (spec) return { sink: `${textOfCallee(node)}()`, args: argumentIndices(spec, count) };
      if (checkUntyped && kind === 'call' && ts.isPropertyAccessExpression(node.expression)) {
        const receiver = node.expression.expression;
        const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
        if (name !== undefined && untypedNames.has(name) && checker.getTypeAtLocation(receiver).getFlags() & ts.TypeFlags.Any) {
          return { sink: `${textOfCallee(node)}()`, args: argumentIndices({ from: 'lib', name: '' }, count) };
        }
      }
      return undefined;
    },
  };

  const allowedFor = (call: ts.CallExpression | ts.NewExpression) => {
    const entries = options.allow ?? [];
    if (entries.length === 0) return [];
    let host: string | undefined | null = null;
    const candidates = calleeCandidates(call.expression, program, checker);
    return entries.filter((entry) => {
      if (entry.host !== undefined) {
        if (host === null) {
          const url = staticUrl(call, checker);
          host = url === undefined ? undefined : hostOf(url);
        }
        if (host === undefined || !hostMatches(entry.host, host)) return false;
      }
      return entry.from === undefined || specMatches({ ...entry, from: entry.from, name: entry.name ?? [] }, candidates, rootDir, entry.name === undefined);
    });
  };

  const isAllowed = (carried: Carried, allowed: readonly AllowEntry[]) => {
    if (!isAbove(carried.level, maxLevel)) return true;
    return allowed.some(
      (entry) =>
        !isAbove(carried.level, entry.maxLevel) &&
        (entry.categories === undefined || (carried.allCategories.length > 0 && carried.allCategories.every((c) => entry.categories!.includes(c)))),
    );
  };

  const report = (arg: TSESTree.Node, carried: Carried, sink: string, via: readonly string[]) => {
    const source = context.sourceCode;
    // Suggestions wrap the expression that carries the data, when it is written in this argument.
    const argTs = services.esTreeNodeToTSNodeMap.get(arg);
    const within = carried.node.getSourceFile() === argTs.getSourceFile() && carried.node.getStart() >= argTs.getStart() && carried.node.getEnd() <= argTs.getEnd();
    const target = within ? services.tsNodeToESTreeNodeMap.get(carried.node) : arg;
    const text = source.getText(target);
    const isString = within && isStringType(checker.getTypeAtLocation(carried.node));
    const masker = maskerFor(carried.path);
    const shorthand = target.parent?.type === AST_NODE_TYPES.Property && target.parent.shorthand ? target.parent : undefined;
    const withImport = (fixer: TSESLint.RuleFixer, name: string, replacement: string): TSESLint.RuleFix[] => {
      const fixes = [shorthand ? fixer.replaceText(shorthand, `${text}: ${replacement}`) : fixer.replaceText(target, replacement)];
      const ast = source.ast;
      const existing = ast.body.find(
        (s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === '@classified/core' && s.importKind !== 'type',
      );
      const imported = existing?.specifiers.some((s) => s.type === AST_NODE_TYPES.ImportSpecifier && s.local.name === name);
      if (!imported) {
        const named = existing?.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier) ?? [];
        const last = named[named.length - 1];
        if (existing && last) fixes.push(fixer.insertTextAfter(last, `, ${name}`));
        else fixes.push(fixer.insertTextBeforeRange([0, 0], `import { ${name} } from '@classified/core';\n`));
      }
      return fixes;
    };
    context.report({
      node: arg,
      messageId: 'classified',
      data: {
        path: carried.path,
        level: carried.level,
        category: categoryText(carried),
        sink,
        via: via.length > 0 ? ` through \`${via.join('` → `')}\`` : '',
      },
      suggest: [
        ...(isString
          ? [{ messageId: 'suggestMask' as const, data: { masker }, fix: (fixer: TSESLint.RuleFixer) => withImport(fixer, masker, `${masker}(${text})`) }]
          : []),
        {
          messageId: 'suggestDeclassify' as const,
          fix: (fixer: TSESLint.RuleFixer) =>
            withImport(fixer, 'declassify', `declassify(${text}, 'TODO: say why this data may leave its classification')`),
        },
      ],
    });
  };

  const checkCall = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    if (node.arguments.length === 0) return;
    const call = services.esTreeNodeToTSNodeMap.get(node) as ts.CallExpression | ts.NewExpression;
    // Cheap first: what the arguments carry (cached, shared by the three rules). Most calls carry
    // nothing above the level, and then the callee is never looked up.
    const args = call.arguments ?? [];
    const above = args.map((a) => analyzer.carried(a).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel)));
    if (above.every((list) => list.length === 0)) return;

    const targets: Array<{ index: number; sink: string; via: readonly string[] }> = [];
    const direct = matcher.match(call);
    if (direct) {
      for (const index of direct.args) targets.push({ index, sink: direct.sink, via: [] });
    } else {
      const fn = analyzer.wrappers.functionOfCall(call);
      if (!fn) return;
      const summary = analyzer.wrappers.summarize(fn, matcher, 0);
      const name = `${textOfCallee(call)}()`;
      for (const [index, { rest, hit }] of summary.sinks) {
        const indices = rest ? node.arguments.map((_, i) => i).filter((i) => i >= index) : [index];
        for (const i of indices) targets.push({ index: i, sink: hit.sink, via: [name, ...hit.via] });
      }
    }
    let allowed: readonly AllowEntry[] | undefined;
    const done = new Set<number>();
    for (const { index, sink, via } of targets) {
      const arg = node.arguments[index];
      const carriedHere = above[index];
      if (!arg || !carriedHere || carriedHere.length === 0 || done.has(index)) continue;
      done.add(index);
      allowed ??= allowedFor(call);
      const notAllowed = allowed.length === 0 ? carriedHere : carriedHere.filter((c) => !isAllowed(c, allowed!));
      const carried = strongest(notAllowed, rank);
      if (carried) report(arg, carried, sink, via);
    }
  };

  const assignSpecs = specs.filter((s) => s.kind === 'assign');
  return {
    CallExpression: checkCall,
    NewExpression: checkCall,
    ...(assignSpecs.length > 0 && {
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const target = services.esTreeNodeToTSNodeMap.get(node.left) as ts.PropertyAccessExpression | ts.ElementAccessExpression;
        const candidates = assignmentCandidates(target, program, checker);
        if (!assignSpecs.some((s) => specMatches(s, candidates, rootDir))) return;
        const carried = strongest(analyzer.carried(services.esTreeNodeToTSNodeMap.get(node.right) as ts.Expression), rank);
        if (carried && isAbove(carried.level, maxLevel)) report(node.right, carried, `${source(node.left)} =`, []);
      },
    }),
  };

  function source(node: TSESTree.Node): string {
    const text = context.sourceCode.getText(node);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
}


/** The JSON Schema of the options every sink rule shares. */
export function sinkRuleSchemaProperties(maxLevelDefault: Level): Record<string, JSONSchema4> {
  return {
    maxLevel: described(`The highest level this kind of sink may receive: 'public', 'internal', 'confidential' or 'restricted'. Default \`'${maxLevelDefault}'\`.`),
    sinks: described('Extra sinks of this kind, matched by where the callee is declared (an array of sink specs).', { items: sinkSpecSchema }),
  };
}
