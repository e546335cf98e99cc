// What an expression carries: the classified data that reaches it through its type, or — where the
// type lost the brand — through templates, concatenation, string conversions, literals, local flow
// and the functions of the project it passes through.
import ts from 'typescript';
import type { BrandDetector } from './brand.js';
import { calleeSymbol, coreModuleOf, isClassifiedFile } from './core.js';
import { initializerOf } from './flow.js';
import type { Level } from './levels.js';
import { originOf } from '../sinks/match.js';
import type { Wrappers } from './wrappers.js';

/** Classified data an expression carries, found through a type. */
export interface Carried {
  readonly kind: 'data';
  readonly level: Level;
  /** The categories of the value at `path`. */
  readonly categories: readonly string[];
  /** The categories of everything at `level` (what an approved recipient must accept). */
  readonly allCategories: readonly string[];
  /** Where it sits, as the code names it: `user.email`, `orders[].card`. */
  readonly path: string;
  /** The expression whose type carries it (what a suggestion wraps). */
  readonly node: ts.Expression;
}

/** A parameter of the function being summarised that reaches the expression. */
export interface CarriedParam {
  readonly kind: 'param';
  readonly index: number;
}

export type Carrier = Carried | CarriedParam;

/** The parameters being followed while a function's summary is computed. */
export type ParamScope = ReadonlyMap<ts.Symbol, number>;

const MAX_TEXT = 40;

/** Short source text of a node, for messages. */
export function textOf(node: ts.Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}


function skipOuter(expr: ts.Expression): ts.Expression {
  let e = expr;
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e) || ts.isTypeAssertionExpression(e)) {
      e = e.expression;
    } else {
      return e;
    }
  }
}

const STRINGISH = ts.TypeFlags.StringLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown;

