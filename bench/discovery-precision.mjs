// Discovery precision: `require-classification` (configs.discover) over real TypeScript code —
// zod's and @trpc/server's shipped .ts sources (obtained as bench/crash-check.mjs does) and the
// example service. Prints every report, one per line, for review: docs/discovery.md records the
// verdict on each and the precision.
//
//   npm run build && node bench/discovery-precision.mjs > bench/.generated/discovery.txt
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench/.generated/discovery');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const tsconfig = (include) =>
  JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, types: ['node'] },
    include,
  });

const zodDir = join(work, 'zod');
cpSync(join(root, 'node_modules/zod/src'), join(zodDir, 'src'), { recursive: true });
writeFileSync(join(zodDir, 'package.json'), JSON.stringify({ name: 'zod-src', private: true, type: 'module' }));
writeFileSync(join(zodDir, 'tsconfig.json'), tsconfig(['src']));

const trpcDir = join(work, 'trpc');
mkdirSync(trpcDir, { recursive: true });
const tarball = execFileSync('npm', ['pack', '@trpc/server@11', '--silent', '--pack-destination', trpcDir], { encoding: 'utf8' }).trim().split('\n').pop();
execFileSync('tar', ['xzf', join(trpcDir, tarball), '-C', trpcDir]);
writeFileSync(join(trpcDir, 'package.json'), JSON.stringify({ name: 'trpc-src', private: true, type: 'module' }));
writeFileSync(join(trpcDir, 'tsconfig.json'), tsconfig(['package/src']));

const example = join(root, 'examples/referral-service');
const targets = [
  { name: 'zod (npm, src/)', cwd: zodDir, patterns: ['src'] },
  { name: '@trpc/server (npm, src/)', cwd: trpcDir, patterns: ['package/src'] },
  { name: 'examples/referral-service (src/, leaks/)', cwd: example, patterns: ['src', 'leaks'] },
  { name: 'this repository (packages/*/src)', cwd: root, patterns: ['packages/core/src', 'packages/zod/src', 'packages/eslint-plugin/src'] },
];

for (const target of targets) {
  const eslint = new ESLint({
    cwd: target.cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: target.cwd } } },
      classified.configs.discover,
    ],
  });
  const results = await eslint.lintFiles(target.patterns);
  const reports = results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === null || m.ruleId.startsWith('@classified/')).map((m) => `${relative(target.cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`),
  );
  console.log(`## ${target.name}: ${results.length} files, ${reports.length} report(s)`);
  for (const line of reports) console.log(line);
}
