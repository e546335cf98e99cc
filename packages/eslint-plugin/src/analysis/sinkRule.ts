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
import type { Analyzer } from './taint.js';
import type { Leaf } from './brand.js';
import { isStringType, skipOuter, strongest, type Carried } from './taint.js';
import { knownHost, staticUrl } from './url.js';
import { textOfCallee, type SinkHit, type SinkMatch, type SinkMatcher } from './wrappers.js';
import type { PropagatorSpec } from '../sinks/propagators.js';
import type { SanitizerSpec } from '../sinks/sanitizers.js';

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
  /** Extra propagators of the flow model (which of receiver / arguments / callbacks reach a call's result). */
  readonly propagators?: readonly PropagatorSpec[];
  /** Extra sanitizers: calls whose result no longer carries what went in at its level. */
  readonly sanitizers?: readonly SanitizerSpec[];
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
  /** The rule's default `maxLevel`. */
  readonly defaultMaxLevel: Level;
  /** What the message tells the user to do (credentials are told to remove the field instead). */
  readonly fix: string;
}

/** The masker a suggestion offers, by the name of the field (the path's last segment). */
const MASKERS: ReadonlyArray<[RegExp, string]> = [
  [/e-?mail/i, 'maskEmail'],
  [/phone|mobile|^tel$|^telephone$/i, 'maskPhone'],
  [/card|^pan$/i, 'maskCard'],
];