/** Whether a type is text: a string, a string literal, or a branded string (`string & Brand`). */
export function isStringType(type: ts.Type): boolean {
  if (type.getFlags() & ts.TypeFlags.StringLike) return true;
  if (type.isIntersection()) return type.types.some((t) => (t.getFlags() & ts.TypeFlags.StringLike) !== 0);
  if (type.isUnion()) return type.types.every((t) => isStringType(t) || (t.getFlags() & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  return false;
}

/**
 * Lib functions that copy what they are given into a new value whose type may have lost the brand
 * (union reduction folds `Restricted<string>` into `string`): `Object.values(user)`, `Array.from(set)`.
 */
const COPIERS: Readonly<Record<string, readonly string[]>> = {
  ObjectConstructor: ['values', 'entries', 'assign', 'fromEntries', 'freeze'],
  ArrayConstructor: ['from', 'of'],
  BufferConstructor: ['from'],
  TextEncoder: ['encode'],
  '': ['structuredClone'],
};

/** Array methods whose result holds what their callback returns. */
const ARRAY_CALLBACKS: ReadonlySet<string> = new Set(['map', 'flatMap']);

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

export class Analyzer {
  wrappers!: Wrappers;
  readonly #carried = new WeakMap<ts.Expression, Carrier[]>();

  /** What an expression carries, outside any summary: cached, shared by every rule. */
  carried(expr: ts.Expression): Carrier[] {
    let found = this.#carried.get(expr);
    if (!found) this.#carried.set(expr, (found = mayCarry(expr) ? this.carriers(expr) : []));
    return found;
  }

  constructor(
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
    readonly brands: BrandDetector,
  ) {}

  /** Whether a call's result is text (or untyped): a conversion that keeps what goes in. */
  #resultIsText(call: ts.Expression): boolean {
    const type = this.checker.getTypeAtLocation(call);
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((t) => {
      if (t.getFlags() & (STRINGISH | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) return true;
      if (this.checker.isArrayType(t)) {
        const element = this.checker.getTypeArguments(t as ts.TypeReference)[0];
        return element !== undefined && (element.getFlags() & ts.TypeFlags.StringLike) !== 0;
      }
      return false;
    }) && parts.some((t) => !(t.getFlags() & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  }

  /** Everything an expression carries. `params` follows a summarised function's parameters. */
  carriers(expr: ts.Expression, params?: ParamScope, seen: Set<ts.Node> = new Set()): Carrier[] {
    const e = skipOuter(expr);
    if (seen.has(e)) return [];
    seen.add(e);

    if (params && ts.isIdentifier(e)) {
      const symbol = this.checker.getSymbolAtLocation(e);
      const index = symbol && params.get(symbol);
      if (index !== undefined) return [{ kind: 'param', index }];
    }

    const all = (nodes: readonly ts.Expression[]) => nodes.flatMap((n) => this.carriers(n, params, seen));
    // Literals: their parts, so that the message names the field the code wrote.
    if (ts.isArrayLiteralExpression(e)) return all(e.elements.filter((el) => !ts.isOmittedExpression(el)));
    if (ts.isObjectLiteralExpression(e)) {
      return e.properties.flatMap((p) => {
        if (ts.isPropertyAssignment(p)) return this.carriers(p.initializer, params, seen);
        if (ts.isShorthandPropertyAssignment(p)) return this.carriers(p.name, params, seen);
        if (ts.isSpreadAssignment(p)) return this.carriers(p.expression, params, seen);
        return [];
      });
    }

    // A sanitizer's result is known without typing the call: a masked or tokenized value is
    // Internal whatever went in, a declassified one carries nothing.
    if (ts.isCallExpression(e)) {
      const sanitized = this.#sanitizer(e);
      if (sanitized === 'declassified') return [];
      if (sanitized) return [{ kind: 'data', level: 'internal', categories: [sanitized], allCategories: [sanitized], path: textOf(e), node: e }];
    }

    // The type says it: authoritative (a masker's result is Internal, a declassified value plain).
    // Only expressions that name or produce a value are asked: a template, `+`, `?:` or `??` has
    // no type of its own that its parts do not already give.
    const type = TYPED_KINDS.has(e.kind) ? this.checker.getTypeAtLocation(e) : undefined;
    const found = type && this.brands.classify(type);
    if (found) {
      return [{ kind: 'data', level: found.level, categories: found.categories, allCategories: found.allCategories, path: textOf(e) + found.path, node: e }];
    }


    if (ts.isIdentifier(e)) {
      // Numbers and booleans computed from text (a count, a comparison) do not carry it.
      if (type && type.getFlags() & (ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Void)) return [];
      const local = initializerOf(e, this.checker);
      return local ? all([local.initializer, ...local.appended]) : [];
    }
    if (ts.isPropertyAccessExpression(e)) {
      // A getter of the project: what it returns (`get contact() { return this.user.email; }`).
      const symbol = this.checker.getSymbolAtLocation(e.name);
      const getter = symbol?.declarations?.find(ts.isGetAccessorDeclaration);
      if (getter?.body && !getter.getSourceFile().isDeclarationFile && originOf(getter.getSourceFile(), this.program).from === 'file') {
        return this.#returned(getter.body, params, seen).filter((c) => c.kind === 'data');
      }
      return [];
    }
    if (ts.isTemplateExpression(e)) return all(e.templateSpans.map((s) => s.expression));
    if (ts.isTaggedTemplateExpression(e)) {
      return ts.isTemplateExpression(e.template) && this.#resultIsText(e) ? all(e.template.templateSpans.map((s) => s.expression)) : [];
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
    if (ts.isCallExpression(e)) return this.#callCarriers(e, params, seen);
    return [];
  }

  /**
   * What a @classified sanitizer call gives: `declassify`, a masker, or a tokenizer (made by
   * `createTokenizer`). Found from the callee's symbol, which is cheaper than the call's type (no
   * overload resolution).
   */
  #sanitizer(call: ts.CallExpression): 'masked' | 'token' | 'declassified' | undefined {
    const symbol = calleeSymbol(call.expression, this.checker);
    if (!symbol) return undefined;
    const decl = symbol.declarations?.[0];
    if (!decl) return undefined;
    const file = coreModuleOf(decl.getSourceFile());
    if (file === 'mask' && ts.isFunctionDeclaration(decl)) return 'masked';
    if (file === 'classify') return symbol.getName() === 'declassify' ? 'declassified' : undefined;
    if (ts.isVariableDeclaration(decl) && decl.type === undefined && decl.initializer && ts.isCallExpression(decl.initializer)) {
      // `const tokenize = createTokenizer({ key })`
      return this.#isTokenizerFactory(decl.initializer) ? 'token' : undefined;
    }
    return undefined;
  }

  #isTokenizerFactory(call: ts.CallExpression): boolean {
    const symbol = calleeSymbol(call.expression, this.checker);
    const decl = symbol?.declarations?.[0];
    return decl !== undefined && symbol!.getName() === 'createTokenizer' && coreModuleOf(decl.getSourceFile()) === 'token';
  }

  /** What a function body returns: an expression body, or the values of its own `return` statements. */
  #returned(body: ts.ConciseBody, params: ParamScope | undefined, seen: Set<ts.Node>): Carrier[] {
    if (!ts.isBlock(body)) return this.carriers(body, params, seen);
    const out: Carrier[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isReturnStatement(node) && node.expression) out.push(...this.carriers(node.expression, params, seen));
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visit);
    };
    ts.forEachChild(body, visit);
    return out;
  }

  #callCarriers(call: ts.CallExpression, params: ParamScope | undefined, seen: Set<ts.Node>): Carrier[] {
    const callee = skipOuter(call.expression);
    const symbol = calleeSymbol(call.expression, this.checker);
    const decl = symbol?.declarations?.[0];
    if (decl) {
      const file = decl.getSourceFile();
      const origin = originOf(file, this.program);
      if (origin.from === 'lib' || (origin.from === 'package' && origin.package === 'node')) {
        const container = decl.parent && (ts.isInterfaceDeclaration(decl.parent) ? decl.parent.name.text : ts.isSourceFile(decl.parent) ? '' : undefined);
        if (container !== undefined && COPIERS[container]?.includes(symbol.getName())) {
          return call.arguments.flatMap((a) => this.carriers(a, params, seen));
        }
      }
      // @classified functions return types that say what they carry: masked, tokenized, declassified.
      if (isClassifiedFile(file)) return [];
      if (originOf(file, this.program).from === 'file' && !file.isDeclarationFile) {
        // A function of the project: what it returns of its parameters.
        const summary = this.wrappers.summaryOfCallee(call);
        if (!summary) return [];
        // What it returns of the data it reads itself (a field of its parameter, a captured value) …
        const carried: Carrier[] = [...summary.returnsData];
        // … and of its parameters.
        for (const [index, isRest] of summary.returns) {
          const args = isRest ? call.arguments.slice(index) : call.arguments.slice(index, index + 1);
          carried.push(...args.flatMap((a) => this.carriers(a, params, seen)));
        }
        return carried;
      }
    }
    // Array methods with a callback (`users.map((u) => [u.id, u.email])`): what the callback
    // returns is what the new array holds, whatever its type kept.
    if (decl && this.program.isSourceFileDefaultLibrary(decl.getSourceFile()) && ARRAY_CALLBACKS.has(symbol.getName())) {
      const fromCallbacks = call.arguments.flatMap((a) => (ts.isArrowFunction(a) || ts.isFunctionExpression(a) ? this.#returned(a.body, params, seen) : []));
      if (fromCallbacks.length > 0) return fromCallbacks;
    }
    // A lib or package function that returns text: what goes in comes out (String, JSON.stringify,
    // util.format, .join, string methods, colorizers).
    if (!this.#resultIsText(call)) return [];
    const receiver = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? [callee.expression] : [];
    return [...receiver, ...call.arguments].flatMap((a) => this.carriers(a, params, seen));
  }
}

/** The most sensitive of what a list of carriers holds, with all categories at that level. */
export function strongest(carriers: readonly Carrier[], rankOf: (l: Level) => number): Carried | undefined {
  let best: Carried | undefined;
  for (const c of carriers) {
    if (c.kind !== 'data') continue;
    if (!best || rankOf(c.level) > rankOf(best.level)) best = c;
    else if (c.level === best.level) best = { ...best, allCategories: [...new Set([...best.allCategories, ...c.allCategories])] };
  }
  return best;
}
