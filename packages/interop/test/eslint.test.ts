// The ESLint plugin recognises @classified/core and @classified/zod by where their declarations
// live (dist/<module>.d.ts). Both formats must keep it working: fixtures/lint has the same code as
// a CommonJS file (.cts, "require" condition) and as an ESM file (.mts, "import" condition).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import classified from '@classified/eslint-plugin';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { fixtures } from './run.js';

const cwd = path.join(fixtures, 'lint');

/** The lines of a fixture marked `// LEAK`, 1-based. */
function leakLines(file: string): number[] {
  return readFileSync(path.join(cwd, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.endsWith('// LEAK') ? [i + 1] : []));
}

describe('the ESLint plugin on both formats', () => {
  it('reports the leaks and accepts masked, declassified and redacted values', async () => {
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.cts', '**/*.mts'],
          languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: cwd } },
        },
        classified.configs.recommended,
        // The fixtures write their sample data as literals on purpose.
        { rules: { '@classified/no-classified-literal': 'off' } },
      ],
    });
    const results = await eslint.lintFiles(['logging.cts', 'logging.mts']);
    expect(results).toHaveLength(2);
    for (const result of results) {
      const file = path.basename(result.filePath);
      const found = result.messages.map((m) => `${m.line} ${m.ruleId ?? m.message}`);
      expect(found, file).toEqual(leakLines(file).map((line) => `${line} @classified/no-classified-logging`));
    }
  });
});
