// Wrappers: a function of the project whose parameter reaches a sink is itself a sink for that
// argument. Real code logs through `logEvent(msg, data)` helpers; a checker that stops at the
// wrapper misses most leaks. Summaries are computed once per declaration and sink matcher.
import ts from 'typescript';
import { originOf } from '../sinks/match.js';
import { calleeSymbol } from './core.js';
import type { Analyzer, Carried, ParamScope } from './taint.js';

/** A sink a summarised parameter reaches: what the messages show, and how. */
export interface SinkHit {
  /** The sink as the code calls it: `logger.info()`. */
  readonly sink: string;
  /** The wrappers passed through on the way, outermost first: `['logEvent()']`. */
  readonly via: readonly string[];
}

export interface SinkMatch {
  readonly sink: string;
  /** The argument indices that count. */
  readonly args: readonly number[];
}

/** Finds the sink a call, `new` or assignment is, for one rule's catalog and options. */
export interface SinkMatcher {
  readonly key: string;
  match(node: ts.CallExpression | ts.NewExpression): SinkMatch | undefined;
}

/** What a function does with its parameters: which reach a sink, which it returns. Index → rest parameter? */
export interface Summary {
  readonly sinks: ReadonlyMap<number, { readonly rest: boolean; readonly hit: SinkHit }>;
  readonly returns: ReadonlyMap<number, boolean>;
  /** Classified data it returns that it read itself: a field of a parameter, a captured value. */
  readonly returnsData: readonly Carried[];
}

const MAX_WRAPPER_DEPTH = 5;
const EMPTY: Summary = { sinks: new Map(), returns: new Map(), returnsData: [] };

type FunctionWithBody = ts.FunctionLikeDeclaration & { body: ts.ConciseBody };

function functionOf(decl: ts.Declaration): FunctionWithBody | undefined {
  let fn: ts.Node | undefined = decl;
  if (ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) fn = decl.initializer;
  if (fn && (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isArrowFunction(fn)) && fn.body) {
    return fn as FunctionWithBody;
  }
  return undefined;
}

export class Wrappers {
  readonly #summaries = new Map<string, Map<ts.Node, Summary>>();
  readonly #inProgress = new Set<ts.Node>();

  constructor(readonly analyzer: Analyzer) {}

  /** The function of the project a call goes to, if its body is there to read. */
  functionOfCall(call: ts.CallExpression | ts.NewExpression): FunctionWithBody | undefined {
    const { checker, program } = this.analyzer;
    for (const decl of calleeSymbol(call.expression, checker)?.declarations ?? []) {
      const file = decl.getSourceFile();
      if (file.isDeclarationFile || originOf(file, program).from !== 'file') continue;
      const fn = functionOf(decl);
      if (fn) return fn;
    }
    return undefined;
  }

  /** The return summary of the function a call goes to (no sink matching needed). */
  summaryOfCallee(call: ts.CallExpression): Summary | undefined {
    const fn = this.functionOfCall(call);
    return fn ? this.summarize(fn, undefined, 0) : undefined;
  }

  /** What a function does with its parameters, for one matcher (or returns only, without one). */
  summarize(fn: FunctionWithBody, matcher: SinkMatcher | undefined, depth: number): Summary {
    const key = matcher?.key ?? '';
    let byFn = this.#summaries.get(key);
    if (!byFn) this.#summaries.set(key, (byFn = new Map<ts.Node, Summary>()));
    const cached = byFn.get(fn);
    if (cached) return cached;
    if (this.#inProgress.has(fn) || depth > MAX_WRAPPER_DEPTH) return EMPTY;
    this.#inProgress.add(fn);
    try {
      const summary = this.#compute(fn, matcher, depth);
      byFn.set(fn, summary);
      return summary;
    } finally {
      this.#inProgress.delete(fn);
    }
  }

  #compute(fn: FunctionWithBody, matcher: SinkMatcher | undefined, depth: number): Summary {
    const { checker } = this.analyzer;
    const params = new Map<ts.Symbol, number>();
    const rest = new Set<number>();
    fn.parameters.forEach((p, i) => {
      if (!ts.isIdentifier(p.name)) return; // destructured parameters are not followed (see docs)
      const symbol = checker.getSymbolAtLocation(p.name);
      if (symbol) params.set(symbol, i);
      if (p.dotDotDotToken) rest.add(i);
    });
    const sinks = new Map<number, { rest: boolean; hit: SinkHit }>();
    const returns = new Map<number, boolean>();
    const returnsData: Carried[] = [];
    const paramsReaching = (expr: ts.Expression, scope: ParamScope) =>
      this.analyzer.carriers(expr, scope).flatMap((c) => (c.kind === 'param' ? [c.index] : []));
    const returned = (expr: ts.Expression) => {
      for (const c of this.analyzer.carriers(expr, params)) {
        if (c.kind === 'param') returns.set(c.index, rest.has(c.index));
        else returnsData.push(c);
      }
    };

    const record = (call: ts.CallExpression | ts.NewExpression, args: readonly number[], hitFor: (argIndex: number) => SinkHit) => {
      const actual = call.arguments ?? ts.factory.createNodeArray();
      for (const i of args) {
        const arg = actual[i];
        if (!arg) continue;
        for (const index of paramsReaching(arg, params)) {
          if (!sinks.has(index)) sinks.set(index, { rest: rest.has(index), hit: hitFor(i) });
        }
      }
    };

    const visit = (node: ts.Node): void => {
      if (matcher && (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.length) {
        const direct = matcher.match(node);
        if (direct) {
          record(node, direct.args, () => ({ sink: direct.sink, via: [] }));
        } else {
          const inner = this.functionOfCall(node);
          if (inner && inner !== fn) {
            const summary = this.summarize(inner, matcher, depth + 1);
            const name = `${textOfCallee(node)}()`;
            for (const [index, { rest: isRest, hit }] of summary.sinks) {
              const args = isRest ? node.arguments.map((_, i) => i).filter((i) => i >= index) : [index];
              record(node, args, () => ({ sink: hit.sink, via: [name, ...hit.via] }));
            }
          }
        }
      }
      if (ts.isReturnStatement(node) && node.expression && enclosing(node) === fn) returned(node.expression);
      ts.forEachChild(node, visit);
    };
    if (ts.isBlock(fn.body)) visit(fn.body);
    else {
      returned(fn.body);
      visit(fn.body);
    }
    return { sinks, returns, returnsData };
  }
}

function enclosing(node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n !== undefined; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

export function textOfCallee(call: ts.CallExpression | ts.NewExpression): string {
  const text = call.expression.getText().replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
