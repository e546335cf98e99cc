// Crash-freedom: every Classified rule, at `strict`, over large real TypeScript code — two real
// projects obtained through the npm registry (zod's and @trpc/server's shipped .ts sources), this
// repository, and a generated project of 1,000 files. Reports files linted, time, crashes (a rule
// that throws, or a fatal message) and findings. There is nothing classified in third-party code, so
// any finding there is a false positive.
//
//   npm run build && node bench/crash-check.mjs
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';
import { generateProject } from './generate-project.mjs';
import { realSources } from './real-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench/.generated/crash');
// zod's sources as the npm package ships them, and @trpc/server's from the npm registry.
const { zodDir, trpcDir } = realSources(root, work);

// 3. A generated project of 1,000 files.
const genDir = join(work, 'generated');
generateProject(genDir, 1000);

const targets = [
  { name: 'zod (npm, src/)', cwd: zodDir, patterns: ['src'], thirdParty: true },
  { name: '@trpc/server (npm, src/)', cwd: trpcDir, patterns: ['package/src'], thirdParty: true },
  {
    name: 'this repository',
    cwd: root,
    patterns: [
      ...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/src`),
      ...readdirSync(join(root, 'examples')).map((e) => `examples/${e}/src`),
    ].filter((dir) => existsSync(join(root, dir))),
    thirdParty: false,
  },
  { name: 'generated, 1,000 files', cwd: genDir, patterns: ['src'], thirdParty: false },
];

let failed = false;
for (const target of targets) {
  const eslint = new ESLint({
    cwd: target.cwd,
    overrideConfigFile: true,
    overrideConfig: [
      // Third-party code has its own eslint-disable comments for rules we do not load: not ours to judge.
      { linterOptions: { reportUnusedDisableDirectives: 'off' } },
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tseslint.parser,
          parserOptions: { projectService: true, tsconfigRootDir: target.cwd },
        },
      },
      classified.configs.strict,
    ],
  });
  const started = process.hrtime.bigint();
  let results = [];
  let thrown;
  try {
    results = await eslint.lintFiles(target.patterns);
  } catch (error) {
    thrown = error;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // A crash: a parse failure (fatal) or a rule that throws (ESLint then rejects the whole run).
  const fatal = results.flatMap((r) =>
    r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line} ${m.message}`),
  );
  const findings = {};
  const where = [];
  for (const r of results) {
    for (const m of r.messages) {
      if (!m.ruleId?.startsWith('@classified/')) continue; // e.g. "Definition for rule 'ban/ban' was not found"
      findings[m.ruleId] = (findings[m.ruleId] ?? 0) + 1;
      where.push(`${r.filePath.slice(target.cwd.length + 1)}:${m.line} ${m.ruleId}`);
    }
  }
  const crashes = fatal.length + (thrown ? 1 : 0);
  const falsePositives = target.thirdParty ? Object.values(findings).reduce((a, b) => a + b, 0) : 0;
  console.log(
    `${target.name.padEnd(26)} files ${String(results.length).padStart(5)}  time ${seconds.toFixed(1).padStart(6)} s  crashes ${crashes}  findings ${JSON.stringify(findings)}`,
  );
  if (thrown) console.log(`  thrown: ${thrown.stack?.split('\n').slice(0, 4).join('\n  ')}`);
  for (const f of fatal.slice(0, 5)) console.log(`  fatal: ${f}`);
  if (target.name === 'this repository') for (const w of where) console.log(`  ${w}`);
  if (crashes > 0 || falsePositives > 0) failed = true;
}

process.exitCode = failed ? 1 : 0;
