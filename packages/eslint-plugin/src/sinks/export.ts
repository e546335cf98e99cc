import type { CatalogEntry } from './spec.js';
import { responseSinks } from './families/responses.js';
import { tokenSinks } from './families/tokens.js';

/** Where data leaves the service as files, responses, browser storage, cookies and CSV. */
export const exportSinks: readonly CatalogEntry[] = [
  {
    label: 'node:fs',
    from: 'package',
    package: 'node',
    name: [
      ...['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'write', 'writeSync'].map((m) => `fs.${m}`),
      'fs/promises.writeFile',
      'fs/promises.appendFile',
      'FileHandle.writeFile',
      'FileHandle.appendFile',
      'FileHandle.write',
    ],
    args: [1],
  },
  {
    label: 'stream',
    from: 'package',
    package: 'node',
    name: [
      'Writable.write',
      'Writable.end',
      'WritableBase.write',
      'WritableBase.end',
      'Socket.write',
      'Socket.end',
      'WriteStream.write',
    ],
  },
  {
    label: 'node:http response',
    from: 'package',
    package: 'node',
    name: ['ServerResponse.writeHead'],
    args: { from: 1 },
  },
  {
    label: 'node:http response',
    from: 'package',
    package: 'node',
    name: ['OutgoingMessage.setHeader', 'OutgoingMessage.appendHeader', 'OutgoingMessage.setHeaders'],
    args: { from: 1 },
  },
  {
    label: 'express response',
    from: 'package',
    package: ['express', 'express-serve-static-core'],
    name: [
      'Response.send',
      'Response.json',
      'Response.jsonp',
      'Response.set',
      'Response.header',
      'Response.append',
      'Response.attachment',
      'Response.location',
      'Response.redirect',
    ],
  },
  {
    label: 'express response',
    from: 'package',
    package: ['express', 'express-serve-static-core'],
    name: ['Response.cookie'],
    args: { from: 1 },
  },
  {
    label: 'fastify reply',
    from: 'package',
    package: 'fastify',
    name: ['FastifyReply.send', 'FastifyReply.header', 'FastifyReply.headers'],
  },
  { label: 'Response', from: 'lib', name: ['Response'], kind: 'new' },
  { label: 'Response', from: 'package', package: ['node', 'undici-types', 'undici'], name: ['Response'], kind: 'new' },
  { label: 'Response.json', from: 'lib', name: ['Response.json'] },
  { label: 'Response.json', from: 'package', package: ['node', 'undici-types', 'undici'], name: ['Response.json'] },
  { label: 'web storage', from: 'lib', name: ['Storage.setItem'] },
  { label: 'web storage', from: 'lib', name: ['Storage.*'], kind: 'assign' },
  { label: 'document.cookie', from: 'lib', name: ['Document.cookie'], kind: 'assign' },
  { label: 'csv-stringify', from: 'package', package: 'csv-stringify', name: ['stringify'] },
  { label: 'papaparse', from: 'package', package: 'papaparse', name: ['unparse'] },
  ...tokenSinks,
  ...responseSinks,
];
