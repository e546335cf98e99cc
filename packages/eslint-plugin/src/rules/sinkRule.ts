import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
// The body the three sink rules share: find the sink a call is (catalog, user sinks, wrappers,
// the untyped-logger fallback), find what each counted argument carries, report what is above the
// sink's level, with suggestions to mask or declassify.
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import ts from '../util/ts.cjs';
import { assignmentCandidates, argumentIndices, calleeCandidates, specMatches } from '../sinks/match.js';
import {
  fromRequires,
  sinkSpecProperties,
  sinkSpecSchema,
  toArray,
  type CatalogEntry,
  type SinkSpec,
} from '../sinks/spec.js';
import { typedServices } from '../util/services.js';
import { isAbove, rank, type Level } from '../analysis/levels.js';
import { booleanSchema, levelSchema, oneOfSchema } from '../util/options.js';
import { analyzerFor } from '../analysis/program.js';
import { Analyzer } from '../analysis/taint.js';
import type { Leaf } from '../analysis/brand.js';
import { isStringType, skipOuter, strongest, type Carried } from '../analysis/taint.js';
import { knownHost, staticUrl } from '../analysis/url.js';
import { textOfCallee, type SinkHit, type SinkMatch, type SinkMatcher } from '../analysis/wrappers.js';
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

export type SinkMessageIds = 'classified' | 'suggestMask' | 'suggestRedact' | 'suggestDeclassify';

