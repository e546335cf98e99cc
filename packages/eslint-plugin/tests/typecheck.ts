import * as path from 'node:path';
import ts from 'typescript';
import { fixtures } from './ruleTester.js';

/**
 * The type errors of code snippets, each compiled as its own module beside the fixtures (one
 * program for all). A rule test whose code does not type-check proves little: a misspelt vendor
 * method is `any`, and a valid case passes for the wrong reason.
 */
export function typeErrors(snippets: readonly string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(fixtures, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  if (!config) throw new Error('typeErrors: cannot read tests/fixtures/tsconfig.json');
  const files = new Map(snippets.map((code, i) => [path.join(fixtures, `case-${i}.ts`), code]));
  const base = ts.createCompilerHost(config.options);
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (name) => files.has(name) || base.fileExists(name),
    readFile: (name) => files.get(name) ?? base.readFile(name),
    getSourceFile: (name, language, ...rest) => {
      const code = files.get(name);
      return code === undefined
        ? base.getSourceFile(name, language, ...rest)
        : ts.createSourceFile(name, code, language);
    },
  };
  const program = ts.createProgram([...files.keys()], config.options, host);
  return [...files.keys()].flatMap((name, i) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .map((d) => `case ${i}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}\n${snippets[i]}`),
  );
}
