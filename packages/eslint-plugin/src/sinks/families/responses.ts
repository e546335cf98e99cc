import type { CatalogEntry } from '../spec.js';

/**
 * HTTP responses of frameworks (export), beside express, fastify and `Response` in export.ts.
 * NestJS controller handlers' return values are found by the export rule itself (a method of a
 * `@Controller()` class with a route decorator). Tested against hono 4.13.19, koa 3.3.0
 * (@types/koa 3.0.3) and next 16.4.6 (route handlers' `NextResponse`).
 */
export const responseSinks: readonly CatalogEntry[] = [
  {
    label: 'Next.js NextResponse',
    from: 'package',
    package: 'next',
    name: ['NextResponse.json', 'NextResponse.redirect', 'NextResponse.rewrite'],
  },
  { label: 'Next.js NextResponse', from: 'package', package: 'next', name: ['NextResponse'], kind: 'new' },
  {
    label: 'Hono context',
    from: 'package',
    package: 'hono',
    name: ['Context.json', 'Context.text', 'Context.html', 'Context.body', 'Context.header'],
  },
  {
    label: 'Koa response',
    from: 'package',
    package: 'koa',
    name: ['ContextDelegatedResponse.body', 'Response.body'],
    kind: 'assign',
  },
  {
    label: 'Koa response',
    from: 'package',
    package: 'koa',
    name: [
      'ContextDelegatedResponse.set',
      'ContextDelegatedResponse.append',
      'ContextDelegatedResponse.redirect',
      'ContextDelegatedResponse.attachment',
    ],
  },
];
