// The cost of the Classified rules on a generated project of realistic code (models, services,
// sink calls, wrappers), against @typescript-eslint/no-unsafe-argument (a comparable type-aware
// rule) and against the type-aware parse alone. Times come from ESLint's `--stats` (per file:
// parse time, and time per rule), summed over the project.
//
//   npm run build && node bench/eslint-rules.mjs [files=500] [runs=3]
//
// Each variant runs `runs` times in its own process; the figures are the median run (this machine's
// timings vary by ±30% from run to run).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import classified from '@classified/eslint-plugin';
import { generateProject, PLANTED } from './generate-project.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = Number(process.argv[2] ?? 500);
const repeat = Number(process.argv[3] ?? 3);
const dir = join(root, 'bench/.generated/lint-project');
/** The file linted first: a service (models hold no calls). */
const FIRST = 'src/services/service0.ts';

const { models, services } = generateProject(dir, files);

// One config per variant, each linted in its own ESLint process (so that no rule pays for type
// information another rule asked for first): the parse alone, no-unsafe-argument alone, ours alone.
const VARIANTS = {
  'parse only': {},
  'no-unsafe-argument': { '@typescript-eslint/no-unsafe-argument': 'error' },
  // The three sink rules the goal was set for, then every rule of the recommended config.
  'sink rules': {
    '@classified/no-classified-logging': 'error',
    '@classified/no-classified-export': 'error',
    '@classified/no-classified-third-party': 'error',
  },
  classified: classified.configs.recommended.rules,
  strict: classified.configs.strict.rules,
  // As in a project that already runs typescript-eslint's type-checked rules: ours run after one,
  // so the checker has typed the code already and what remains is our rules' own work.
  'after no-unsafe-argument': {
    '@typescript-eslint/no-unsafe-argument': 'error',
    ...classified.configs.recommended.rules,
  },
};
for (const [name, rules] of Object.entries(VARIANTS)) {
  writeFileSync(
    join(dir, `eslint.${name.replace(/\W+/g, '-')}.config.js`),
    `import tseslint from 'typescript-eslint';
import classified from '@classified/eslint-plugin';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin, '@classified': classified },
    rules: ${JSON.stringify(rules)},
  },
];
`,
  );
}

console.log(`Generated ${models} model files and ${services} service files in ${dir}`);

