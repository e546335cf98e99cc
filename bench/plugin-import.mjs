// Start-up cost of the plugin: how long `import('@classified/eslint-plugin')` takes in a fresh Node
// process that has already loaded what a lint run loads before it (ESLint itself, whose CLI then
// imports eslint.config.js, and typescript-eslint, which every config that uses the plugin imports),
// next to that baseline alone. Each figure is the median of N fresh `node` processes, timed
// inside the process around the imports (Node's start-up and ESLint's own load are not counted). Goal (issue 17): the
// plugin adds at most 50 ms to typescript-eslint alone.
//
//   npm run build && node bench/plugin-import.mjs [runs=15]
//
// PLUGIN=/path/to/eslint-plugin measures another build of the plugin (a directory with its
// package.json and dist/), e.g. a scratch copy that loads `typescript` differently.
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`plugin-import: runs must be a positive integer, got ${process.argv[2]}`);

const plugin = process.env.PLUGIN
  ? pathToFileURL(join(resolve(process.env.PLUGIN), 'dist/index.js')).href
  : '@classified/eslint-plugin';

// Each scenario prints one JSON line of phase timings (ms), measured by the child itself.
const scenarios = {
  'typescript-eslint alone': `
    await import('eslint');
    const t0 = performance.now();
    await import('typescript-eslint');
    console.log(JSON.stringify({ total: performance.now() - t0 }));`,
  'typescript-eslint, then the plugin': `
    await import('eslint');
    const t0 = performance.now();
    await import('typescript-eslint');
    const t1 = performance.now();
    await import(${JSON.stringify(plugin)});
    const t2 = performance.now();
    console.log(JSON.stringify({ total: t2 - t0, plugin: t2 - t1 }));`,
  'the plugin alone': `
    await import('eslint');
    const t0 = performance.now();
    await import(${JSON.stringify(plugin)});
    console.log(JSON.stringify({ total: performance.now() - t0 }));`,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const results = {};
for (const [name, code] of Object.entries(scenarios)) {
  const samples = [];
  // One warm-up process per scenario fills the OS file cache; it is not counted.
  for (let i = 0; i <= runs; i++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    if (i > 0) samples.push(JSON.parse(out.trim().split('\n').pop()));
  }
  results[name] = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
}

const ms = (v) => `${v.toFixed(0)} ms`;
const alone = results['typescript-eslint alone'].total;
const both = results['typescript-eslint, then the plugin'];
console.log(`plugin import time (${plugin}), median of ${runs} fresh node processes (Node ${process.versions.node})`);
console.log(`  typescript-eslint alone:             ${ms(alone)}`);
console.log(`  typescript-eslint, then the plugin:  ${ms(both.total)} (the plugin's import: ${ms(both.plugin)})`);
console.log(`  the plugin alone:                    ${ms(results['the plugin alone'].total)}`);
const over = both.total - alone;
console.log(`  the plugin over typescript-eslint:   ${ms(over)} (goal: at most 50 ms) ${over <= 50 ? 'OK' : 'OVER'}`);