function maskerFor(path: string): string {
  const field = /([^.[\]?]+)(?:\[\])*$/.exec(path)?.[1] ?? path;
  return MASKERS.find(([re]) => re.test(field))?.[1] ?? 'redactString';
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
  for (const [option, field, allowed] of [
    ['propagators', 'reaches', undefined],
    ['sanitizers', 'gives', ['masked', 'tokenized', 'declassified']],
  ] as const) {
    const list: unknown = options[option];
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`@classified/${rule}: option \`${option}\` must be an array; got ${JSON.stringify(list)}.`);
    list.forEach((entry: unknown, i) => {
      const where = `@classified/${rule}: option \`${option}[${i}]\``;
      if (typeof entry !== 'object' || entry === null) throw new Error(`${where} must be an object such as { from: 'package', package: 'lodash', name: 'get', reaches: [0] }.`);
      const { [field]: value, factory, ...spec } = entry as Record<string, unknown>;
      validateSinkSpec(spec as unknown as SinkSpec, where);
      const ok =
        allowed === undefined
          ? Array.isArray(value) && value.every((r) => r === 'receiver' || r === 'arguments' || r === 'callbacks' || (Number.isInteger(r) && (r as number) >= 0))
          : typeof value === 'string' && (allowed as readonly string[]).includes(value);
      if (!ok) {
        throw new Error(
          `${where.replace(/`$/, `.${field}\``)} must be ${allowed === undefined ? 'an array of "receiver", "arguments", "callbacks" or argument indices' : allowed.map((a) => `'${a}'`).join(', ')}; got ${JSON.stringify(value)}.`,
        );
      }
      if (factory !== undefined && typeof factory !== 'boolean') throw new Error(`${where.replace(/`$/, '.factory`')} must be true or false.`);
    });
  }
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

/** The paths a report names: up to five, then "and N more". */
export function pathsText(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).map((p) => `\`${p}\``);
  const more = paths.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
}

/** What a report tells the user to do: credentials are removed, not masked. */
export function fixText(categories: readonly string[], otherwise: string): string {
  return categories.includes('credential') ? 'Do not send credentials; remove the field.' : otherwise;
}

/**
 * Why a classified leaf may (or may not) reach a sink: the one decision the sink rules and the
 * `classified flows` command share.
 *
 * @example
 * decideLeaf({ path: '.iban', level: 'restricted', categories: ['payment'] }, 'internal', allowed)
 * // => { allowed: true, by: 'recipient', entry: { host: 'api.payouts.example', … } }
 */
export type LeafDecision =
  | { readonly allowed: true; readonly by: 'maxLevel' }
  | { readonly allowed: true; readonly by: 'recipient'; readonly entry: AllowEntry }
  | { readonly allowed: false };

/** Decides one leaf against a sink's `maxLevel` and the approved recipients of the call. */
export function decideLeaf(leaf: Leaf, maxLevel: Level, allowed: readonly AllowEntry[]): LeafDecision {
  if (!isAbove(leaf.level, maxLevel)) return { allowed: true, by: 'maxLevel' };
  const entry = allowed.find(
    (e) => !isAbove(leaf.level, e.maxLevel) && (e.categories === undefined || (leaf.categories.length > 0 && leaf.categories.every((c) => e.categories!.includes(c)))),
  );
  return entry ? { allowed: true, by: 'recipient', entry } : { allowed: false };
}

function isAllowedLeaf(leaf: Leaf, maxLevel: Level, allowed: readonly AllowEntry[]): boolean {
  return decideLeaf(leaf, maxLevel, allowed).allowed;
}

/**
 * A sink rule's policy for one program: its `maxLevel`, the sink matcher (catalog, user sinks,
 * untyped loggers), the approved recipients of a call, and the flow analyzer. Built once from the
 * options; `sinkRuleListeners` and `classified flows` both decide with it.
 *
 * @example
 * const policy = sinkPolicy(program, { allow: [{ host: 'api.payouts.example', maxLevel: 'restricted' }] }, thirdPartySetup);
 * policy.analyzer.wrappers.sinkTargets(call, policy.matcher, 0); // => what the call sends, and where
 */
export interface SinkPolicy {
  readonly setup: SinkRuleSetup;
  readonly maxLevel: Level;
  readonly analyzer: Analyzer;
  readonly matcher: SinkMatcher;
  /** The sink specs of kind `assign` (property writes that are sinks). */
  readonly assignSpecs: readonly SinkSpec[];
  readonly rootDir: string;
  /** The `allow` entries that match a sink call (by host or by sink spec). */
  readonly allowedFor: (call: ts.CallExpression | ts.NewExpression | undefined) => readonly AllowEntry[];
  /** The host a sink call sends to, when the URL is static. */
  readonly hostOf: (call: ts.CallExpression | ts.NewExpression | undefined) => string | undefined;
}

/** Builds a sink rule's policy for a program from its options; throws on invalid options, naming the option. */
export function sinkPolicy(program: ts.Program, options: SinkRuleOptions, setup: SinkRuleSetup): SinkPolicy {
  const checker = program.getTypeChecker();
  const maxLevel = levelOption(setup.rule, 'maxLevel', options.maxLevel, setup.defaultMaxLevel);
  checkSinkRuleOptions(setup.rule, options);
  const analyzer = analyzerFor(program, { propagators: options.propagators, sanitizers: options.sanitizers });
  const userSinks = options.sinks ?? [];
  const specs: readonly SinkSpec[] = [...userSinks, ...setup.catalog];
  const rootDir = program.getCurrentDirectory();
  const untypedNames = new Set(stringsOption(setup.rule, 'untypedLoggerNames', options.untypedLoggerNames, ['logger', 'log']));
  const checkUntyped = setup.untypedFallback && booleanOption(setup.rule, 'checkUntypedLoggers', options.checkUntypedLoggers, true);

  const matcher: SinkMatcher = {
    key: `${setup.rule}:${JSON.stringify(options.sinks ?? [])}:${String(checkUntyped)}:${[...untypedNames].join(',')}`,
    match(callee, kind, count): SinkMatch | undefined {
      if (count === 0) return undefined;
      const candidates = calleeCandidates(callee, program, checker);
      const spec = specs.find((s) => (s.kind ?? 'call') === kind && specMatches(s, candidates, rootDir));
      if (spec) return { sink: `${textOfCallee(callee)}()`, args: argumentIndices(spec, count) };
      const e = skipOuter(callee);
      if (checkUntyped && kind === 'call' && ts.isPropertyAccessExpression(e)) {
        const receiver = e.expression;
        const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
        if (name !== undefined && untypedNames.has(name) && checker.getTypeAtLocation(receiver).getFlags() & ts.TypeFlags.Any) {
          return { sink: `${textOfCallee(callee)}()`, args: argumentIndices({ from: 'lib', name: '' }, count) };
        }
      }
      return undefined;
    },
  };

  const hosts = new WeakMap<ts.Node, string | undefined>();
  const hostOf = (call: ts.CallExpression | ts.NewExpression | undefined): string | undefined => {
    if (!call) return undefined;
    if (!hosts.has(call)) hosts.set(call, knownHost(staticUrl(call, checker)));
    return hosts.get(call);
  };

  const allowedFor = (call: ts.CallExpression | ts.NewExpression | undefined): readonly AllowEntry[] => {
    const entries = options.allow ?? [];
    if (entries.length === 0 || !call) return [];
    const candidates = calleeCandidates(call.expression, program, checker);
    return entries.filter((entry) => {
      if (entry.host !== undefined) {
        const host = hostOf(call);
        if (host === undefined || !hostMatches(entry.host, host)) return false;
      }
      return entry.from === undefined || specMatches({ ...entry, from: entry.from, name: entry.name ?? [] }, candidates, rootDir, entry.name === undefined);
    });
  };

  return { setup, maxLevel, analyzer, matcher, assignSpecs: specs.filter((s) => s.kind === 'assign'), rootDir, allowedFor, hostOf };
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
  const { maxLevel, analyzer, matcher, allowedFor, assignSpecs, rootDir } = sinkPolicy(program, options, setup);

  const report = (reportOn: ts.Node, carried: Carried, leaves: readonly Leaf[], hit: SinkHit) => {
    const source = context.sourceCode;
    const arg = services.tsNodeToESTreeNodeMap.get(reportOn);
    // Suggestions wrap the expression that carries the data, when it is written in this argument.
    const within =
      carried.node.getSourceFile() === reportOn.getSourceFile() && carried.node.getStart() >= reportOn.getStart() && carried.node.getEnd() <= reportOn.getEnd();
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
    let level: Level = 'public';
    for (const leaf of leaves) if (rank(leaf.level) > rank(level)) level = leaf.level;
    const categories = [...new Set(leaves.filter((l) => l.level === level).flatMap((l) => l.categories))].sort();
    context.report({
      node: arg,
      messageId: 'classified',
      data: {
        paths: pathsText(leaves.map((l) => l.path)),
        level,
        category: categories.length > 0 ? ` (${categories.join(', ')})` : '',
        sink: hit.sink,
        via: hit.via.length > 0 ? ` through \`${hit.via.join('` → `')}\`` : '',
        fix: fixText(categories, setup.fix),
      },
      suggest: [
        ...(isString && leaves.length === 1
          ? [{ messageId: 'suggestMask' as const, data: { masker }, fix: (fixer: TSESLint.RuleFixer) => withImport(fixer, masker, `${masker}(${text})`) }]
          : []),
        {
          messageId: 'suggestDeclassify' as const,
          fix: (fixer: TSESLint.RuleFixer) => withImport(fixer, 'declassify', `declassify(${text}, 'TODO: say why this data may leave its classification')`),
        },
      ],
    });
  };

  const carriesAbove = (e: ts.Expression) => analyzer.carried(e).some((c) => c.kind === 'data' && isAbove(c.level, maxLevel));
  const isFunctionReference = (e: ts.Expression) => {
    const s = skipOuter(e);
    return ts.isIdentifier(s) || ts.isPropertyAccessExpression(s);
  };

  const checkCall = (node: TSESTree.CallExpression | TSESTree.NewExpression) => {
    if (node.arguments.length === 0) return;
    const call = services.esTreeNodeToTSNodeMap.get(node) as ts.CallExpression | ts.NewExpression;
    // Cheap first: what the arguments carry (cached, shared by the rules). Most calls carry
    // nothing above the level, and then the callee is never looked up. A call given a function
    // reference (`users.forEach(console.log)`) also counts what its receiver carries.
    const args = call.arguments ?? [];
    if (!args.some(carriesAbove)) {
      const callee = skipOuter(call.expression);
      if (!(ts.isPropertyAccessExpression(callee) && args.some(isFunctionReference) && carriesAbove(callee.expression))) return;
    }
    const found = new Map<ts.Node, { carriers: Carried[]; hit: SinkHit }>();
    for (const target of analyzer.wrappers.sinkTargets(call, matcher, 0)) {
      const carried = (target.path.length === 0 ? analyzer.carried(target.expr) : analyzer.carriersAt(target.expr, target.path)).filter(
        (c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel),
      );
      if (carried.length === 0) continue;
      const allowed = allowedFor(target.hit.call);
      const kept = carried.filter((c) => c.leaves.some((l) => !isAllowedLeaf(l, maxLevel, allowed)));
      if (kept.length === 0) continue;
      const entry = found.get(target.reportOn);
      if (entry) entry.carriers.push(...kept);
      else found.set(target.reportOn, { carriers: kept, hit: target.hit });
    }
    for (const [reportOn, { carriers, hit }] of found) {
      const carried = strongest(carriers)!;
      const allowed = allowedFor(hit.call);
      const leaves = carried.leaves.filter((l) => !isAllowedLeaf(l, maxLevel, allowed));
      report(reportOn, carried, leaves, hit);
    }
  };

  return {
    CallExpression: checkCall,
    NewExpression: checkCall,
    ...(assignSpecs.length > 0 && {
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const target = services.esTreeNodeToTSNodeMap.get(node.left) as ts.PropertyAccessExpression | ts.ElementAccessExpression;
        const right = services.esTreeNodeToTSNodeMap.get(node.right) as ts.Expression;
        if (!carriesAbove(right)) return;
        const candidates = assignmentCandidates(target, program, checker);
        if (!assignSpecs.some((s) => specMatches(s, candidates, rootDir))) return;
        const carried = strongest(analyzer.carried(right).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel)));
        if (carried) report(right, carried, carried.leaves.filter((l) => isAbove(l.level, maxLevel)), { sink: `${source(node.left)} =`, via: [], call: undefined });
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
    propagators: described(
      'Extra propagators of the flow model (an array): a sink spec without `args`/`kind: "assign"`, plus `reaches`, the parts of a call that reach its result: "receiver", "arguments", "callbacks" or argument indices; `[]` for none.',
    ),
    sanitizers: described('Extra sanitizers (an array): a sink spec plus `gives`: "masked", "tokenized" or "declassified"; `factory: true` when the function makes the sanitizer.'),
  };
}
