// A team's Jest suite (fixtures/jest): ts-jest compiles `import … from '@classified/core'` to
// require(), type-checks the file (brands included), and Jest runs it against the CommonJS builds.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, runNode } from './run.js';

const jestBin = createRequire(import.meta.url).resolve('jest/bin/jest');
const project = path.join(fixtures, 'jest');
const scratch = mkdtempSync(path.join(tmpdir(), 'classified-jest-'));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface JestReport {
  success: boolean;
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numRuntimeErrorTestSuites: number;
  testResults: { message: string }[];
}

describe('Jest with ts-jest', () => {
  it('runs the fixture suite and every test passes', async () => {
    const report = path.join(scratch, 'report.json');
    const run = await runNode(
      [
        jestBin,
        '--config',
        path.join(project, 'jest.config.cjs'),
        '--ci',
        '--cacheDirectory',
        path.join(scratch, 'cache'),
        '--json',
        '--outputFile',
        report,
      ],
      project,
    );
    const result = JSON.parse(readFileSync(report, 'utf8')) as JestReport;
    const failures = result.testResults.map((r) => r.message).join('\n');
    expect(failures, run.stderr).toBe('');
    expect(result.numRuntimeErrorTestSuites).toBe(0);
    expect(result.numFailedTests).toBe(0);
    expect(result.numPassedTests).toBe(11);
    expect(result.success).toBe(true);
    expect(run.code).toBe(0);
  });
});
