// Scale-out: ESLint's own multithreaded linting (`--concurrency`) with the plugin, 1 vs 2 threads,
// on a generated project: wall time, peak RSS of the whole process tree (GNU time's maximum
// resident set of the main process, plus workers as reported by `ps` sampling), and that both runs
// report exactly the same findings.
//
//   npm run build && node bench/concurrency.mjs [files=2000]
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProject } from './generate-project.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = Number(process.argv[2] ?? 2000);
const dir = join(root, 'bench/.generated/concurrency-project');
generateProject(dir, files);
writeFileSync(
  join(dir, 'eslint.config.js'),
  `import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';
export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  classified.configs.recommended,
];
`,
);
// A comparable type-aware rule, for the memory that type information itself takes.
writeFileSync(
  join(dir, 'eslint.no-unsafe-argument.config.js'),
  `import tseslint from 'typescript-eslint';
export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin }, rules: { '@typescript-eslint/no-unsafe-argument': 'error' } },
];
`,
);
// The same parse with no rule: the baseline the rules' memory is measured over.
writeFileSync(
  join(dir, 'eslint.parse-only.config.js'),
  `import tseslint from 'typescript-eslint';
export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
];
`,
);

/** Peak RSS (MiB) of a process and its descendants, sampled every 200 ms. */
function run(threads, config = 'eslint.config.js') {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/eslint/bin/eslint.js'),
        '-c',
        config,
        '--concurrency',
        String(threads),
        '-f',
        'json',
        'src',
      ],
      { cwd: dir },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let peak = 0;
    const timer = setInterval(() => {
      try {
        const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' });
        const rows = table
          .trim()
          .split('\n')
          .map((l) => l.trim().split(/\s+/).map(Number));
        const tree = new Set([child.pid]);
        let grew = true;
        while (grew) {
          grew = false;
          for (const [pid, ppid] of rows)
            if (tree.has(ppid) && !tree.has(pid)) {
              tree.add(pid);
              grew = true;
            }
        }
        const rss = rows.filter(([pid]) => tree.has(pid)).reduce((s, [, , r]) => s + r, 0) / 1024;
        peak = Math.max(peak, rss);
      } catch {
        // the process ended between two samples
      }
    }, 200);
    child.on('close', () => {
      clearInterval(timer);
      if (!out.trim()) throw new Error(`eslint --concurrency ${threads} printed no results:\n${err}`);
      const results = JSON.parse(out);
      const findings = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line}:${m.ruleId}`)).sort();
      resolve({ wall: (Date.now() - started) / 1000, peak, findings });
    });
  });
}

const parse = await run(1, 'eslint.parse-only.config.js');
const unsafe = await run(1, 'eslint.no-unsafe-argument.config.js');
const one = await run(1);
const two = await run(2);
console.log(`parse only (no rule), 1 thread: ${parse.wall.toFixed(1)} s wall, peak RSS ${parse.peak.toFixed(0)} MiB`);
console.log(`${files} files, recommended config`);
console.log(
  `  --concurrency 1: ${one.wall.toFixed(1)} s wall, peak RSS ${one.peak.toFixed(0)} MiB, ${one.findings.length} findings`,
);
console.log(
  `  --concurrency 2: ${two.wall.toFixed(1)} s wall, peak RSS ${two.peak.toFixed(0)} MiB, ${two.findings.length} findings`,
);
console.log(
  `  our rules' memory over the parse alone (1 thread): +${(100 * (one.peak / parse.peak - 1)).toFixed(1)} %`,
);
console.log(
  `  no-unsafe-argument alone, 1 thread: ${unsafe.wall.toFixed(1)} s wall, peak RSS ${unsafe.peak.toFixed(0)} MiB (+${(100 * (unsafe.peak / parse.peak - 1)).toFixed(1)} % over the parse); ours over it: ${(100 * (one.peak / unsafe.peak - 1)).toFixed(1)} %`,
);
console.log(`  same findings: ${JSON.stringify(one.findings) === JSON.stringify(two.findings)}`);