function lint(name) {
  const started = process.hrtime.bigint();
  let output;
  try {
    output = execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/eslint/bin/eslint.js'),
        '--config',
        `eslint.${name.replace(/\W+/g, '-')}.config.js`,
        '--stats',
        '-f',
        'json',
        // ESLint lints the files named first before the rest of the directory (each once), and
        // prints results sorted by path: naming a service first makes it the first file linted.
        FIRST,
        'src',
      ],
      { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
  } catch (error) {
    // ESLint exits 1 when it reports problems (the generated leaks): its output is still the JSON.
    output = error.stdout;
    if (!output) throw error;
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const results = JSON.parse(output);
  let parse = 0;
  const perFile = [];
  let firstFile = 0;
  let planted = 0;
  let found = 0;
  let other = 0;
  const otherExamples = [];
  const rules = {};
  const messages = {};
  for (const file of results) {
    let fileRules = 0;
    for (const pass of file.stats?.times?.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      for (const [rule, t] of Object.entries(pass.rules ?? {})) {
        rules[rule] = (rules[rule] ?? 0) + t.total;
        fileRules += t.total;
      }
    }
    perFile.push(fileRules);
    if (file.filePath.endsWith(FIRST)) firstFile = fileRules;
    for (const m of file.messages) messages[m.ruleId ?? 'fatal'] = (messages[m.ruleId ?? 'fatal'] ?? 0) + 1;
    // Planted leaks: each marked line must get a report from our rules, and no other line may.
    const lines = readFileSync(file.filePath, 'utf8').split('\n');
    const reportedLines = new Set(file.messages.filter((m) => m.ruleId?.startsWith('@classified/')).map((m) => m.line));
    lines.forEach((line, i) => {
      if (!line.includes(PLANTED)) return;
      planted++;
      if (reportedLines.has(i + 1)) found++;
    });
    for (const line of reportedLines) {
      if (!lines[line - 1]?.includes(PLANTED)) {
        other++;
        if (otherExamples.length < 5) otherExamples.push(`${file.filePath}:${line}: ${lines[line - 1]?.trim()}`);
      }
    }
  }
  const ruleTotal = Object.values(rules).reduce((a, b) => a + b, 0);
  // The first file linted pays any one-off, program-wide work.
  const sorted = [...perFile].sort((a, b) => a - b);
  const medianFile = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return {
    files: results.length,
    wall,
    parse,
    rules,
    ruleTotal,
    messages,
    planted,
    found,
    other,
    otherExamples,
    firstFile,
    medianFile,
  };
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const runs = {};
for (const name of Object.keys(VARIANTS)) {
  const tries = Array.from({ length: repeat }, () => lint(name)).sort(
    (a, b) => a.ruleTotal + a.parse - (b.ruleTotal + b.parse),
  );
  const r = (runs[name] = tries[Math.floor(tries.length / 2)]);
  console.log(
    `\n${name}: ${r.files} files, ${r.wall.toFixed(1)} s wall; parse ${fmt(r.parse)}; rules ${fmt(r.ruleTotal)}`,
  );
  for (const [rule, t] of Object.entries(r.rules).sort((a, b) => b[1] - a[1]))
    console.log(`  ${rule.padEnd(40)} ${fmt(t)}`);
  if (Object.keys(r.messages).length > 0) console.log('  findings:', JSON.stringify(r.messages));
  if (name === 'no-unsafe-argument')
    console.log(
      `  the first file linted: ${r.firstFile.toFixed(1)} ms; median file: ${r.medianFile.toFixed(1)} ms (${(r.firstFile / Math.max(0.01, r.medianFile)).toFixed(1)}x)`,
    );
  if (name === 'classified' || name === 'strict') {
    console.log(
      `  our rules on the first file linted: ${r.firstFile.toFixed(1)} ms; median file: ${r.medianFile.toFixed(1)} ms (${(r.firstFile / Math.max(0.01, r.medianFile)).toFixed(1)}x)`,
    );
    console.log(
      `  planted leaks found: ${r.found}/${r.planted} (${((100 * r.found) / Math.max(1, r.planted)).toFixed(1)} %); other lines reported: ${r.other}`,
    );
    for (const example of r.otherExamples) console.log(`    ${example}`);
  }
}
const ours = runs.classified.ruleTotal;
const theirs = runs['no-unsafe-argument'].ruleTotal;
console.log(
  `\nstrict (${Object.keys(classified.configs.strict.rules).length} rules): ${fmt(runs.strict.ruleTotal)}; ratio to no-unsafe-argument ${(runs.strict.ruleTotal / theirs).toFixed(2)}x`,
);
console.log(
  `\nthe three sink rules: ${fmt(runs['sink rules'].ruleTotal)}; ratio to no-unsafe-argument ${(runs['sink rules'].ruleTotal / theirs).toFixed(2)}x`,
);
console.log(
  `all ${Object.keys(classified.configs.recommended.rules).length} @classified rules together: ${fmt(ours)}; no-unsafe-argument alone: ${fmt(theirs)}; ratio ${(ours / theirs).toFixed(2)}x`,
);
const after = Object.entries(runs['after no-unsafe-argument'].rules)
  .filter(([rule]) => rule.startsWith('@classified/'))
  .reduce((sum, [, t]) => sum + t, 0);
console.log(
  `after no-unsafe-argument in the same run, our rules together: ${fmt(after)} (${(after / runs['after no-unsafe-argument'].rules['@typescript-eslint/no-unsafe-argument']).toFixed(2)}x of it)`,
);
console.log(
  `type-aware parse alone: ${fmt(runs['parse only'].parse)}; our rules / parse: ${(ours / runs['parse only'].parse).toFixed(2)}x`,
);
