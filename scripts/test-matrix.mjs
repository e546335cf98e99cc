// The supported range, tested: the three packages, packed, installed into a fresh project with
// each TypeScript and zod of the matrix; `tsc` must accept the type assertions (a brand that
// became `any` turns an `@ts-expect-error` into an error) and `eslint` must report exactly the
// planted leaks. Run by `npm run test:matrix` and in CI's matrix job; `npm test` runs the newest.
//
//   npm run build && node scripts/test-matrix.mjs [typescript@zod …]   e.g. 5.4.5@4.0.0
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The oldest TypeScript the brands support (`NoInfer` is 5.4), the latest 5.x, and 6.0; zod 4.0 and the latest 4.x. */
const DEFAULT = ['5.4.5@4.0.0', '5.9.3@4.6.7', '6.0.3@4.0.0', '6.0.3@4.6.7'];
const combos = (process.argv.length > 2 ? process.argv.slice(2) : DEFAULT).map((c) => {
  const [ts, zod] = c.split('@');
  return { ts, zod };
});

const work = mkdtempSync(join(tmpdir(), 'classified-matrix-'));
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
for (const pkg of ['core', 'zod', 'eslint-plugin']) {
  execFileSync('npm', ['pack', '--silent', '--pack-destination', tarballs], {
    cwd: join(root, 'packages', pkg),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
const packed = readdirSync(tarballs).map((f) => join(tarballs, f));

const APP = `import { z } from 'zod';
import { restricted as field } from '@classified/zod';
import { declassify, maskEmail, restricted, type Internal, type Restricted } from '@classified/core';

const User = z.object({ id: z.string(), email: field(z.string(), { category: 'pii' }) });
type User = z.infer<typeof User>;
declare const user: User;

export const kept: Restricted<string, 'pii'> = user.email;
function track(value: Internal<string>): void {
  void value;
}
// @ts-expect-error - a Restricted value cannot reach a slot that takes at most Internal
track(user.email);
track(maskEmail(user.email));
console.log(declassify(user.email, 'shown to the account owner on their profile'));
console.log(user.email); // planted: line 17
declare const input: string;
const fresh = restricted(input, 'pii');
// @ts-expect-error - a freshly classified value is Restricted too (NoInfer needs TypeScript 5.4)
track(fresh);
console.log({ fresh }); // planted: line 22
`;

let failed = 0;
for (const { ts, zod } of combos) {
  const dir = join(work, `ts-${ts}-zod-${zod}`);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'matrix', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
      },
      include: ['src'],
    }),
  );
  writeFileSync(
    join(dir, 'eslint.config.js'),
    `import tseslint from 'typescript-eslint';\nimport classified from '@classified/eslint-plugin';\nexport default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } }, classified.configs.recommended];\n`,
  );
  writeFileSync(join(dir, 'src/app.ts'), APP);
  const label = `TypeScript ${ts}, zod ${zod}`;
  try {
    execFileSync(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...packed,
        `typescript@${ts}`,
        `zod@${zod}`,
        'eslint@10.15.0',
        'typescript-eslint@8.72.0',
        '@types/node@20',
      ],
      { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    execFileSync(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    let out = '';
    try {
      out = execFileSync(join(dir, 'node_modules/.bin/eslint'), ['-f', 'json', 'src'], { cwd: dir, encoding: 'utf8' });
    } catch (error) {
      out = error.stdout; // exit 1: findings
    }
    const findings = JSON.parse(out).flatMap((r) => r.messages.map((m) => `${m.line}:${m.ruleId}`));
    const expected = ['17:@classified/no-classified-logging', '22:@classified/no-classified-logging'];
    if (JSON.stringify(findings) !== JSON.stringify(expected))
      throw new Error(`eslint found ${JSON.stringify(findings)}, expected ${JSON.stringify(expected)}`);
    console.log(`ok    ${label}: types hold, eslint reports the planted leaks only`);
  } catch (error) {
    failed++;
    console.log(`FAIL  ${label}: ${String(error.stdout ?? '').trim() || error.message}`);
  }
}
rmSync(work, { recursive: true, force: true });
console.log(`${combos.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
