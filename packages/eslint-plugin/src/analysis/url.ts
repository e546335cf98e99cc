// The URL a request goes to, when the code says it statically: a literal or template, directly,
// through a local `const`, or as `url`/`baseURL` of a config object (also an axios instance's).
import ts from '../util/ts.cjs';
import { initializerOf } from './flow.js';

/** Static text of a URL: `complete` when the whole string is known, not only a prefix of it. */
export interface UrlText {
  readonly text: string;
  readonly complete: boolean;
}

function urlText(expr: ts.Expression, checker: ts.TypeChecker, depth: number): UrlText | undefined {
  if (depth > 4) return undefined;
  let e = expr;
  while (
    ts.isParenthesizedExpression(e) ||
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isNonNullExpression(e)
  )
    e = e.expression;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return { text: e.text, complete: true };
  // A template's head, or the left of `+`, is a prefix: enough for the scheme, and for the host
  // only when the authority ends inside it.
  if (ts.isTemplateExpression(e)) return { text: e.head.text, complete: false };
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = urlText(e.left, checker, depth + 1);
    return left && { text: left.text, complete: false };
  }
  if (ts.isIdentifier(e)) {
    const local = initializerOf(e, checker);
    return local && local.appended.length === 0 ? urlText(local.initializer, checker, depth + 1) : undefined;
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.[0]) {
    const path = urlText(e.arguments[0], checker, depth + 1);
    const base = e.arguments[1] ? urlText(e.arguments[1], checker, depth + 1) : undefined;
    return base !== undefined && path !== undefined && !/^[a-z]+:/i.test(path.text) ? base : path;
  }
  return undefined;
}

function fromConfig(expr: ts.Expression, checker: ts.TypeChecker, depth: number): UrlText | undefined {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  if (ts.isIdentifier(e)) {
    const local = initializerOf(e, checker);
    return local && depth < 4 ? fromConfig(local.initializer, checker, depth + 1) : undefined;
  }
  if (!ts.isObjectLiteralExpression(e)) return undefined;
  for (const name of ['url', 'baseURL', 'prefixUrl', 'origin', 'href']) {
    const prop = e.properties.find(
      (p) =>
        ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && p.name.text === name,
    );
    if (prop && ts.isPropertyAssignment(prop)) {
      const t = urlText(prop.initializer, checker, depth + 1);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/** The static URL of a request call, or of the client it is made on (`axios.create({ baseURL })`). */
export function staticUrl(call: ts.CallExpression | ts.NewExpression, checker: ts.TypeChecker): UrlText | undefined {
  const args = call.arguments ?? [];
  for (const arg of args.slice(0, 2)) {
    const t = urlText(arg, checker, 0) ?? fromConfig(arg, checker, 0);
    if (t !== undefined && /^[a-z][a-z0-9+.-]*:\/\//i.test(t.text)) return t;
  }
  // A client with a base URL: `const api = axios.create({ baseURL }); api.post('/x', data)`.
  let callee: ts.Expression = call.expression;
  if (ts.isPropertyAccessExpression(callee)) callee = callee.expression;
  if (ts.isIdentifier(callee)) {
    const local = initializerOf(callee, checker);
    if (local && ts.isCallExpression(local.initializer)) {
      for (const arg of local.initializer.arguments) {
        const t = fromConfig(arg, checker, 0);
        if (t !== undefined) return t;
      }
    }
  }
  const first = args[0];
  return first ? (urlText(first, checker, 0) ?? fromConfig(first, checker, 0)) : undefined;
}

/**
 * The host of a URL when the static text proves it: the authority must end inside the known text
 * (followed by `/`, `?`, `#` or `:port` then one of those), or the whole string be static.
 * `https://api.payouts.example${rest}` proves nothing: `rest` may be `.evil.com`.
 */
export function knownHost(url: UrlText | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)(:\d*)?(.?)/i.exec(url.text);
  if (!match) return undefined;
  const [, host, port, next] = match;
  const ended = next !== '' ? /[/?#]/.test(next!) : url.complete && port !== ':';
  return ended && host ? host.toLowerCase() : undefined;
}

/** The host of a URL (`api.example.com`, `[::1]`, `localhost`), or undefined. */
export function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url);
  return match?.[1]?.toLowerCase() || undefined;
}
