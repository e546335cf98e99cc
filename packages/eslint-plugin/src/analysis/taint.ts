// What an expression carries: the classified data that reaches it through its type, or — where the
// type lost the brand — through templates, concatenation, the propagators of the flow model
// (`sinks/propagators.ts`), local flow, mutations of local objects, and the functions of the
// project it passes through (their summaries, `wrappers.ts`).
import ts from '../util/ts.cjs';
import type { BrandDetector, Leaf } from './brand.js';
import { calleeSymbol, skipOuter } from './core.js';
import { initializerOf, mutationsOf, type Mutation } from './flow.js';
import { rank, type Level } from './levels.js';
import { SpecIndex } from '../sinks/match.js';
import { originOf } from './origin.js';
import { mutators, propagators, type PropagatorSpec } from '../sinks/propagators.js';
import { sanitizers, type Sanitized, type SanitizerSpec } from '../sinks/sanitizers.js';
import { Wrappers } from './wrappers.js';

export { skipOuter } from './core.js';

/** Classified data an expression carries. */
export interface Carried {
  readonly kind: 'data';
  /** The highest level of its leaves. */
  readonly level: Level;
  /** The categories of the value at `path`. */
  readonly categories: readonly string[];
  /** The categories of everything at `level` (what an approved recipient must accept). */
  readonly allCategories: readonly string[];
  /** Where the highest level sits, as the code names it: `user.email`, `orders[].card`. */
  readonly path: string;
  /** Every classified value it holds, with paths as the code names them. */
  readonly leaves: readonly Leaf[];
  /** The expression whose type (or sanitizer) says it (what a suggestion wraps). */
  readonly node: ts.Expression;
}

/** A parameter (or a property of one) of the function being summarised that reaches the expression. */
export interface CarriedParam {
  readonly kind: 'param';
  readonly index: number;
  /** The property path read from it: `[]` for the whole parameter, `['to']` for `mail.to`. */
  readonly path: readonly string[];
  /** A rest parameter: every argument from `index` on. */
  readonly rest: boolean;
}

export type Carrier = Carried | CarriedParam;

/** A parameter being followed while a function's summary is computed. */
export interface ParamRef {
  readonly index: number;
  readonly path: readonly string[];
  readonly rest: boolean;
}

/** The parameters being followed while a function's summary is computed. */
export type ParamScope = ReadonlyMap<ts.Symbol, ParamRef>;

/** Builds a data carrier from leaves whose paths are relative to `base`. */
export function dataCarrier(base: string, leaves: readonly Leaf[], node: ts.Expression): Carried | undefined {
  let top: Leaf | undefined;
  for (const leaf of leaves) if (!top || rank(leaf.level) > rank(top.level)) top = leaf;
  if (!top || top.level === 'public') return undefined;
  const level = top.level;
  const allCategories = [...new Set(leaves.filter((l) => l.level === level).flatMap((l) => l.categories))];
  return {
    kind: 'data',
    level,
    categories: top.categories,
    allCategories,
    path: base + top.path,
    leaves: leaves.map((l) => ({ ...l, path: base + l.path })),
    node,
  };
}

const MAX_TEXT = 40;

