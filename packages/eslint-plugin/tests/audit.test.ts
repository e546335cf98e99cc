import { execFileSync, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/cli/audit.js');
const project = path.join(root, 'tests/fixtures/audit-project');

/** Runs the built command, as a user would. */
function run(args: string[], cwd = project) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

describe('classified-audit', () => {
  it('lists every exception as Markdown, with the reason and what it removes', () => {
    const result = run([]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      '# Exceptions register',
      '',
      "Project: `tsconfig.json`. 7 exception(s). Reasons judged by require-declassify-reason's defaults.",
      '',
      '| Where | Kind | Removes | Reason | Code |',
      '| --- | --- | --- | --- | --- |',
      "| src/service.ts:5 | declassify | restricted (pii) | Deliver the password-reset email | `declassify(user.email, 'Deliver the password-reset email')` |",
      "| src/service.ts:6 | unseal | restricted (credential) | Sign the request to the payout provider | `unseal(user.apiKey, 'Sign the request to the payout provider')` |",
      "| src/service.ts:7 | reclassify | confidential → internal | Monthly dashboard shows the aggregate | `reclassify(user.payoutTotal, 'internal', 'Monthly dashboard shows the aggregate…` |",
      '| src/service.ts:8 | eslint-disable | @classified/no-classified-logging | SUP-42: support reads this log | `// eslint-disable-next-line @classified/no-classified-logging -- SUP-42: suppor…` |',
      '| src/service.ts:10 | declassify | restricted (pii) | **not static** | `declassify(user, why)` |',
      '| src/service.ts:11 | eslint-disable | @classified/no-classified-export, @classified/no-classified-logging | **missing** | `/* eslint-disable-next-line @classified/no-classified-export, @classified/no-cl…` |',
      '| src/service.ts:19 | eslint-disable | @classified/no-classified-logging | SUP-43: the note names no one | `// eslint-disable-line @classified/no-classified-logging -- SUP-43: the note na…` |',
      '',
    ]);
  });

  it('gives the same register as JSON', () => {
    const out = execFileSync(
      process.execPath,
      [bin, '--format', 'json', '--project', path.join(project, 'tsconfig.json')],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(out) as { project: string; entries: Array<Record<string, unknown>> };
    expect(result.project).toBe('tests/fixtures/audit-project/tsconfig.json');
    expect(result.entries.map((e) => [e.kind, e.line, e.reasonStatus])).toEqual([
      ['declassify', 5, 'ok'],
      ['unseal', 6, 'ok'],
      ['reclassify', 7, 'ok'],
      ['eslint-disable', 8, 'ok'],
      ['declassify', 10, 'not-static'],
      ['eslint-disable', 11, 'missing'],
      ['eslint-disable', 19, 'ok'],
    ]);
    expect(result.entries[0]).toMatchObject({
      file: 'src/service.ts',
      column: 14,
      reason: 'Deliver the password-reset email',
      level: 'restricted',
      categories: ['pii'],
    });
    expect(result.entries[2]).toMatchObject({ level: 'confidential', to: 'internal', lowers: true });
    expect(result.entries[3]).toMatchObject({
      rules: ['@classified/no-classified-logging'],
      reason: 'SUP-42: support reads this log',
    });
    expect(result.entries[4]).toMatchObject({ reason: null });
  });

  it('counts only real comments: not the text of a template literal, before or after a substitution', () => {
    const out = execFileSync(process.execPath, [bin, '--format', 'json'], { cwd: project, encoding: 'utf8' });
    const entries = (JSON.parse(out) as { entries: Array<Record<string, unknown>> }).entries.filter(
      (e) => e.kind === 'eslint-disable',
    );
    // Line 17's template holds `// eslint-disable-next-line …` after `${to}`: no entry. Line 19's comment follows two templates.
    expect(entries.map((e) => e.line)).toEqual([8, 11, 19]);
    expect(entries[2]).toMatchObject({
      line: 19,
      column: 23,
      rules: ['@classified/no-classified-logging'],
      reason: 'SUP-43: the note names no one',
      reasonStatus: 'ok',
    });
  });

  it('fails on a missing or non-static reason when asked', () => {
    const result = run(['--fail-on-missing-reason']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('classified-audit: 2 exception(s) without an accepted static reason.\n');
  });

  it('explains bad arguments and a missing tsconfig', () => {
    const noConfig = run([], root + '/tests');
    expect(noConfig.status).toBe(2);
    expect(noConfig.stderr).toMatch(
      /no tsconfig at .*tests\/tsconfig\.json\. Pass --project path\/to\/tsconfig\.json\./,
    );
    const badFormat = run(['--format', 'xml']);
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toBe('classified-audit: --format must be markdown or json, got xml.\n');
    const unknown = run(['--verbose']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--verbose'/);
    expect(run(['--help']).stdout).toMatch(/^Usage: classified-audit/);
  });
});
