// Where classified data goes: every place a value with a classification reaches a sink of a sink
// rule, with the rule's own decision (`decideLeaf` over the policy the rule builds from its
// options). Allowed flows are kept: masked and tokenized values, values at or below `maxLevel`,
// approved recipients, and declassified values (found at the `declassify` call that feeds the sink).
// This is the engine of `classified flows`; it runs the rules' analysis, not a second one.
import ts from '../util/ts.cjs';
import type { Leaf } from './brand.js';
import { coreCallee, skipOuter } from './core.js';
import { initializerOf } from './flow.js';
import { rank, type Level } from './levels.js';
import { decideLeaf, type SinkPolicy } from '../rules/sinkRule.js';
import type { Carried } from './taint.js';

/**
 * The kind of sink a rule guards.
 *
 * @example
 * const kind: SinkKind = 'third-party'; // no-classified-third-party's sinks
 */
export type SinkKind = 'logging' | 'export' | 'third-party';

/**
 * Why a flow passes or fails, as data (`reasonText` says it in words).
 *
 * @example
 * const why: FlowReason = { by: 'recipient', recipient: 'api.payouts.example', categories: ['payment'] };
 */
export type FlowReason =
  | { readonly by: 'maxLevel'; readonly maxLevel: Level }
  | { readonly by: 'recipient'; readonly recipient: string; readonly categories: readonly string[] }
  | { readonly by: 'masked' }
  | { readonly by: 'tokenized' }
  | { readonly by: 'declassified'; readonly reason: string | null }
  | { readonly by: 'blocked'; readonly rule: string };

/**
 * One place where classified data reaches a sink.
 *
 * @example
 * { kind: 'third-party', sink: 'http.post()', recipient: 'api.payouts.example', level: 'restricted',
 *   categories: ['payment'], path: 'payout.method.iban', outcome: 'passes',
 *   why: 'approved recipient api.payouts.example for payment', … }
 */
export interface DataFlow {
  readonly kind: SinkKind;
  /** The rule whose decision this is: `no-classified-third-party`. */
  readonly rule: string;
  /** The sink as the code calls it: `logger.info()`. */
  readonly sink: string;
  /** The wrappers passed through, outermost first. */
  readonly via: readonly string[];
  /** The host the call sends to, when its URL is static. */
  readonly recipient: string | null;
  /** The value's own level and categories (before masking, tokenizing or declassifying). */
  readonly level: Level;
  readonly categories: readonly string[];
  /** The path as the code names it: `payout.method.iban`. */
  readonly path: string;
  readonly outcome: 'passes' | 'fails';
  readonly reason: FlowReason;
  /** The reason in words: `masked`, `approved recipient api.payouts.example for payment`, `blocked: no-classified-logging`. */
  readonly why: string;
  /** The node the value is sent at (the argument, as the rules report it). */
  readonly node: ts.Node;
}

/**
 * The reason in words, as `classified flows` prints it.
 *
 * @example
 * reasonText({ by: 'declassified', reason: 'Deliver the invitation' }) // => 'declassified: "Deliver the invitation"'
 */
export function reasonText(reason: FlowReason): string {
  switch (reason.by) {
    case 'maxLevel':
      return `at or below maxLevel (${reason.maxLevel})`;
    case 'recipient':
      return `approved recipient ${reason.recipient}${reason.categories.length > 0 ? ` for ${reason.categories.join(', ')}` : ''}`;
    case 'masked':
      return 'masked';
    case 'tokenized':
      return 'tokenized';
    case 'declassified':
      return reason.reason === null ? 'declassified (no static reason)' : `declassified: "${reason.reason}"`;
    case 'blocked':
      return `blocked: ${reason.rule}`;
  }
}

const SANITIZED: Readonly<Record<string, 'masked' | 'tokenized'>> = { masked: 'masked', token: 'tokenized' };

/** Whether a carrier is a sanitizer's result (the flow model gives those one Internal leaf, `masked` or `token`). */
function sanitizedBy(c: Carried): 'masked' | 'tokenized' | undefined {
  const leaf = c.leaves.length === 1 ? c.leaves[0] : undefined;
  if (!leaf || leaf.level !== 'internal' || leaf.categories.length !== 1 || !ts.isCallExpression(skipOuter(c.node)))
    return undefined;
  return SANITIZED[leaf.categories[0]!];
}

