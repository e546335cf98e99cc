import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.join(root, 'tests/fixtures/sarif-project');
// The eslint package exports no bin path: find it beside its package.json.
const eslintBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('eslint/package.json')),
  'bin/eslint.js',
);

interface Sarif {
  version: string;
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; helpUri: string }> } };
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
    }>;
  }>;
}

describe('SARIF for GitHub code scanning', () => {
  it('reports our findings through @microsoft/eslint-formatter-sarif', () => {
    // The command the README's GitHub workflow runs.
    const result = spawnSync(process.execPath, [eslintBin, '-f', '@microsoft/sarif', 'src'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    const sarif = JSON.parse(result.stdout) as Sarif;
    expect(sarif.version).toBe('2.1.0');
    const [run] = sarif.runs;
    expect(run!.results).toHaveLength(1);
    expect(run!.results[0]).toMatchObject({
      ruleId: '@classified/no-classified-logging',
      level: 'error',
      message: {
        text: '`user.email`: restricted (pii) data reaches the logger `console.log()`. Mask it, or declassify it with a reason.',
      },
    });
    expect(run!.results[0]!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 9, startColumn: 15 });
    expect(run!.tool.driver.rules[0]).toMatchObject({
      id: '@classified/no-classified-logging',
      helpUri: expect.stringContaining('docs/rules/no-classified-logging.md') as unknown,
    });
  });
});
