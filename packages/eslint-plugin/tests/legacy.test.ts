import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Adopting the lint on an existing code base: ESLint's bulk suppressions record today's findings,
// CI fails only on new ones, and classified-audit lists the suppressed findings as exceptions.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspace = path.join(root, '../..');
const eslintBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('eslint/package.json')),
  'bin/eslint.js',
);
const auditBin = path.join(root, 'dist/cli/audit.js');

// A copy of the fixture, so that --suppress-all writes outside the repository.
const project = mkdtempSync(path.join(tmpdir(), 'classified-legacy-'));
cpSync(path.join(root, 'tests/fixtures/legacy-project'), project, { recursive: true });
symlinkSync(path.join(workspace, 'node_modules'), path.join(project, 'node_modules'), 'dir');
afterAll(() => rmSync(project, { recursive: true, force: true }));

const eslint = (...args: string[]) =>
  spawnSync(process.execPath, [eslintBin, ...args], { cwd: project, encoding: 'utf8' });
const audit = (...args: string[]) =>
  spawnSync(process.execPath, [auditBin, ...args], { cwd: project, encoding: 'utf8' });

describe('adopting on an existing code base with bulk suppressions', () => {
  it('reports the legacy findings, suppresses them all, then fails only on a new leak', () => {
    const before = eslint('--format', 'json', '.');
    expect(before.status).toBe(1);
    const findings = (
      JSON.parse(before.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>
    ).flatMap((f) => f.messages.map((m) => `${m.line} ${m.ruleId}`));
    expect(findings).toEqual([
      '6 @classified/no-classified-logging',
      '7 @classified/no-classified-logging',
      '13 @classified/require-declassify-reason',
      '14 @classified/require-declassify-reason',
      '15 @classified/require-declassify-reason',
      '16 @classified/require-declassify-reason',
    ]);

    const suppress = eslint('--suppress-all', '.');
    expect(suppress.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(project, 'eslint-suppressions.json'), 'utf8'))).toEqual({
      'src/legacy.ts': {
        '@classified/no-classified-logging': { count: 2 },
        '@classified/require-declassify-reason': { count: 4 },
      },
    });
    expect(eslint('.').status).toBe(0);

    writeFileSync(
      path.join(project, 'src/signup.ts'),
      "import type { User } from './models.js';\n\nexport const signup = (user: User) => console.log(user.email);\n",
    );
    const after = eslint('.');
    expect(after.status).toBe(1);
    expect(after.stdout).toContain(
      '3:51  error  `user.email`: restricted (pii) data reaches the logger `console.log()`.',
    );
    expect(after.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('lists the suppressed findings with the other exceptions, judging reasons by the project’s policy', () => {
    const result = audit('--fail-on-missing-reason');
    expect(result.stdout.split('\n')).toEqual([
      '# Exceptions register',
      '',
      "Project: `tsconfig.json`. 8 exception(s). Reasons judged by require-declassify-reason's options in `eslint.config.mjs`.",
      '',
      '| Where | Kind | Removes | Reason | Code |',
      '| --- | --- | --- | --- | --- |',
      '| src/legacy.ts | eslint-suppression | @classified/no-classified-logging | **suppressed** (legacy baseline) | `eslint-suppressions.json: 2 finding(s)` |',
      '| src/legacy.ts | eslint-suppression | @classified/require-declassify-reason | **suppressed** (legacy baseline) | `eslint-suppressions.json: 4 finding(s)` |',
      "| src/legacy.ts:12 | declassify | restricted (pii) | OPS-7: deliver the password-reset email | `declassify(user.email, 'OPS-7: deliver the password-reset email')` |",
      "| src/legacy.ts:13 | declassify | restricted (pii) | **rejected** (0 characters; at least 12):  | `declassify(user.email, '')` |",
      "| src/legacy.ts:14 | declassify | restricted (pii) | **rejected** (1 characters; at least 12): x | `declassify(user.email, 'x')` |",
      "| src/legacy.ts:15 | declassify | restricted (pii) | **rejected** (a placeholder (`todo`)): TODO: say why this data may leave its classification | `declassify(user.email, 'TODO: say why this data may leave its classification')` |",
      "| src/legacy.ts:16 | declassify | restricted (pii) | **rejected** (does not match `^[A-Z]+-\\d+: `): Deliver the password-reset email | `declassify(user.email, 'Deliver the password-reset email')` |",
      "| src/legacy.ts:17 | declassify | nothing (the value was not classified) | OPS-8: kept from the old mailer | `declassify(plain, 'OPS-8: kept from the old mailer')` |",
      '',
    ]);
    expect(result.stderr).toBe('classified-audit: 4 exception(s) without an accepted static reason.\n');
    expect(result.status).toBe(1);
  });
});