/** The `declassify(value, reason)` calls whose result an expression holds (through local constants). */
function declassifyCalls(expr: ts.Expression, checker: ts.TypeChecker): ts.CallExpression[] {
  const found: ts.CallExpression[] = [];
  const seen = new Set<ts.Node>();
  const visit = (node: ts.Node, depth: number): void => {
    if (seen.has(node) || depth > 4) return;
    seen.add(node);
    if (ts.isFunctionLike(node)) return;
    if (ts.isCallExpression(node)) {
      const core = coreCallee(node, checker);
      if (core?.module === 'classify' && core.name === 'declassify') {
        found.push(node);
        return;
      }
    }
    if (ts.isIdentifier(node)) {
      const init = initializerOf(node, checker);
      if (init) visit(init.initializer, depth + 1);
      return;
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      visit(node.name, depth);
      return;
    }
    ts.forEachChild(node, (child) => visit(child, depth));
  };
  visit(expr, 0);
  return found;
}

function reasonOf(call: ts.CallExpression): string | null {
  let e = call.arguments[1];
  while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)))
    e = e.expression;
  return e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text.trim() : null;
}

/** A short path for a declassified value: the source text of what was declassified. */
function textPath(node: ts.Node): string {
  const text = node.getText().replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Every classified value one call sends to the sinks of a policy, with the policy's decision.
 *
 * @example
 * flowsAtCall(call, policy, 'logging') // => [{ sink: 'logger.info()', path: 'user.email', why: 'masked', … }]
 */
export function flowsAtCall(
  call: ts.CallExpression | ts.NewExpression,
  policy: SinkPolicy,
  kind: SinkKind,
): DataFlow[] {
  const args = call.arguments ?? [];
  if (args.length === 0) return [];
  const { analyzer, maxLevel, setup } = policy;
  const checker = analyzer.checker;
  const flows: DataFlow[] = [];
  const seen = new Set<string>();
  const add = (flow: DataFlow) => {
    const key = `${flow.node.pos}:${flow.sink}:${flow.path}:${flow.why}:${flow.level}`;
    if (seen.has(key)) return;
    seen.add(key);
    flows.push(flow);
  };
  // Cheap first, as the rules do: a call sends nothing when none of its arguments carries data or
  // holds a declassified value, unless it is given a function reference and its receiver carries
  // data (`users.forEach(console.log)`). Then the callee is never looked up.
  const carries = (e: ts.Expression) => analyzer.carried(e).some((c) => c.kind === 'data');
  if (!args.some((a) => carries(a) || declassifyCalls(a, checker).length > 0)) {
    const callee = skipOuter(call.expression);
    const isReference = (a: ts.Expression) =>
      ts.isIdentifier(skipOuter(a)) || ts.isPropertyAccessExpression(skipOuter(a));
    if (!(ts.isPropertyAccessExpression(callee) && args.some(isReference) && carries(callee.expression))) return [];
  }
  for (const target of analyzer.wrappers.sinkTargets(call, policy.matcher, 0)) {
    const allowed = policy.allowedFor(target.hit.call);
    // The host of the sink call; through a wrapper whose sink reads its URL from a parameter, the host the outer call names (shown, not decided on: `allow` matches the sink call).
    const recipient =
      policy.hostOf(target.hit.call) ?? (target.hit.via.length > 0 ? policy.hostOf(call) : undefined) ?? null;
    const base = {
      kind,
      rule: setup.rule,
      sink: target.hit.sink,
      via: target.hit.via,
      recipient,
      node: target.reportOn,
    };
    const carried = (
      target.path.length === 0 ? analyzer.carried(target.expr) : analyzer.carriersAt(target.expr, target.path)
    ).filter((c): c is Carried => c.kind === 'data');
    const decided = (
      leaf: Leaf,
      shown: { level: Level; categories: readonly string[]; path: string },
      sanitized?: 'masked' | 'tokenized',
    ) => {
      const decision = decideLeaf(leaf, maxLevel, allowed);
      const reason: FlowReason = !decision.allowed
        ? { by: 'blocked', rule: setup.rule }
        : sanitized
          ? { by: sanitized }
          : decision.by === 'recipient'
            ? {
                by: 'recipient',
                recipient: decision.entry.host ?? recipient ?? target.hit.sink,
                categories: leaf.categories.length > 0 ? leaf.categories : (decision.entry.categories ?? []),
              }
            : { by: 'maxLevel', maxLevel };
      add({
        ...base,
        ...shown,
        categories: [...shown.categories].sort(),
        outcome: decision.allowed ? 'passes' : 'fails',
        reason,
        why: reasonText(reason),
      });
    };
    for (const c of carried) {
      const sanitized = sanitizedBy(c);
      const call = skipOuter(c.node);
      if (sanitized && ts.isCallExpression(call)) {
        // Show what went into the sanitizer; decide on what came out (the rule's view).
        const inner = call.arguments[0];
        const originals = inner
          ? analyzer.carried(inner).filter((o): o is Carried => o.kind === 'data' && sanitizedBy(o) === undefined)
          : [];
        const leaf = c.leaves[0]!;
        if (originals.length === 0)
          decided(
            leaf,
            { level: leaf.level, categories: [], path: inner ? textPath(inner) : textPath(call) },
            sanitized,
          );
        for (const o of originals)
          for (const l of o.leaves)
            decided(leaf, { level: l.level, categories: l.categories, path: l.path }, sanitized);
        continue;
      }
      for (const leaf of c.leaves) decided(leaf, { level: leaf.level, categories: leaf.categories, path: leaf.path });
    }
    for (const d of declassifyCalls(target.expr, checker)) {
      const value = d.arguments[0];
      const found = value ? analyzer.carried(value).filter((o): o is Carried => o.kind === 'data') : [];
      const reason: FlowReason = { by: 'declassified', reason: reasonOf(d) };
      for (const o of found) {
        for (const l of o.leaves)
          add({
            ...base,
            level: l.level,
            categories: [...l.categories].sort(),
            path: l.path,
            outcome: 'passes',
            reason,
            why: reasonText(reason),
          });
      }
      if (found.length === 0 && value)
        add({
          ...base,
          level: 'public',
          categories: [],
          path: textPath(value),
          outcome: 'passes',
          reason,
          why: reasonText(reason),
        });
    }
  }
  return flows;
}

/**
 * Every classified value a property write sends to a sink of a policy (`localStorage.token = …`,
 * `ctx.body = …`, `document.cookie = …`), with the policy's decision: `allow` names recipients of
 * calls, so a write is decided by `maxLevel` alone, as the rules decide it.
 *
 * @example
 * flowsAtAssignment(assignment, exportPolicy, 'export') // => [{ sink: 'localStorage.token =', path: 'session.token', why: 'blocked: no-classified-export', … }]
 */
export function flowsAtAssignment(assignment: ts.BinaryExpression, policy: SinkPolicy, kind: SinkKind): DataFlow[] {
  const target = skipOuter(assignment.left);
  if (
    policy.assignSpecs.length === 0 ||
    !(ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target))
  )
    return [];
  const { analyzer, maxLevel, setup } = policy;
  const carried = analyzer.carried(assignment.right).filter((c): c is Carried => c.kind === 'data');
  if (carried.length === 0) return [];
  if (!policy.isAssignSink(target)) return [];
  const text = target.getText().replace(/\s+/g, ' ');
  const sink = `${text.length > 40 ? `${text.slice(0, 39)}…` : text} =`;
  const flows: DataFlow[] = [];
  for (const c of carried) {
    const sanitized = sanitizedBy(c);
    for (const leaf of c.leaves) {
      const decision = decideLeaf(leaf, maxLevel, []);
      const reason: FlowReason = !decision.allowed
        ? { by: 'blocked', rule: setup.rule }
        : sanitized
          ? { by: sanitized }
          : { by: 'maxLevel', maxLevel };
      flows.push({
        kind,
        rule: setup.rule,
        sink,
        via: [],
        recipient: null,
        level: leaf.level,
        categories: [...leaf.categories].sort(),
        path: leaf.path,
        outcome: decision.allowed ? 'passes' : 'fails',
        reason,
        why: reasonText(reason),
        node: assignment.right,
      });
    }
  }
  return flows;
}

/**
 * Every flow in a source file, for each policy (one per sink rule that is on for the file).
 *
 * @example
 * flowsInFile(file, [{ policy: loggingPolicy, kind: 'logging' }]) // => DataFlow[] in source order
 */
export function flowsInFile(
  file: ts.SourceFile,
  policies: ReadonlyArray<{ readonly policy: SinkPolicy; readonly kind: SinkKind }>,
): DataFlow[] {
  const flows: DataFlow[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node))
      for (const { policy, kind } of policies) flows.push(...flowsAtCall(node, policy, kind));
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      for (const { policy, kind } of policies) flows.push(...flowsAtAssignment(node, policy, kind));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return flows.sort((a, b) => a.node.getStart() - b.node.getStart() || rank(b.level) - rank(a.level));
}