/** The suggestions every sink rule offers. */
export const suggestionMessages = {
  suggestMask: 'Mask it with `{{masker}}()`.',
  suggestRedact: 'Redact it with `redactor({{schema}})`: its classified fields are masked or removed.',
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
  /**
   * For a rule whose sinks include return values: the sink a function's `return` reaches (the
   * export rule: a NestJS route handler's response), or `undefined`.
   */
  readonly returnSink?: (
    fn: ts.SignatureDeclaration,
    program: ts.Program,
    checker: ts.TypeChecker,
  ) => string | undefined;
  /** Leaves a returned value does not carry to its sink (class-transformer's `@Exclude()` fields). */
  readonly returnedLeaves?: (carried: Carried, program: ts.Program, checker: ts.TypeChecker) => readonly Leaf[];
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

/** An identifier or a chain of property reads: safe to read twice, and narrowed by `== null`. */
function isPlainReference(node: ts.Node): boolean {
  if (ts.isIdentifier(node) || node.kind === ts.SyntaxKind.ThisKeyword) return true;
  return ts.isPropertyAccessExpression(node) && isPlainReference(node.expression);
}

/**
 * Whether `declassify(value)` keeps a type the sink accepts. Not for a `URL` that carries data only
 * by flow (a classified query parameter; the lib or `@types/node` URL): `Declassified<URL>` is a plain object, no longer a `URL`;
 * there the data is declassified where it enters the URL.
 */
function declassifyKeepsType(type: ts.Type, classified: boolean): boolean {
  if (classified) return true;
  const symbol = type.getSymbol();
  return !(
    symbol?.getName() === 'URL' && symbol.getDeclarations()?.some((d) => d.getSourceFile().isDeclarationFile) === true
  );
}

/**
 * The name of a zod schema in scope at `node` whose output type is the value's type (a `User`
 * parsed with `User.parse`), for a `redactor(User)(value)` suggestion (the value is classified,
 * so the schema has classified fields); the first in scope order wins.
 */
function zodSchemaFor(node: ts.Node, type: ts.Type, program: ts.Program): string | undefined {
  const checker = program.getTypeChecker();
  if (!(type.getFlags() & ts.TypeFlags.Object) || checker.isArrayType(type)) return undefined;
  for (const symbol of checker.getSymbolsInScope(node, ts.SymbolFlags.Variable | ts.SymbolFlags.Alias)) {
    const value = symbol.getFlags() & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = value.valueDeclaration;
    if (!declaration || !(value.getFlags() & ts.SymbolFlags.Variable)) continue;
    // The globals of the TypeScript lib and of `@types/*` (`process`, `console`…) are no schemas: not typed for nothing.
    const file = declaration.getSourceFile();
    if (program.isSourceFileDefaultLibrary(file) || file.fileName.includes('/node_modules/@types/')) continue;
    const schemaType = checker.getTypeOfSymbolAtLocation(value, node);
    const output = schemaType.getProperty('_output');
    if (!output) continue;
    const outputType = checker.getTypeOfSymbolAtLocation(output, node);
    if (
      outputType === type ||
      (checker.isTypeAssignableTo(type, outputType) && checker.isTypeAssignableTo(outputType, type))
    )
      return symbol.getName();
  }
  return undefined;
}

function hostMatches(wanted: string, actual: string): boolean {
  const w = wanted.toLowerCase();
  return actual === w || actual.endsWith(`.${w}`);
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
    (e) =>
      !isAbove(leaf.level, e.maxLevel) &&
      (e.categories === undefined ||
        (leaf.categories.length > 0 && leaf.categories.every((c) => e.categories!.includes(c)))),
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
  /** Whether a property write to `target` is a sink (a spec of kind `assign` matches it). */
  readonly isAssignSink: (target: ts.PropertyAccessExpression | ts.ElementAccessExpression) => boolean;
  readonly rootDir: string;
  /** The `allow` entries that match a sink call (by host or by sink spec). */
  readonly allowedFor: (call: ts.CallExpression | ts.NewExpression | undefined) => readonly AllowEntry[];
  /** The host a sink call sends to, when the URL is static. */
  readonly hostOf: (call: ts.CallExpression | ts.NewExpression | undefined) => string | undefined;
}

/** Builds a sink rule's policy for a program from its options (validated by the rule's schema). */
export function sinkPolicy(program: ts.Program, options: SinkRuleOptions, setup: SinkRuleSetup): SinkPolicy {
  const checker = program.getTypeChecker();
  const maxLevel = options.maxLevel ?? setup.defaultMaxLevel;
  warnUnresolvedPackages(setup.rule, options, program.getCurrentDirectory());
  const analyzer = analyzerFor(program, { propagators: options.propagators, sanitizers: options.sanitizers });
  const userSinks = options.sinks ?? [];
  const specs: readonly SinkSpec[] = [...userSinks, ...setup.catalog];
  const rootDir = program.getCurrentDirectory();
  const untypedNames = new Set(options.untypedLoggerNames ?? ['logger', 'log']);
  const checkUntyped = setup.untypedFallback && (options.checkUntypedLoggers ?? true);

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
        const name = ts.isIdentifier(receiver)
          ? receiver.text
          : ts.isPropertyAccessExpression(receiver)
            ? receiver.name.text
            : undefined;
        if (
          name !== undefined &&
          untypedNames.has(name) &&
          checker.getTypeAtLocation(receiver).getFlags() & ts.TypeFlags.Any
        ) {
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
      return (
        entry.from === undefined ||
        specMatches(
          { ...entry, from: entry.from, name: entry.name ?? [] },
          candidates,
          rootDir,
          entry.name === undefined,
        )
      );
    });
  };

  const assignSpecs = specs.filter((s) => s.kind === 'assign');
  const isAssignSink = (target: ts.PropertyAccessExpression | ts.ElementAccessExpression) => {
    if (assignSpecs.length === 0) return false;
    const candidates = assignmentCandidates(target, program, checker);
    return assignSpecs.some((s) => specMatches(s, candidates, rootDir));
  };
  return { setup, maxLevel, analyzer, matcher, assignSpecs, isAssignSink, rootDir, allowedFor, hostOf };
}

