// Crash-freedom: every Classified rule, at `strict`, over large real TypeScript code — two real
// projects obtained through the npm registry (zod's and @trpc/server's shipped .ts sources), this
// repository, and a generated project of 1,000 files. Reports files linted, time, crashes (a rule
// that throws, or a fatal message) and findings. There is nothing classified in third-party code, so
// any finding there is a false positive.
//
//   npm run build && node bench/crash-check.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';
import { generateProject } from './generate-project.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench/.generated/crash');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const tsconfig = (include) =>
  JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, noEmit: true, types: ['node'] },
    include,
  });

// 1. zod's sources, as the npm package ships them.
const zodDir = join(work, 'zod');
cpSync(join(root, 'node_modules/zod/src'), join(zodDir, 'src'), { recursive: true });
writeFileSync(join(zodDir, 'package.json'), JSON.stringify({ name: 'zod-src', private: true, type: 'module' }));
writeFileSync(join(zodDir, 'tsconfig.json'), tsconfig(['src']));

// 2. @trpc/server's sources, fetched from the npm registry.
const trpcDir = join(work, 'trpc');
mkdirSync(trpcDir, { recursive: true });
const tarball = execFileSync('npm', ['pack', '@trpc/server@11', '--silent', '--pack-destination', trpcDir], { encoding: 'utf8' }).trim().split('\n').pop();
execFileSync('tar', ['xzf', join(trpcDir, tarball), '-C', trpcDir]);
writeFileSync(join(trpcDir, 'package.json'), JSON.stringify({ name: 'trpc-src', private: true, type: 'module' }));
writeFileSync(join(trpcDir, 'tsconfig.json'), tsconfig(['package/src']));

// 3. A generated project of 1,000 files.
const genDir = join(work, 'generated');
generateProject(genDir, 1000);

const targets = [
  { name: 'zod (npm, src/)', cwd: zodDir, patterns: ['src'], thirdParty: true },
  { name: '@trpc/server (npm, src/)', cwd: trpcDir, patterns: ['package/src'], thirdParty: true },
  {
    name: 'this repository',
    cwd: root,
    patterns: [...readdirSync(join(root, 'packages')).map((p) => `packages/${p}/src`), ...readdirSync(join(root, 'examples')).map((e) => `examples/${e}/src`)].filter((dir) => existsSync(join(root, dir))),
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
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: target.cwd } } },
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
  const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.filePath}:${m.line} ${m.message}`));
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
  console.log(`${target.name.padEnd(26)} files ${String(results.length).padStart(5)}  time ${seconds.toFixed(1).padStart(6)} s  crashes ${crashes}  findings ${JSON.stringify(findings)}`);
  if (thrown) console.log(`  thrown: ${thrown.stack?.split('\n').slice(0, 4).join('\n  ')}`);
  for (const f of fatal.slice(0, 5)) console.log(`  fatal: ${f}`);
  if (target.name === 'this repository') for (const w of where) console.log(`  ${w}`);
  if (crashes > 0 || falsePositives > 0) failed = true;
}

process.exitCode = failed ? 1 : 0;
