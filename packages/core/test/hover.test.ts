import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// What a user reads: the editor's hover (the language service's quick info) and the declarations
// tsc emits for inferred types, on a file that imports the package source.
const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/index.js');
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '__hover__.ts');
const code = `import { internal, restricted, type Internal, type Restricted, type Confidential } from ${JSON.stringify(src)};
declare const user: { id: Internal<string>; email: Restricted<string, 'pii'>; phone?: Restricted<string, 'pii'>; total: Confidential<number> };
export const email = user.email;
export const id = user.id;
export const phone = user.phone;
export const total = user.total;
export const made = restricted('x@example.com', 'pii');
export const plain = internal('ev-1');
`;

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  declaration: true,
  skipLibCheck: true,
  types: [],
};

function service(): ts.LanguageService {
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === file ? code : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => path.dirname(file),
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? code : ts.sys.readFile(name)),
  };
  return ts.createLanguageService(host);
}

const ls = service();
const hover = (name: string) => {
  const at = code.indexOf(`const ${name} `) + 'const '.length;
  return ts.displayPartsToString(ls.getQuickInfoAtPosition(file, at)?.displayParts);
};

// Before: `string & Brand<string, "restricted", "pii">`, `string & Brand<string, "internal", never>`.
// A type alias whose body is a conditional type is not kept in hovers; `Classified` resolves to one
// of the `Classified.*` aliases, which are. The category list shows `never` when it is empty
// (TypeScript prints every argument of an alias).
// The language service builds a program over the package source: give it time on a busy 2-core machine.
describe('types read like the docs', { timeout: 60_000 }, () => {
  it('hovers show the level and categories by name', () => {
    expect(hover('email')).toBe('const email: Classified.Restricted<string, "pii">');
    expect(hover('id')).toBe('const id: Classified.Internal<string, never>');
    expect(hover('phone')).toBe('const phone: Classified.Restricted<string, "pii"> | undefined');
    expect(hover('total')).toBe('const total: Classified.Confidential<number, never>');
    expect(hover('made')).toBe('const made: NoInfer<Classified.Restricted<string, "pii">>');
    expect(hover('plain')).toBe('const plain: NoInfer<Classified.Internal<string, never>>');
  });

  it('emitted declarations name them the same way', () => {
    const output = ls.getEmitOutput(file, true).outputFiles[0]!.text.replaceAll(`import(${JSON.stringify(src)}).`, '');
    expect(output.split('\n').filter((l) => l.startsWith('export declare const'))).toEqual([
      'export declare const email: Classified.Restricted<string, "pii">;',
      'export declare const id: Classified.Internal<string, never>;',
      'export declare const phone: Classified.Restricted<string, "pii"> | undefined;',
      'export declare const total: Classified.Confidential<number, never>;',
      'export declare const made: NoInfer<Classified.Restricted<string, "pii">>;',
      'export declare const plain: NoInfer<Classified.Internal<string, never>>;',
    ]);
  });
});
