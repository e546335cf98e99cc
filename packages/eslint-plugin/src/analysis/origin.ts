// Where a declaration comes from: the TypeScript lib, a package, or the project's own files.
import ts from '../util/ts.cjs';
import { classifiedPackageOf } from './core.js';

/** Where a declaration lives. */
export interface Origin {
  readonly from: 'lib' | 'package' | 'file';
  /** The package, with `@types/` removed (`@types/node` is `node`). */
  readonly package?: string;
  readonly fileName: string;
}

/**
 * Where a declaration's file lives: the TypeScript lib, a package (by its name, `@types/` removed),
 * or the project. @classified's own packages linked into a workspace are recognised by package
 * identity, never by path.
 *
 * @example
 * originOf(decl.getSourceFile(), program) // => { from: 'package', package: 'pino', fileName: '…/pino.d.ts' }
 */
export function originOf(file: ts.SourceFile, program: ts.Program): Origin {
  const fileName = file.fileName;
  if (program.isSourceFileDefaultLibrary(file)) return { from: 'lib', fileName };
  const at = fileName.lastIndexOf('/node_modules/');
  if (at >= 0) {
    const rest = fileName.slice(at + '/node_modules/'.length).split('/');
    let pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg.startsWith('@types/')) pkg = pkg.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2');
    return { from: 'package', package: pkg, fileName };
  }
  // @classified's own packages, linked into a workspace: recognised by package identity.
  const classified = classifiedPackageOf(file);
  if (classified) return { from: 'package', package: classified, fileName };
  return { from: 'file', fileName };
}
