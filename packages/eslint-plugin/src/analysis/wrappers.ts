// Wrappers: a function of the project whose parameter (or a property of it) reaches a sink is
// itself a sink for that argument. Real code logs through `logEvent(msg, data)` helpers; a checker
// that stops at the wrapper misses most leaks. Summaries are computed on demand, once per
// declaration and sink matcher, recursion-safe.
//
// `sinkTargets` is the one place that decides how a call reaches a sink: directly, through
// `.call`/`.apply`/a `.bind` alias, by passing the sink as a callback, or through a wrapper.
import ts from '../util/ts.cjs';
import { originOf } from './origin.js';
import { calleeSymbol, isClassifiedFile, skipOuter } from './core.js';
import { initializerOf } from './flow.js';
import { staticName, type Analyzer, type Carried, type ParamRef, type ParamScope } from './taint.js';

/** A sink a summarised parameter reaches: what the messages show, and how. */
export interface SinkHit {
  /** The sink as the code calls it: `logger.info()`. */
  readonly sink: string;
  /** The wrappers passed through on the way, outermost first: `['logEvent()']`. */
  readonly via: readonly string[];
  /** The call that is the sink (inside the innermost wrapper): where its URL and recipient are read. `undefined` for a property write. */
  readonly call: ts.CallExpression | ts.NewExpression | undefined;
}

export interface SinkMatch {
  readonly sink: string;
  /** The argument indices that count. */
  readonly args: readonly number[];
}

/** Finds the sink a callee is, for one rule's catalog and options. */
export interface SinkMatcher {
  /** Identifies the matcher's catalog and options: summaries are cached per key. */
  readonly key: string;
  /** The sink a callee is when called (or constructed) with `count` arguments. */
  match(
    callee: ts.Expression,
    kind: 'call' | 'new',
    count: number,
    call: ts.CallExpression | ts.NewExpression,
  ): SinkMatch | undefined;
}

/** A parameter path of a wrapper that reaches a sink. */
export interface SinkRef extends ParamRef {
  readonly hit: SinkHit;
}

/** What a function does with its parameters: which reach a sink, which it returns. */
export interface Summary {
  readonly sinks: readonly SinkRef[];
  readonly returns: readonly ParamRef[];
  /** Classified data it returns that it read itself: a field of a parameter's type, a captured value. */
  readonly returnsData: readonly Carried[];
}

/** A value that reaches a sink at a call: the expression, and the path inside it that gets there. */
export interface SinkTarget {
  readonly expr: ts.Expression;
  readonly path: readonly string[];
  readonly hit: SinkHit;
  /** The node of the call a report goes on. */
  readonly reportOn: ts.Node;
}

const MAX_WRAPPER_DEPTH = 8;
const EMPTY: Summary = { sinks: [], returns: [], returnsData: [] };

export type FunctionWithBody = ts.FunctionLikeDeclaration & { body: ts.ConciseBody };

function functionOf(decl: ts.Declaration): FunctionWithBody | undefined {
  let fn: ts.Node | undefined = decl;
  // A parameter with a default (`post = (url, body) => axios.post(url, body)`): the default is what runs unless a caller passes another.
  if (
    ts.isVariableDeclaration(decl) ||
    ts.isPropertyAssignment(decl) ||
    ts.isPropertyDeclaration(decl) ||
    ts.isParameter(decl)
  )
    fn = decl.initializer && skipOuter(decl.initializer);
  if (
    fn &&
    (ts.isFunctionDeclaration(fn) ||
      ts.isMethodDeclaration(fn) ||
      ts.isFunctionExpression(fn) ||
      ts.isArrowFunction(fn)) &&
    fn.body
  ) {
    return fn as FunctionWithBody;
  }
  return undefined;
}

