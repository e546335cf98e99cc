// Discovery precision: `require-classification` (configs.discover) over real TypeScript code —
// zod's and @trpc/server's shipped .ts sources (obtained as bench/crash-check.mjs does) and the
// example service. Prints every report, one per line, for review: docs/discovery.md records the
// verdict on each and the precision.
//
//   npm run build && node bench/discovery-precision.mjs > bench/.generated/discovery.txt
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';
import { realSources } from './real-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench/.generated/discovery');
// zod's sources as the npm package ships them, and @trpc/server's from the npm registry.
const { zodDir, trpcDir } = realSources(root, work);

const example = join(root, 'examples/referral-service');
const targets = [
  { name: 'zod (npm, src/)', cwd: zodDir, patterns: ['src'] },
  { name: '@trpc/server (npm, src/)', cwd: trpcDir, patterns: ['package/src'] },
  { name: 'examples/referral-service (src/, leaks/)', cwd: example, patterns: ['src', 'leaks'] },
  {
    name: 'this repository (packages/*/src)',
    cwd: root,
    patterns: ['packages/core/src', 'packages/zod/src', 'packages/eslint-plugin/src'],
  },
];

for (const target of targets) {
  const eslint = new ESLint({
    cwd: target.cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: target.cwd },
        },
      },
      classified.configs.discover,
    ],
  });
  const results = await eslint.lintFiles(target.patterns);
  const reports = results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === null || m.ruleId.startsWith('@classified/'))
      .map((m) => `${relative(target.cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`),
  );
  console.log(`## ${target.name}: ${results.length} files, ${reports.length} report(s)`);
  for (const line of reports) console.log(line);
}
