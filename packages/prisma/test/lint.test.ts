// The built ESLint plugin reports leaks of a classified Prisma client's results: the brands that
// classifyResults gives the generated client's types are the ones the rules look for.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import classified from '@classified/eslint-plugin';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const cwd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture/lint');

/** The lines of the fixture marked `// LEAK`, 1-based. */
function leakLines(file: string): number[] {
  return readFileSync(path.join(cwd, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.endsWith('// LEAK') ? [i + 1] : []));
}

/** ESLint with the plugin's recommended config, in the fixture project. */
const lint = (file: string) =>
  new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: cwd } },
      },
      classified.configs.recommended,
    ],
  }).lintFiles([file]);

describe('the ESLint plugin on a classified Prisma client', () => {
  it('reports the leaks of branded results and nothing else', async () => {
    const [result] = await lint('users.ts');
    const found = result!.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`);
    expect(found).toEqual(leakLines('users.ts').map((line) => `${line} @classified/no-classified-logging`));
    expect(found).toHaveLength(4);
  });

  it("reports `log: ['query']` on the generated client, unless an environment check chooses it", async () => {
    const [result] = await lint('logging.ts');
    const marked = readFileSync(path.join(cwd, 'logging.ts'), 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.endsWith('// QUERY-LOG') ? [`${i + 1} @classified/no-classified-logging`] : []));
    expect(result!.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`)).toEqual(marked);
    expect(marked).toHaveLength(1);
  });
});
