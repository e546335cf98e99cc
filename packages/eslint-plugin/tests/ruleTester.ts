import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

// RuleTester runs its cases through the test framework's hooks.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/**
 * The type errors of each file, in one program over the fixtures project: each text is a virtual
 * file beside `fixtures/file.ts`, so that its imports resolve as the rule tests' do.
 */
export function typeErrors(texts: readonly string[]): string[][] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(fixtures, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const names = texts.map((_, i) => path.join(fixtures, `__suggestion_${i}__.ts`));
  const byName = new Map(names.map((n, i) => [n, texts[i]!]));
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => {
    const text = byName.get(name);
    return text === undefined ? getSourceFile(name, version) : ts.createSourceFile(name, text, version);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => byName.has(name) || fileExists(name);
  const program = ts.createProgram({ rootNames: names, options: { ...config.options, noEmit: true }, host });
  return names.map((name) =>
    ts
      .getPreEmitDiagnostics(program, program.getSourceFile(name))
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  );
}

/**
 * A RuleTester with real type information: the fixtures project, through the project service.
 * `run` also type-checks every suggestion's output of every invalid case: a suggestion adds no
 * type error to the code it rewrites.
 */
export function typedRuleTester(): RuleTester {
  const tester = new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: fixtures,
      },
    },
  });
  const run = tester.run.bind(tester);
  tester.run = <MessageIds extends string, Options extends readonly unknown[]>(
    name: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ) => {
    run(name, rule, tests);
    const pairs = tests.invalid.flatMap((c) =>
      (c.errors ?? []).flatMap((e) =>
        (e.suggestions ?? []).flatMap((s) =>
          typeof s === 'object' && s !== null && typeof s.output === 'string' ? [[c.code, s.output] as const] : [],
        ),
      ),
    );
    if (pairs.length === 0) return;
    describe(`${name}: suggestions type-check`, () => {
      it(`every suggestion of the ${pairs.length} suggested fixes adds no type error`, () => {
        const errors = typeErrors(pairs.flatMap(([code, output]) => [code, output]));
        const added = pairs.flatMap(([, output], i) => {
          const before = new Set(errors[2 * i]);
          const after = errors[2 * i + 1]!.filter((e) => !before.has(e));
          return after.length > 0 ? [`${output}\n  → ${after.join('\n  → ')}`] : [];
        });
        expect(added).toEqual([]);
      });
    });
  };
  return tester;
}