/** Short source text of a node, for messages. */
export function textOf(node: ts.Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** Whether a type is text: a string, a string literal, or a branded string (`string & Brand`). */
export function isStringType(type: ts.Type): boolean {
  if (type.getFlags() & ts.TypeFlags.StringLike) return true;
  if (type.getFlags() & ts.TypeFlags.Substitution) return isStringType((type as ts.SubstitutionType).baseType);
  if (type.isIntersection()) return type.types.some((t) => (t.getFlags() & ts.TypeFlags.StringLike) !== 0);
  if (type.isUnion())
    return type.types.every(
      (t) => isStringType(t) || (t.getFlags() & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0,
    );
  return false;
}

/** Types that cannot carry text: numbers and booleans computed from data (a count, a comparison) do not carry it. */
const SCALAR =
  ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Void | ts.TypeFlags.Never;

function isScalar(type: ts.Type): boolean {
  if (type.isUnion())
    return type.types.every((t) => (t.getFlags() & (SCALAR | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  return (type.getFlags() & SCALAR) !== 0;
}

/** Expressions whose type can say more than their parts: values named or produced. */
const TYPED_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression,
  ts.SyntaxKind.CallExpression,
  ts.SyntaxKind.NewExpression,
  ts.SyntaxKind.TaggedTemplateExpression,
  ts.SyntaxKind.AwaitExpression,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.ClassExpression,
  ts.SyntaxKind.YieldExpression,
  ts.SyntaxKind.MetaProperty,
]);

/**
 * Whether an expression could carry data at all, by its syntax alone: literals and literals made
 * of literals cannot. The cheap test that runs before the type checker is asked anything.
 */
export function mayCarry(expr: ts.Expression): boolean {
  const e = skipOuter(expr);
  switch (e.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
      return false;
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (e as ts.ArrayLiteralExpression).elements.some(mayCarry);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return (e as ts.ObjectLiteralExpression).properties.some(
        (p) => !ts.isPropertyAssignment(p) || mayCarry(p.initializer),
      );
    default:
      return true;
  }
}

/** The symbol of the value an identifier refers to (for `{ data }`, the variable `data`, not the property). */
export function valueSymbol(identifier: ts.Identifier, checker: ts.TypeChecker): ts.Symbol | undefined {
  const parent = identifier.parent;
  const symbol =
    parent && ts.isShorthandPropertyAssignment(parent) && parent.name === identifier
      ? checker.getShorthandAssignmentValueSymbol(parent)
      : checker.getSymbolAtLocation(identifier);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The name of a property in an object literal or binding pattern, when it is static. */
export function staticName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (
    ts.isIdentifier(name) ||
    ts.isPrivateIdentifier(name) ||
    ts.isStringLiteral(name) ||
    ts.isNumericLiteral(name) ||
    ts.isNoSubstitutionTemplateLiteral(name)
  )
    return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/** Lib methods whose callback's first parameters receive the receiver's elements (or, for `then`, its value). */
const ELEMENT_CALLBACKS: ReadonlySet<string> = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'find',
  'findLast',
  'findIndex',
  'findLastIndex',
  'some',
  'every',
  'sort',
  'toSorted',
  'then',
]);
const REDUCERS: ReadonlySet<string> = new Set(['reduce', 'reduceRight']);

/** How an expression is named in messages: `user.email`, `users[].email`, never callback source. */
function pathOf(
  expr: ts.Expression,
  names: ReadonlyMap<ts.Symbol, string>,
  checker: ts.TypeChecker,
  depth = 0,
): string {
  const e = skipOuter(expr);
  if (depth > 12) return textOf(e);
  if (ts.isIdentifier(e)) {
    const symbol = valueSymbol(e, checker);
    return (symbol && names.get(symbol)) ?? e.text;
  }
  if (e.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(e))
    return `${pathOf(e.expression, names, checker, depth + 1)}${e.questionDotToken ? '?.' : '.'}${e.name.text}`;
  if (ts.isElementAccessExpression(e)) {
    const key = e.argumentExpression;
    return `${pathOf(e.expression, names, checker, depth + 1)}${ts.isStringLiteralLike(key) ? `['${key.text}']` : ts.isNumericLiteral(key) ? `[${key.text}]` : `[${textOf(key)}]`}`;
  }
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
    const list = e.arguments ?? [];
    const args = list.every((a) => !ts.isArrowFunction(a) && !ts.isFunctionExpression(a))
      ? list.map((a) => textOf(a)).join(', ')
      : '…';
    const callee = ts.isNewExpression(e)
      ? `new ${textOf(e.expression)}`
      : pathOf(e.expression, names, checker, depth + 1);
    const text = `${callee}(${args})`;
    return text.length > MAX_TEXT * 2 ? `${callee}(…)` : text;
  }
  if (ts.isAwaitExpression(e)) return pathOf(e.expression, names, checker, depth + 1);
  return textOf(e);
}

/** A variable the checker types from its assignments (`let x;`, `let xs = [];`): its declared type says nothing. */
function evolving(declaration: ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement): boolean {
  if (!ts.isVariableDeclaration(declaration) || declaration.type) return false;
  const init = declaration.initializer && skipOuter(declaration.initializer);
  return (
    !init ||
    (ts.isArrayLiteralExpression(init) && init.elements.length === 0) ||
    init.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(init) && init.text === 'undefined')
  );
}

/** The names at the root of an expression (`user` of `user.profile`), into `into`. */
function rootNames(e: ts.Node, into: Set<string>): void {
  let at = e;
  while (ts.isPropertyAccessExpression(at) || ts.isElementAccessExpression(at) || ts.isParenthesizedExpression(at))
    at = at.expression;
  if (ts.isIdentifier(at)) into.add(at.text);
}

/** What the conditions of one function test (`Analyzer.#mayWiden`). */
interface Narrowing {
  readonly narrowed: ReadonlySet<string>;
  readonly asserted: ReadonlyMap<string, readonly ts.CallExpression[]>;
}

/** The state of one question: the parameters followed, callback parameters' names, nodes visited. */
interface Ctx {
  readonly params: ParamScope | undefined;
  readonly names: Map<ts.Symbol, string>;
  /** Nodes visited, and the paths asked of each (`''` for the node itself). */
  readonly seen: Map<ts.Node, string[]>;
  depth: number;
}

const MAX_FLOW_DEPTH = 40;

/** The user's additions to the flow model (the sink rules' `propagators` and `sanitizers` options). */
export interface FlowOptions {
  readonly propagators?: readonly PropagatorSpec[] | undefined;
  readonly sanitizers?: readonly SanitizerSpec[] | undefined;
}