/** Builds the listeners of a sink rule. */
export function sinkRuleListeners(
  context: Readonly<TSESLint.RuleContext<SinkMessageIds, readonly [SinkRuleOptions]>>,
  options: SinkRuleOptions,
  setup: SinkRuleSetup,
): TSESLint.RuleListener {
  const services = typedServices(context, setup.rule);
  if (!services) return {};
  const program = services.program;
  const checker = program.getTypeChecker();
  const { maxLevel, analyzer, matcher, allowedFor, assignSpecs, isAssignSink } = sinkPolicy(program, options, setup);

  const report = (reportOn: ts.Node, carried: Carried, leaves: readonly Leaf[], hit: SinkHit) => {
    const source = context.sourceCode;
    const arg = services.tsNodeToESTreeNodeMap.get(reportOn);
    // Suggestions wrap the expression that carries the data, when it is written in this argument.
    const within =
      carried.node.getSourceFile() === reportOn.getSourceFile() &&
      carried.node.getStart() >= reportOn.getStart() &&
      carried.node.getEnd() <= reportOn.getEnd();
    const target = within ? services.tsNodeToESTreeNodeMap.get(carried.node) : arg;
    const text = source.getText(target);
    const carriedType = within ? checker.getTypeAtLocation(carried.node) : undefined;
    const isString = carriedType !== undefined && isStringType(carriedType);
    // A masker takes a string: an optional value keeps its `undefined` (or `null`), and is read
    // twice, so only a plain reference (`user.phone`) gets that form.
    const nullable =
      carriedType?.isUnion() === true &&
      carriedType.types.some((t) => (t.getFlags() & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
    const masked = (masker: string) =>
      nullable ? `${text} == null ? ${text} : ${masker}(${text})` : `${masker}(${text})`;
    const masker = maskerFor(carried.path);
    // A name the file already imports from elsewhere (a look-alike `maskEmail` of its own) cannot be
    // imported again: no suggestion that would not compile.
    const takenElsewhere = (name: string, from: string) =>
      source.ast.body.some(
        (s) =>
          s.type === AST_NODE_TYPES.ImportDeclaration &&
          s.source.value !== from &&
          s.specifiers.some((spec) => spec.local.name === name),
      );
    const maskable =
      isString && (!nullable || isPlainReference(carried.node)) && !takenElsewhere(masker, '@classified/core');
    const schema =
      within && carriedType !== undefined && !isString ? zodSchemaFor(carried.node, carriedType, program) : undefined;
    const targetType = carriedType ?? checker.getTypeAtLocation(reportOn);
    const declassifiable =
      declassifyKeepsType(targetType, analyzer.brands.classify(targetType) !== undefined) &&
      !takenElsewhere('declassify', '@classified/core');
    const shorthand =
      target.parent?.type === AST_NODE_TYPES.Property && target.parent.shorthand ? target.parent : undefined;
    const withImport = (
      fixer: TSESLint.RuleFixer,
      name: string,
      replacement: string,
      from = '@classified/core',
    ): TSESLint.RuleFix[] => {
      const fixes = [
        shorthand ? fixer.replaceText(shorthand, `${text}: ${replacement}`) : fixer.replaceText(target, replacement),
      ];
      const ast = source.ast;
      const existing = ast.body.find(
        (s): s is TSESTree.ImportDeclaration =>
          s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === from && s.importKind !== 'type',
      );
      const imported = existing?.specifiers.some(
        (s) => s.type === AST_NODE_TYPES.ImportSpecifier && s.local.name === name,
      );
      if (!imported) {
        const named = existing?.specifiers.filter((s) => s.type === AST_NODE_TYPES.ImportSpecifier) ?? [];
        const last = named[named.length - 1];
        if (existing && last) fixes.push(fixer.insertTextAfter(last, `, ${name}`));
        else fixes.push(fixer.insertTextBeforeRange([0, 0], `import { ${name} } from '${from}';\n`));
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
        ...(maskable && leaves.length === 1
          ? [
              {
                messageId: 'suggestMask' as const,
                data: { masker },
                fix: (fixer: TSESLint.RuleFixer) => withImport(fixer, masker, masked(masker)),
              },
            ]
          : []),
        ...(schema !== undefined
          ? [
              {
                messageId: 'suggestRedact' as const,
                data: { schema },
                fix: (fixer: TSESLint.RuleFixer) =>
                  withImport(fixer, 'redactor', `redactor(${schema})(${text})`, '@classified/zod'),
              },
            ]
          : []),
        ...(declassifiable
          ? [
              {
                messageId: 'suggestDeclassify' as const,
                fix: (fixer: TSESLint.RuleFixer) =>
                  withImport(
                    fixer,
                    'declassify',
                    `declassify(${text}, 'TODO: say why this data may leave its classification')`,
                  ),
              },
            ]
          : []),
      ],
    });
  };

  const carriesAbove = (e: ts.Expression) =>
    analyzer.carried(e).some((c) => c.kind === 'data' && isAbove(c.level, maxLevel));
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
      if (!(Analyzer.passesElements(callee) && args.some(isFunctionReference) && carriesAbove(callee.expression)))
        return;
    }
    const found = new Map<ts.Node, { carriers: Carried[]; hit: SinkHit; allowed: readonly AllowEntry[] }>();
    for (const target of analyzer.wrappers.sinkTargets(call, matcher, 0)) {
      const carried = (
        target.path.length === 0 ? analyzer.carried(target.expr) : analyzer.carriersAt(target.expr, target.path)
      ).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel));
      if (carried.length === 0) continue;
      const allowed = allowedFor(target.hit.call);
      const kept = carried.filter((c) => c.leaves.some((l) => !isAllowedLeaf(l, maxLevel, allowed)));
      if (kept.length === 0) continue;
      const entry = found.get(target.reportOn);
      if (entry) entry.carriers.push(...kept);
      else found.set(target.reportOn, { carriers: kept, hit: target.hit, allowed });
    }
    for (const [reportOn, { carriers, hit, allowed }] of found) {
      const carried = strongest(carriers)!;
      const leaves = carried.leaves.filter((l) => !isAllowedLeaf(l, maxLevel, allowed));
      report(reportOn, carried, leaves, hit);
    }
  };

  const returnSink = setup.returnSink;
  const checkReturn = (node: TSESTree.ReturnStatement) => {
    if (!returnSink || !node.argument) return;
    const returned = services.esTreeNodeToTSNodeMap.get(node.argument) as ts.Expression;
    // Cheap first: what the value carries; then whose return it is.
    if (!carriesAbove(returned)) return;
    let fn: ts.Node = returned.parent;
    while (!ts.isSourceFile(fn) && !ts.isFunctionLike(fn)) fn = fn.parent;
    if (!ts.isFunctionLike(fn)) return;
    const sink = returnSink(fn, program, checker);
    if (sink === undefined) return;
    const carried = analyzer
      .carried(returned)
      .filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel));
    const kept = carried
      .map((c) => ({
        c,
        leaves: (setup.returnedLeaves ? setup.returnedLeaves(c, program, checker) : c.leaves).filter((l) =>
          isAbove(l.level, maxLevel),
        ),
      }))
      .filter((k) => k.leaves.length > 0);
    const entry = kept.reduce<(typeof kept)[number] | undefined>(
      (best, k) => (!best || rank(k.c.level) > rank(best.c.level) ? k : best),
      undefined,
    );
    if (entry) report(returned, entry.c, entry.leaves, { sink: `the response of ${sink}`, via: [], call: undefined });
  };

  return {
    CallExpression: checkCall,
    NewExpression: checkCall,
    ...(returnSink && { ReturnStatement: checkReturn }),
    ...(assignSpecs.length > 0 && {
      AssignmentExpression(node: TSESTree.AssignmentExpression) {
        if (node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        const target = services.esTreeNodeToTSNodeMap.get(node.left) as
          ts.PropertyAccessExpression | ts.ElementAccessExpression;
        const right = services.esTreeNodeToTSNodeMap.get(node.right) as ts.Expression;
        if (!carriesAbove(right)) return;
        if (!isAssignSink(target)) return;
        const carried = strongest(
          analyzer.carried(right).filter((c): c is Carried => c.kind === 'data' && isAbove(c.level, maxLevel)),
        );
        if (carried)
          report(
            right,
            carried,
            carried.leaves.filter((l) => isAbove(l.level, maxLevel)),
            { sink: `${source(node.left)} =`, via: [], call: undefined },
          );
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
  const spec = sinkSpecProperties(['call', 'new']);
  return {
    maxLevel: levelSchema(`The highest level this kind of sink may receive. Default \`'${maxLevelDefault}'\`.`),
    sinks: {
      description: 'Extra sinks of this kind, matched by where the callee is declared (sink specs).',
      type: 'array',
      items: sinkSpecSchema,
    },
    propagators: {
      description:
        'Extra propagators of the flow model: a sink spec (without `args`) plus `reaches`, the parts of a call that reach its result.',
      type: 'array',
      items: {
        title: 'PropagatorSpec',
        type: 'object',
        additionalProperties: false,
        required: ['from', 'name', 'reaches'],
        properties: {
          ...spec,
          reaches: {
            description:
              "What reaches the call's result: 'receiver', 'arguments', 'callbacks' or argument indices; `[]` for nothing.",
            type: 'array',
            items: {
              anyOf: [
                { type: 'string', enum: ['receiver', 'arguments', 'callbacks'] },
                { type: 'integer', minimum: 0 },
              ],
            },
          },
        },
        anyOf: fromRequires,
      },
    },
    sanitizers: {
      description:
        'Extra sanitizers: calls whose result no longer carries what went in at its level (a sink spec without `args`, plus `gives`).',
      type: 'array',
      items: {
        title: 'SanitizerSpec',
        type: 'object',
        additionalProperties: false,
        required: ['from', 'name', 'gives'],
        properties: {
          ...spec,
          gives: oneOfSchema("What the result is: 'masked', 'tokenized' or 'declassified'.", [
            'masked',
            'tokenized',
            'declassified',
          ]),
          factory: booleanSchema(
            '`true` when the function makes the sanitizer (as `createTokenizer` does). Default `false`.',
          ),
        },
        anyOf: fromRequires,
      },
    },
  };
}

/** The packages named by sink specs that were already warned about, once per process. */
const warned = new Set<string>();

/**
 * Warns (once per process and rule, with `console.warn`, on stderr) about each package a sink, propagator, sanitizer or allow
 * entry names that cannot be resolved from the linted project: such a spec matches nothing, and a
 * typo there would otherwise be silence. Scoped patterns (`@sentry/*`) are not checked.
 */
function warnUnresolvedPackages(rule: string, options: SinkRuleOptions, rootDir: string): void {
  const entries: ReadonlyArray<Partial<SinkSpec>> = [
    ...(options.sinks ?? []),
    ...(options.propagators ?? []),
    ...(options.sanitizers ?? []),
    ...(options.allow ?? []),
  ];
  for (const entry of entries) {
    for (const name of toArray(entry.package)) {
      if (name.endsWith('*') || warned.has(`${rule}:${name}`)) continue;
      warned.add(`${rule}:${name}`);
      if (!packageResolves(name, rootDir)) {
        console.warn(
          `Warning: @classified/${rule}: no package \`${name}\` can be found from ${rootDir}; the option entries that name it match nothing. Install it, or fix the name.`,
        );
      }
    }
  }
}

/** Whether a package (or its `@types/` package) has a package.json reachable from the directory. */
function packageResolves(name: string, rootDir: string): boolean {
  const require = createRequire(path.join(rootDir, 'package.json'));
  const types = name.startsWith('@') ? `@types/${name.slice(1).replace('/', '__')}` : `@types/${name}`;
  return [name, types].some((n) => {
    try {
      require.resolve(`${n}/package.json`);
      return true;
    } catch {
      // A package whose exports hide package.json still has a directory in a node_modules on the way up.
      for (let dir = rootDir; ; dir = path.dirname(dir)) {
        if (existsSync(path.join(dir, 'node_modules', n, 'package.json'))) return true;
        if (path.dirname(dir) === dir) return false;
      }
    }
  });
}
