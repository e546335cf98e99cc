// Editor latency: re-linting one changed file in a warm program, the way the ESLint language
// server does (one ESLint instance, `lintText` with the same project service). Each edit changes
// one service file of the generated project (a new log line, alternately leaking and not); the
// figure is our rules' time per edit (ESLint's --stats, summed over @classified rules), p50/p95.
//
//   npm run build && node bench/editor-latency.mjs [files=500] [edits=200]
//
// The same edits are linted with no-unsafe-argument alone, for comparison: after an edit the
// program and its checker are new, so any type-aware rule re-types what it asks about.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';
import { generateProject } from './generate-project.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = Number(process.argv[2] ?? 500);
const edits = Number(process.argv[3] ?? 200);
const dir = join(root, 'bench/.generated/editor-project');
const { services } = generateProject(dir, files);

const configs = {
  'our recommended rules': classified.configs.recommended,
  '@typescript-eslint/no-unsafe-argument': {
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-unsafe-argument': 'error' },
  },
};

const ruleTime = (result) =>
  (result.stats?.times?.passes ?? []).reduce(
    (sum, pass) => sum + Object.values(pass.rules ?? {}).reduce((s, t) => s + t.total, 0),
    0,
  );

for (const [name, config] of Object.entries(configs)) {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    stats: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: dir } },
      },
      config,
    ],
  });

  // Warm up: the program is built and every file typed once, as in an editor that has the project open.
  const started = Date.now();
  await eslint.lintFiles(['src']);
  console.log(`warm-up (the whole project, once): ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const times = [];
  const walls = [];
  for (let i = 0; i < edits; i++) {
    const file = join(dir, `src/services/service${i % services}.ts`);
    const original = readFileSync(file, 'utf8');
    const line =
      i % 2 === 0 ? `  logger.info({ note: 'edit ${i}' });` : `  logger.info({ email: user.email, edit: ${i} });`;
    const edited = original.replace('  return total;', `${line}\n  return total;`);
    const t = process.hrtime.bigint();
    const [result] = await eslint.lintText(edited, { filePath: file });
    walls.push(Number(process.hrtime.bigint() - t) / 1e6);
    times.push(ruleTime(result));
  }
  const pct = (list, p) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))];
  console.log(`${name}: ${edits} edits of one file in a warm ${files}-file program`);
  console.log(`  rule time per edit: p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
  console.log(
    `  whole lintText per edit (parse and type-check included): p50 ${pct(walls, 50).toFixed(0)} ms, p95 ${pct(walls, 95).toFixed(0)} ms`,
  );
}