/** The flow model of one program: what expressions carry. Shared by every rule and file. */
export class Analyzer {
  readonly wrappers: Wrappers;
  readonly #carried = new WeakMap<ts.Expression, Carrier[]>();
  /** Declared types that stand for every reference of their symbol (`null`: ask the reference). */
  readonly #declared = new WeakMap<ts.Symbol, ts.Type | null>();
  /** Per function (or file): the names its conditions may narrow to another type (`isUser(x)`, `x instanceof C`). */
  readonly #narrowed = new WeakMap<ts.Node, Narrowing>();
  /** Whether a statement call is to an assertion function (`asserts x is User`). */
  readonly #assertion = new WeakMap<ts.CallExpression, boolean>();
  readonly #propagators: SpecIndex<PropagatorSpec>;
  readonly #mutators: SpecIndex<PropagatorSpec>;
  readonly #sanitizers: SpecIndex<SanitizerSpec>;
  readonly #factories: SpecIndex<SanitizerSpec>;

  constructor(
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
    readonly brands: BrandDetector,
    options: FlowOptions = {},
  ) {
    this.#propagators = new SpecIndex([...(options.propagators ?? []), ...propagators], program, checker);
    this.#mutators = new SpecIndex(mutators, program, checker);
    const allSanitizers = [...(options.sanitizers ?? []), ...sanitizers];
    this.#sanitizers = new SpecIndex(
      allSanitizers.filter((s) => !s.factory),
      program,
      checker,
    );
    this.#factories = new SpecIndex(
      allSanitizers.filter((s) => s.factory),
      program,
      checker,
    );
    this.wrappers = new Wrappers(this);
  }

  /** What an expression carries, outside any summary: cached, shared by every rule. */
  carried(expr: ts.Expression): Carrier[] {
    let found = this.#carried.get(expr);
    if (!found) this.#carried.set(expr, (found = mayCarry(expr) ? this.carriers(expr) : []));
    return found;
  }

  /** Everything an expression carries. `params` follows a summarised function's parameters. */
  carriers(expr: ts.Expression, params?: ParamScope): Carrier[] {
    return this.#carriers(expr, { params, names: new Map(), seen: new Map(), depth: 0 });
  }

  /** What the value at `path` inside an expression carries (`['to']`: its property `to`). */
  carriersAt(expr: ts.Expression, path: readonly string[], params?: ParamScope): Carrier[] {
    return this.#at(expr, path, { params, names: new Map(), seen: new Map(), depth: 0 });
  }

  /** Whether a callee is named like a method whose callbacks receive the receiver's elements (syntax only). */
  static passesElements(callee: ts.Expression): callee is ts.PropertyAccessExpression {
    return ts.isPropertyAccessExpression(callee) && ELEMENT_CALLBACKS.has(callee.name.text);
  }

  /** Whether a call is a lib method of the sort `users.forEach(cb)`, whose callbacks receive the receiver's elements. */
  elementCallbackReceiver(call: ts.CallExpression): ts.Expression | undefined {
    const callee = skipOuter(call.expression);
    if (!Analyzer.passesElements(callee)) return undefined;
    return this.isLibCallee(callee) ? callee.expression : undefined;
  }

  /** Whether a callee is declared in the TypeScript lib (`Array.prototype.forEach`, `Function.prototype.call`). */
  isLibCallee(callee: ts.Expression): boolean {
    const decl = calleeSymbol(callee, this.checker)?.declarations?.[0];
    return decl !== undefined && this.program.isSourceFileDefaultLibrary(decl.getSourceFile());
  }

  /**
   * The type of an expression, asked as cheaply as the answer allows. For a variable or parameter
   * that is its declared type, which the checker computes once per symbol; `getTypeAtLocation` on a
   * reference computes the reference's narrowed type anew each time, and for a name inside a call's
   * argument (`logger.info({ event })`) that means resolving the call's overloads first (the
   * contextual type), the largest single cost of the rules. The declared type is used only where
   * narrowing cannot change the answer (`#declaredType`).
   */
  #typeOf(e: ts.Expression): ts.Type {
    if (ts.isIdentifier(e)) {
      const symbol = valueSymbol(e, this.checker);
      const declared = symbol && this.#declaredType(symbol);
      if (declared && !this.#mayWiden(e)) return declared;
    }
    return this.checker.getTypeAtLocation(e);
  }

  /**
   * A variable's or parameter's declared type, when every reference has the same classification:
   * narrowing only removes members of a union (`typeof`, truthiness, `in`, equality), so a type
   * that is not a union, or a union with no classified member, classifies every narrowed reference
   * the same (`email: Restricted<string> | undefined` narrowed by `if (!email)` is not classified:
   * such a union is asked at the reference). `unknown`, `any` and type parameters (classified by their constraint) are
   * narrowed to more only by what `#mayWiden` looks for. Not for variables the checker types from
   * their assignments (`let x;`, `let xs = [];`).
   */
  #declaredType(symbol: ts.Symbol): ts.Type | undefined {
    const cached = this.#declared.get(symbol);
    if (cached !== undefined) return cached ?? undefined;
    let found: ts.Type | null = null;
    const declaration = symbol.valueDeclaration;
    if (
      symbol.flags & ts.SymbolFlags.Variable &&
      declaration &&
      (ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isBindingElement(declaration)) &&
      !evolving(declaration)
    ) {
      const type = this.checker.getTypeOfSymbol(symbol);
      if (!type.isUnion() || type.types.every((t) => this.brands.classify(t) === undefined)) found = type;
    }
    this.#declared.set(symbol, found);
    return found ?? undefined;
  }

  /**
   * Whether a condition may narrow the reference to a type with more in it than declared: it is an
   * argument or the receiver of a call in a condition (a type predicate, `isUser(x)`,
   * `x.isAdmin()`), the left side of
   * `instanceof`, or an argument of an assertion function (`assertIsUser(x);`), in its function or
   * an enclosing one.
   */
  #mayWiden(reference: ts.Identifier): boolean {
    for (let at: ts.Node | undefined = reference.parent; at; at = at.parent) {
      if (!ts.isFunctionLike(at) && !ts.isSourceFile(at)) continue;
      const { narrowed, asserted } = this.#narrowingOf(at);
      if (narrowed.has(reference.text)) return true;
      for (const call of asserted.get(reference.text) ?? []) {
        // Only a call before the reference narrows it (on a loop's next turn, the type joins the declared one).
        if (call.end > reference.pos) continue;
        let asserts = this.#assertion.get(call);
        if (asserts === undefined) {
          const declarations = calleeSymbol(call.expression, this.checker)?.declarations ?? [];
          asserts = declarations.some(
            (d) =>
              ts.isFunctionLike(d) &&
              d.type !== undefined &&
              ts.isTypePredicateNode(d.type) &&
              !!d.type.assertsModifier,
          );
          this.#assertion.set(call, asserts);
        }
        if (asserts) return true;
      }
    }
    return false;
  }

  /** The names the conditions of one function (not of the functions inside it) test, and the statement calls that may assert. */
  #narrowingOf(container: ts.Node): Narrowing {
    let found = this.#narrowed.get(container);
    if (found) return found;
    const narrowed = new Set<string>();
    const asserted = new Map<string, ts.CallExpression[]>();
    const collect = (condition: ts.Node): void => {
      if (ts.isCallExpression(condition)) {
        for (const a of condition.arguments) rootNames(a, narrowed);
        // A `this is Admin` method narrows its receiver: `if (account.isAdmin())`.
        if (ts.isPropertyAccessExpression(condition.expression)) rootNames(condition.expression.expression, narrowed);
      } else if (ts.isBinaryExpression(condition) && condition.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword)
        rootNames(condition.left, narrowed);
      if (!ts.isFunctionLike(condition)) ts.forEachChild(condition, collect);
    };
    const walk = (n: ts.Node): void => {
      if (ts.isFunctionLike(n)) return;
      if (ts.isIfStatement(n) || ts.isWhileStatement(n) || ts.isDoStatement(n)) collect(n.expression);
      else if (ts.isForStatement(n) && n.condition) collect(n.condition);
      else if (ts.isConditionalExpression(n)) collect(n.condition);
      else if (ts.isCaseClause(n)) collect(n.expression);
      else if (
        ts.isBinaryExpression(n) &&
        (n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ||
          n.operatorToken.kind === ts.SyntaxKind.BarBarToken ||
          n.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
      )
        collect(n.left);
      else if (ts.isExpressionStatement(n) && ts.isCallExpression(n.expression)) {
        const names = new Set<string>();
        for (const a of n.expression.arguments) rootNames(a, names);
        for (const name of names) asserted.set(name, [...(asserted.get(name) ?? []), n.expression]);
      }
      ts.forEachChild(n, walk);
    };
    ts.forEachChild(container, walk);
    this.#narrowed.set(container, (found = { narrowed, asserted }));
    return found;
  }

  /** Marks a node (at a path) visited; false when it already was: recursion and repeats stop there. */
  #visit(node: ts.Node, path: readonly string[], ctx: Ctx): boolean {
    if (ctx.depth > MAX_FLOW_DEPTH) return false;
    const key = path.length === 0 ? '' : path.join('.');
    const paths = ctx.seen.get(node);
    if (!paths) ctx.seen.set(node, [key]);
    else if (paths.includes(key)) return false;
    else paths.push(key);
    return true;
  }

  #carriers(expr: ts.Expression, ctx: Ctx): Carrier[] {
    const e = skipOuter(expr);
    if (!this.#visit(e, [], ctx)) return [];
    ctx.depth++;
    try {
      return this.#compute(e, ctx);
    } finally {
      ctx.depth--;
    }
  }

  #compute(e: ts.Expression, ctx: Ctx): Carrier[] {
    const { checker } = this;
    const all = (nodes: readonly ts.Expression[]) => nodes.flatMap((n) => this.#carriers(n, ctx));

    if (ctx.params && ts.isIdentifier(e)) {
      const symbol = valueSymbol(e, checker);
      const ref = symbol && ctx.params.get(symbol);
      if (ref) return [{ kind: 'param', ...ref }];
    }

    // Literals: their parts, so that the message names the field the code wrote.
    if (ts.isArrayLiteralExpression(e)) return all(e.elements.filter((el) => !ts.isOmittedExpression(el)));
    if (ts.isObjectLiteralExpression(e)) return this.#objectLiteral(e, ctx);

    // A sanitizer's result is known without typing the call.
    if (ts.isCallExpression(e)) {
      const sanitized = this.#sanitizer(e);
      if (sanitized === 'declassified') return [];
      if (sanitized) {
        const category = sanitized === 'masked' ? 'masked' : 'token';
        return [
          dataCarrier(pathOf(e, ctx.names, checker), [{ path: '', level: 'internal', categories: [category] }], e)!,
        ];
      }
      // `users.map((u) => u.email)`: what the callbacks return, named from the receiver (`users[].email`).
      const mapped = this.#callbackPropagation(e, ctx);
      if (mapped) return mapped;
    }

    // The type says it: authoritative (a masker's result is Internal, a declassified value plain).
    // Only expressions that name or produce a value are asked: a template, `+`, `?:` or `??` has
    // no type of its own that its parts do not already give.
    const type = TYPED_KINDS.has(e.kind) ? this.#typeOf(e) : undefined;
    const found = type && this.brands.classify(type);
    if (found) return [dataCarrier(pathOf(e, ctx.names, checker), found.leaves, e)].filter((c) => c !== undefined);
    if (type && isScalar(type)) return [];

    if (ts.isIdentifier(e)) return this.#identifier(e, ctx);
    if (ts.isPropertyAccessExpression(e)) {
      // A getter of the project: what it returns (`get contact() { return this.user.email; }`).
      const symbol = checker.getSymbolAtLocation(e.name);
      const getter = symbol?.declarations?.find(ts.isGetAccessorDeclaration);
      if (
        getter?.body &&
        originOf(getter.getSourceFile(), this.program).from === 'file' &&
        !getter.getSourceFile().isDeclarationFile
      ) {
        return this.#returned(getter.body, ctx).filter((c) => c.kind === 'data');
      }
      return this.#at(e.expression, [e.name.text], ctx);
    }
    if (ts.isElementAccessExpression(e)) {
      const key = e.argumentExpression;
      return ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)
        ? this.#at(e.expression, [key.text], ctx)
        : this.#carriers(e.expression, ctx);
    }
    if (ts.isTemplateExpression(e)) return all(e.templateSpans.map((s) => s.expression));
    if (ts.isTaggedTemplateExpression(e)) {
      return ts.isTemplateExpression(e.template) && type && isStringType(type)
        ? all(e.template.templateSpans.map((s) => s.expression))
        : [];
    }
    if (ts.isBinaryExpression(e)) {
      switch (e.operatorToken.kind) {
        case ts.SyntaxKind.PlusToken:
        case ts.SyntaxKind.PlusEqualsToken:
        case ts.SyntaxKind.BarBarToken:
        case ts.SyntaxKind.AmpersandAmpersandToken:
        case ts.SyntaxKind.QuestionQuestionToken:
          return all([e.left, e.right]);
        case ts.SyntaxKind.EqualsToken:
        case ts.SyntaxKind.CommaToken:
        case ts.SyntaxKind.BarBarEqualsToken:
        case ts.SyntaxKind.QuestionQuestionEqualsToken:
          return all([e.right]);
        default:
          return []; // comparisons, arithmetic, `in`, `instanceof`: booleans and numbers
      }
    }
    if (ts.isConditionalExpression(e)) return all([e.whenTrue, e.whenFalse]);
    if (ts.isAwaitExpression(e) || ts.isSpreadElement(e)) return all([e.expression]);
    if (ts.isCallExpression(e) || ts.isNewExpression(e)) return this.#call(e, type, ctx);
    return [];
  }

  /**
   * An object literal carries its properties; a spread carries what its source holds, less the
   * properties written after it (`{ ...user, email: maskEmail(user.email) }` no longer holds
   * `user.email`).
   */
  #objectLiteral(e: ts.ObjectLiteralExpression, ctx: Ctx): Carrier[] {
    const out: Carrier[] = [];
    e.properties.forEach((p, i) => {
      if (ts.isPropertyAssignment(p)) out.push(...this.#carriers(p.initializer, ctx));
      else if (ts.isShorthandPropertyAssignment(p)) out.push(...this.#carriers(p.name, ctx));
      else if (ts.isSpreadAssignment(p)) {
        const overridden = new Set(
          e.properties
            .slice(i + 1)
            .flatMap((q) => (ts.isSpreadAssignment(q) ? [] : [staticName(q.name)]).filter((n) => n !== undefined)),
        );
        for (const c of this.#carriers(p.expression, ctx)) {
          if (c.kind !== 'data' || overridden.size === 0) {
            out.push(c);
            continue;
          }
          const base = pathOf(p.expression, ctx.names, this.checker);
          const kept = c.leaves.filter((l) => {
            const rest = l.path.startsWith(base) ? l.path.slice(base.length) : l.path;
            const first = /^\??\.([^.[?]+)/.exec(rest)?.[1];
            return first === undefined || !overridden.has(first);
          });
          const rebuilt = dataCarrier('', kept, c.node);
          if (rebuilt) out.push(rebuilt);
        }
      }
    });
    return out;
  }

  /** A local: what its initialiser, its `+=` appends and the mutations of it (`params.set(k, v)`) put in it. */
  #identifier(e: ts.Identifier, ctx: Ctx): Carrier[] {
    const { checker } = this;
    const symbol = valueSymbol(e, checker);
    const decl = symbol?.valueDeclaration;
    if (!symbol || !decl) return [];
    // A destructured local (`const { to } = mail`): that property of what it was destructured from.
    if (ts.isBindingElement(decl)) return this.#binding(decl, ctx);
    // A callback's parameter (`users.forEach((u) => …)`): the receiver's elements.
    if (ts.isParameter(decl)) return this.#callbackParameter(decl, ctx);
    // `for (const s of list)`: the list's elements.
    if (
      ts.isVariableDeclaration(decl) &&
      ts.isVariableDeclarationList(decl.parent) &&
      ts.isForOfStatement(decl.parent.parent)
    ) {
      return this.#at(decl.parent.parent.expression, ['[]'], ctx);
    }
    const local = initializerOf(e, checker, symbol);
    if (!local) return [];
    const values = [local.initializer, ...local.appended, ...this.#mutations(symbol, decl).flatMap((m) => m.values)];
    return values.flatMap((v) => this.#carriers(v, ctx));
  }

  /** The writes into a local that store (property writes, and calls the mutator table names). */
  #mutations(symbol: ts.Symbol, decl: ts.Declaration): readonly Mutation[] {
    return mutationsOf(symbol, decl, this.checker).filter(
      (m) => m.call === undefined || this.#mutators.lookup(m.call.expression, 'call') !== undefined,
    );
  }

  /** A name bound by destructuring a `const` or a `for … of`: the property path into its source (and `extra` below it). */
  #binding(element: ts.BindingElement, ctx: Ctx, extra: readonly string[] = []): Carrier[] {
    const path: string[] = [];
    let node: ts.Node = element;
    while (ts.isBindingElement(node)) {
      const pattern: ts.BindingPattern = node.parent;
      if (ts.isObjectBindingPattern(pattern)) {
        if (node.dotDotDotToken) {
          // `{ a, ...rest }`: the rest holds everything else; followed whole.
        } else {
          const name = staticName(node.propertyName ?? node.name);
          if (name === undefined) return [];
          path.unshift(name);
        }
      } else {
        path.unshift('[]');
      }
      node = pattern.parent;
    }
    path.push(...extra);
    if (ts.isVariableDeclaration(node)) {
      const list = node.parent;
      if (ts.isVariableDeclarationList(list) && ts.isForOfStatement(list.parent))
        return this.#at(list.parent.expression, ['[]', ...path], ctx);
      return node.initializer ? this.#at(node.initializer, path, ctx) : [];
    }
    if (ts.isParameter(node)) return this.#callbackParameter(node, ctx, path);
    return [];
  }

  /** A parameter of a callback given to a lib method (`forEach`, `map`, `then`, `reduce`): what the method passes it (at `path` inside it). */
  #callbackParameter(param: ts.ParameterDeclaration, ctx: Ctx, path: readonly string[] = []): Carrier[] {
    const fn = param.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return [];
    const call = fn.parent;
    if (!call || !ts.isCallExpression(call) || !call.arguments.includes(fn)) return [];
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return [];
    const method = callee.name.text;
    const index = fn.parameters.indexOf(param);
    const reducer = REDUCERS.has(method);
    if (!ELEMENT_CALLBACKS.has(method) && !reducer) return [];
    if (!this.isLibCallee(callee)) return [];
    if (reducer) {
      if (index === 0) return call.arguments[1] ? this.#at(call.arguments[1], path, ctx) : [];
      if (index !== 1) return [];
    } else if (index !== 0 && !(method === 'sort' || method === 'toSorted')) return [];
    return this.#at(callee.expression, method === 'then' ? path : ['[]', ...path], ctx);
  }

  /**
   * `users.map((u) => …)`, `.flatMap`, `.reduce`, `.then`: what the callbacks return, with each
   * callback's parameter named after the receiver's elements (`users[]`).
   */
  #callbackPropagation(call: ts.CallExpression, ctx: Ctx): Carrier[] | undefined {
    const callee = skipOuter(call.expression);
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    if (method !== 'map' && method !== 'flatMap' && method !== 'then' && !REDUCERS.has(method)) return undefined;
    const spec = this.#propagators.lookup(call.expression, 'call');
    if (!spec?.reaches.includes('callbacks')) return undefined;
    const receiverName = pathOf(callee.expression, ctx.names, this.checker) + (method === 'then' ? '' : '[]');
    const out: Carrier[] = [];
    for (const arg of call.arguments) {
      const fn = skipOuter(arg);
      if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
        const element = fn.parameters[REDUCERS.has(method) ? 1 : 0];
        if (element && ts.isIdentifier(element.name)) {
          const symbol = this.checker.getSymbolAtLocation(element.name);
          if (symbol) ctx.names.set(symbol, receiverName);
        }
        out.push(...this.#returned(fn.body, ctx));
      } else if (!REDUCERS.has(method) || arg !== call.arguments[1]) {
        // A function reference: what it returns is not known here; the elements go through it.
        out.push(...this.#carriers(callee.expression, ctx));
      }
    }
    if (REDUCERS.has(method) && call.arguments[1]) out.push(...this.#carriers(call.arguments[1], ctx));
    return out;
  }

  /** What the value at `path` inside an expression carries. */
  #at(expr: ts.Expression, path: readonly string[], ctx: Ctx): Carrier[] {
    if (path.length === 0) return this.#carriers(expr, ctx);
    const e = skipOuter(expr);
    if (!this.#visit(e, path, ctx)) return [];
    ctx.depth++;
    try {
      return this.#computeAt(e, path, ctx);
    } finally {
      ctx.depth--;
    }
  }

  #computeAt(e: ts.Expression, path: readonly string[], ctx: Ctx): Carrier[] {
    const { checker } = this;
    const [head, ...rest] = path as [string, ...string[]];
    if (ctx.params && ts.isIdentifier(e)) {
      const symbol = valueSymbol(e, checker);
      const ref = symbol && ctx.params.get(symbol);
      if (ref) return [{ kind: 'param', ...ref, path: [...ref.path, ...path] }];
    }
    if (ts.isObjectLiteralExpression(e)) {
      // The last property that can give `head` wins.
      for (let i = e.properties.length - 1; i >= 0; i--) {
        const p = e.properties[i]!;
        if (ts.isSpreadAssignment(p)) {
          const fromSpread = this.#at(p.expression, path, ctx);
          if (fromSpread.length > 0) return fromSpread;
          continue;
        }
        if (staticName(p.name) !== head) continue;
        if (ts.isPropertyAssignment(p)) return this.#at(p.initializer, rest, ctx);
        if (ts.isShorthandPropertyAssignment(p)) return this.#at(p.name, rest, ctx);
        return [];
      }
      return [];
    }
    if (ts.isArrayLiteralExpression(e) && (head === '[]' || /^\d+$/.test(head))) {
      const elements = head === '[]' ? e.elements : e.elements.slice(Number(head), Number(head) + 1);
      return elements.flatMap((el) =>
        this.#at(ts.isSpreadElement(el) ? el.expression : el, ts.isSpreadElement(el) ? path : rest, ctx),
      );
    }
    if (ts.isConditionalExpression(e)) return [...this.#at(e.whenTrue, path, ctx), ...this.#at(e.whenFalse, path, ctx)];
    if (
      ts.isBinaryExpression(e) &&
      (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken ||
        e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
    ) {
      return [...this.#at(e.left, path, ctx), ...this.#at(e.right, path, ctx)];
    }
    // A typed value: the type of that property.
    if (TYPED_KINDS.has(e.kind)) {
      const type = this.#typeOf(e);
      const prop = this.#propertyType(type, path);
      if (prop === 'unknown') {
        // No such property in the type (an index signature, `any`): what the value holds, whole.
        return this.#carriers(e, ctx);
      }
      if (prop) {
        const found = this.brands.classify(prop);
        if (found)
          return [
            dataCarrier(
              pathOf(e, ctx.names, checker) + path.map((p) => (p === '[]' ? '[]' : `.${p}`)).join(''),
              found.leaves,
              e,
            ),
          ].filter((c) => c !== undefined);
        if (isScalar(prop)) return [];
      }
      if (ts.isIdentifier(e)) {
        const symbol = valueSymbol(e, checker);
        const decl = symbol?.valueDeclaration;
        if (decl && ts.isBindingElement(decl)) return this.#binding(decl, ctx, path);
        if (decl && ts.isParameter(decl)) return this.#callbackParameter(decl, ctx, path);
        const local = symbol && initializerOf(e, checker, symbol);
        if (local && symbol && decl) {
          const mutated = this.#mutations(symbol, decl).flatMap((m) =>
            m.property === undefined || m.property === head ? m.values : [],
          );
          return [...this.#at(local.initializer, path, ctx), ...mutated.flatMap((v) => this.#carriers(v, ctx))];
        }
        return [];
      }
      if (ts.isPropertyAccessExpression(e)) return this.#at(e.expression, [e.name.text, ...path], ctx);
      if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
        // A project function's result: what it returns at that path.
        return this.#call(e, type, ctx, path);
      }
      return [];
    }
    return this.#carriers(e, ctx);
  }

  /** The type at a property path inside a type; `'unknown'` when the type does not say. */
  #propertyType(type: ts.Type, path: readonly string[]): ts.Type | undefined | 'unknown' {
    let t: ts.Type = type;
    for (const segment of path) {
      t = this.checker.getNonNullableType(t);
      if (t.getFlags() & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'unknown';
      if (segment === '[]') {
        const element =
          this.checker.isArrayType(t) || this.checker.isTupleType(t)
            ? this.checker.getTypeArguments(t as ts.TypeReference)[0]
            : t.getNumberIndexType();
        if (!element) return 'unknown';
        t = element;
        continue;
      }
      const prop = t.getProperty(segment);
      if (!prop) {
        const index = t.getStringIndexType() ?? (/^\d+$/.test(segment) ? t.getNumberIndexType() : undefined);
        if (!index) return 'unknown';
        t = index;
        continue;
      }
      t = this.checker.getTypeOfSymbol(prop);
    }
    return t;
  }

  /** Whether a result type may hold text it was given: a string, an array of strings, or untyped. */
  #mayHoldText(type: ts.Type): boolean {
    if (type.isUnion()) return type.types.some((t) => this.#mayHoldText(t));
    if (type.getFlags() & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter)) return true;
    if (isStringType(type)) return true;
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type))
      return this.checker.getTypeArguments(type as ts.TypeReference).some((t) => this.#mayHoldText(t));
    return false;
  }

  /** What a sanitizer call gives, by the sanitizer table (the callee, or the factory that made it). */
  #sanitizer(call: ts.CallExpression): Sanitized | undefined {
    const direct = this.#sanitizers.lookup(call.expression, 'call');
    if (direct) return direct.gives;
    // `const tokenize = createTokenizer({ key })`, then `tokenize(email)`.
    const callee = skipOuter(call.expression);
    if (!ts.isIdentifier(callee)) return undefined;
    const symbol = valueSymbol(callee, this.checker);
    const decl = symbol?.valueDeclaration;
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer &&
      ts.isCallExpression(skipOuter(decl.initializer))
    ) {
      return this.#factories.lookup((skipOuter(decl.initializer) as ts.CallExpression).expression, 'call')?.gives;
    }
    return undefined;
  }

  /** What a function body returns: an expression body, or the values of its own `return` statements. */
  #returned(body: ts.ConciseBody, ctx: Ctx): Carrier[] {
    if (!ts.isBlock(body)) return this.#carriers(body, ctx);
    const out: Carrier[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression) out.push(...this.#carriers(node.expression, ctx));
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
    return out;
  }

  /** A call or `new`: a project function's summary, a propagator, or the default for unknown functions. */
  #call(
    call: ts.CallExpression | ts.NewExpression,
    type: ts.Type | undefined,
    ctx: Ctx,
    path: readonly string[] = [],
  ): Carrier[] {
    const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    const project = this.wrappers.functionOfCall(call);
    if (project) {
      // A function of the project: what it returns of its parameters, and of the data it reads itself.
      const summary = this.wrappers.summarize(project, undefined, 0);
      const out: Carrier[] = [...summary.returnsData];
      for (const ref of summary.returns) {
        for (const arg of this.wrappers.argumentsFor(call, ref))
          out.push(...this.#at(arg, [...ref.path, ...path], ctx));
      }
      return out;
    }
    const kind = ts.isNewExpression(call) ? 'new' : 'call';
    const spec = this.#propagators.lookup(call.expression, kind);
    const callee = skipOuter(call.expression);
    const receiver =
      ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? callee.expression : undefined;
    if (spec) {
      const out: Carrier[] = [];
      for (const reach of spec.reaches) {
        if (reach === 'receiver' && receiver) out.push(...this.#carriers(receiver, ctx));
        else if (reach === 'arguments')
          out.push(
            ...args.flatMap((a) => (ts.isArrowFunction(a) || ts.isFunctionExpression(a) ? [] : this.#carriers(a, ctx))),
          );
        else if (reach === 'callbacks') {
          for (const a of args)
            if (ts.isArrowFunction(a) || ts.isFunctionExpression(a)) out.push(...this.#returned(a.body, ctx));
        } else if (typeof reach === 'number' && args[reach]) out.push(...this.#carriers(args[reach], ctx));
      }
      return out;
    }
    // No entry and no summary: a text (or untyped) result carries an argument only when that
    // argument's own type is classified (a classified string, or an object or array holding one);
    // never the receiver. An object result is what its type says: `redactUser(user): PublicUser`.
    if (type && !this.#mayHoldText(type)) return [];
    const out: Carrier[] = [];
    for (const arg of args) {
      const a = skipOuter(arg);
      if (!TYPED_KINDS.has(a.kind)) continue;
      const found = this.brands.classify(this.checker.getTypeAtLocation(a));
      const carried = found && dataCarrier(pathOf(a, ctx.names, this.checker), found.leaves, a);
      if (carried) out.push(carried);
    }
    return out;
  }
}

/** The most sensitive of what a list of carriers holds, with every leaf. */
export function strongest(carriers: readonly Carrier[]): Carried | undefined {
  let best: Carried | undefined;
  const leaves = new Map<string, Leaf>();
  const categories = new Set<string>();
  for (const c of carriers) {
    if (c.kind !== 'data') continue;
    for (const leaf of c.leaves) if (!leaves.has(leaf.path)) leaves.set(leaf.path, leaf);
    if (!best || rank(c.level) > rank(best.level)) {
      best = c;
      categories.clear();
    }
    if (c.level === best.level) for (const cat of c.allCategories) categories.add(cat);
  }
  return best && { ...best, allCategories: [...categories], leaves: [...leaves.values()] };
}