/** Short text of a callee, for messages. */
export function textOfCallee(callee: ts.Expression): string {
  const text = callee.getText().replace(/\s+/g, ' ');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const FUNCTION_METHODS: ReadonlySet<string> = new Set(['call', 'apply', 'bind']);

export class Wrappers {
  readonly #summaries = new Map<string, Map<ts.Node, Summary>>();
  readonly #inProgress = new Set<string>();

  constructor(readonly analyzer: Analyzer) {}

  /** The function of the project a call goes to, if its body is there to read. */
  functionOfCall(call: ts.CallExpression | ts.NewExpression): FunctionWithBody | undefined {
    const { checker, program } = this.analyzer;
    for (const decl of calleeSymbol(call.expression, checker)?.declarations ?? []) {
      const file = decl.getSourceFile();
      if (file.isDeclarationFile || isClassifiedFile(file) || originOf(file, program).from !== 'file') continue;
      const fn = functionOf(decl);
      if (fn) return fn;
    }
    return undefined;
  }

  /** The arguments a parameter reference stands for at a call (every one from `index` on, for a rest parameter). */
  argumentsFor(call: ts.CallExpression | ts.NewExpression, ref: ParamRef, offset = 0): readonly ts.Expression[] {
    const args = call.arguments ?? [];
    const index = ref.index + offset;
    return ref.rest ? args.slice(index) : args[index] ? [args[index]] : [];
  }

  /** The parameters a function's body can refer to, by symbol: named, destructured, rest. */
  #parameters(fn: FunctionWithBody): Map<ts.Symbol, ParamRef> {
    const { checker } = this.analyzer;
    const params = new Map<ts.Symbol, ParamRef>();
    let index = 0;
    const bind = (name: ts.BindingName, at: number, path: readonly string[], rest: boolean) => {
      if (ts.isIdentifier(name)) {
        const symbol = checker.getSymbolAtLocation(name);
        if (symbol) params.set(symbol, { index: at, path, rest });
        return;
      }
      for (const element of name.elements) {
        if (ts.isOmittedExpression(element)) continue;
        if (ts.isObjectBindingPattern(name)) {
          const key = element.dotDotDotToken ? undefined : staticName(element.propertyName ?? element.name);
          bind(element.name, at, key === undefined ? path : [...path, key], rest);
        } else {
          bind(element.name, at, element.dotDotDotToken ? path : [...path, '[]'], rest);
        }
      }
    };
    for (const p of fn.parameters) {
      if (ts.isIdentifier(p.name) && p.name.text === 'this') continue; // a `this` parameter takes no argument
      bind(p.name, index, [], p.dotDotDotToken !== undefined);
      index++;
    }
    return params;
  }

  /** What a function does with its parameters, for one matcher (or returns only, without one). */
  summarize(fn: FunctionWithBody, matcher: SinkMatcher | undefined, depth: number): Summary {
    const key = matcher?.key ?? '';
    let byFn = this.#summaries.get(key);
    if (!byFn) this.#summaries.set(key, (byFn = new Map<ts.Node, Summary>()));
    const cached = byFn.get(fn);
    if (cached) return cached;
    const progressKey = `${key}\u0000${fn.pos}:${fn.getSourceFile().fileName}`;
    if (this.#inProgress.has(progressKey) || depth > MAX_WRAPPER_DEPTH) return EMPTY;
    this.#inProgress.add(progressKey);
    try {
      const summary = this.#compute(fn, matcher, depth);
      byFn.set(fn, summary);
      return summary;
    } finally {
      this.#inProgress.delete(progressKey);
    }
  }

  #compute(fn: FunctionWithBody, matcher: SinkMatcher | undefined, depth: number): Summary {
    const params: ParamScope = this.#parameters(fn);
    const sinks: SinkRef[] = [];
    const returns: ParamRef[] = [];
    const returnsData: Carried[] = [];
    const same = (a: ParamRef, b: ParamRef) =>
      a.index === b.index && a.rest === b.rest && a.path.join('.') === b.path.join('.');
    const returned = (expr: ts.Expression) => {
      for (const c of this.analyzer.carriers(expr, params)) {
        if (c.kind === 'data') returnsData.push(c);
        else if (!returns.some((r) => same(r, c))) returns.push({ index: c.index, path: c.path, rest: c.rest });
      }
    };
    const visit = (node: ts.Node): void => {
      if (matcher && (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.length) {
        for (const target of this.sinkTargets(node, matcher, depth + 1)) {
          for (const c of this.analyzer.carriersAt(target.expr, target.path, params)) {
            if (c.kind !== 'param') continue;
            const ref = { index: c.index, path: c.path, rest: c.rest };
            if (!sinks.some((s) => same(s, ref))) sinks.push({ ...ref, hit: target.hit });
          }
        }
      }
      if (ts.isReturnStatement(node) && node.expression && enclosing(node) === fn) returned(node.expression);
      ts.forEachChild(node, visit);
    };
    if (!ts.isBlock(fn.body)) returned(fn.body);
    visit(fn.body);
    return { sinks, returns, returnsData };
  }

  /**
   * Every value a call sends to a sink of the matcher: its counted arguments when it is a sink;
   * through `sink.call(this, …)`, `sink.apply(this, [...])` and `const f = sink.bind(this)`; the
   * receiver's elements when a sink is passed as a callback (`users.forEach(console.log)`); and
   * through the summary of a project function.
   */
  sinkTargets(call: ts.CallExpression | ts.NewExpression, matcher: SinkMatcher, depth: number): SinkTarget[] {
    const args = call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
    const kind = ts.isNewExpression(call) ? 'new' : 'call';
    const targets: SinkTarget[] = [];
    const direct = (callee: ts.Expression, values: readonly ts.Expression[]) => {
      const match = matcher.match(callee, kind, values.length, call);
      if (!match) return false;
      const hit: SinkHit = { sink: `${textOfCallee(callee)}()`, via: [], call };
      for (const i of match.args) {
        const value = values[i];
        if (value) targets.push({ expr: value, path: [], hit, reportOn: value });
      }
      return true;
    };
    const callee = skipOuter(call.expression);
    if (direct(call.expression, args)) return targets;

    // `log.call(console, x)`, `log.apply(console, [x])`.
    if (
      kind === 'call' &&
      ts.isPropertyAccessExpression(callee) &&
      FUNCTION_METHODS.has(callee.name.text) &&
      this.analyzer.isLibCallee(callee)
    ) {
      const target = callee.expression;
      if (callee.name.text === 'call') direct(target, args.slice(1));
      else if (callee.name.text === 'apply' && args[1]) {
        const list = skipOuter(args[1]);
        if (ts.isArrayLiteralExpression(list)) direct(target, list.elements);
        else if (matcher.match(target, 'call', 1, call))
          targets.push({
            expr: args[1],
            path: ['[]'],
            hit: { sink: `${textOfCallee(target)}()`, via: [], call },
            reportOn: args[1],
          });
      }
      if (targets.length > 0) return targets;
    }
    // `const info = logger.info.bind(logger); info(x)`.
    if (ts.isIdentifier(callee)) {
      const local = initializerOf(callee, this.analyzer.checker);
      const init = local && skipOuter(local.initializer);
      if (init && ts.isCallExpression(init)) {
        const bound = skipOuter(init.expression);
        if (ts.isPropertyAccessExpression(bound) && bound.name.text === 'bind' && this.analyzer.isLibCallee(bound)) {
          const match = matcher.match(bound.expression, 'call', args.length, call);
          if (match) {
            const hit: SinkHit = { sink: `${textOfCallee(callee)}()`, via: [], call };
            args.forEach((a) => targets.push({ expr: a, path: [], hit, reportOn: a }));
            return targets;
          }
        }
      }
    }
    // A sink passed as a callback: `users.forEach(console.log)`, `load().then(logger.info)`.
    if (kind === 'call' && ts.isCallExpression(call)) {
      const receiver = this.analyzer.elementCallbackReceiver(call);
      if (receiver) {
        for (const arg of args) {
          const fnRef = skipOuter(arg);
          if (!(ts.isIdentifier(fnRef) || ts.isPropertyAccessExpression(fnRef))) continue;
          if (!matcher.match(fnRef, 'call', 1, call)) continue;
          const isThen = ts.isPropertyAccessExpression(callee) && callee.name.text === 'then';
          targets.push({
            expr: receiver,
            path: isThen ? [] : ['[]'],
            hit: { sink: `${textOfCallee(fnRef)}()`, via: [], call },
            reportOn: arg,
          });
        }
        if (targets.length > 0) return targets;
      }
    }
    // A function of the project: the parameters its summary says reach a sink.
    const fn = this.functionOfCall(call);
    if (!fn) return targets;
    const summary = this.summarize(fn, matcher, depth);
    const name = `${textOfCallee(call.expression)}()`;
    for (const ref of summary.sinks) {
      const hit: SinkHit = { sink: ref.hit.sink, via: [name, ...ref.hit.via], call: ref.hit.call };
      for (const arg of this.argumentsFor(call, ref)) targets.push({ expr: arg, path: ref.path, hit, reportOn: arg });
    }
    return targets;
  }
}

function enclosing(node: ts.Node): ts.Node | undefined {
  for (let n = node.parent; n !== undefined; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}
