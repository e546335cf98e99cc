// Where the Classified rules spend their time: lints the generated benchmark project under
// `node --cpu-prof` and sums the profile's self time by where the code lives (TypeScript's checker,
// our rules by module, typescript-eslint's parser, ESLint), with the top functions.
//
//   npm run build && node bench/eslint-rules.mjs 500 1 && node bench/profile-rules.mjs [config=classified] [top=25]
//
// `config` is one of the configs eslint-rules.mjs writes (classified, parse-only, no-unsafe-argument, sink-rules).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = process.argv[2] ?? 'classified';
const top = Number(process.argv[3] ?? 25);
const dir = join(root, 'bench/.generated/lint-project');
const out = mkdtempSync(join(tmpdir(), 'classified-prof-'));

try {
  execFileSync(
    process.execPath,
    [
      '--cpu-prof',
      '--cpu-prof-dir',
      out,
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--config',
      `eslint.${config}.config.js`,
      '-f',
      'json',
      'src',
    ],
    { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 },
  );
} catch (error) {
  if (error.status !== 1) throw error; // 1: ESLint reported the planted leaks.
}
const file = readdirSync(out).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(out, file), 'utf8'));

/** Where a function's code lives, coarse enough to read. */
function area(url, name) {
  if (!url) return name === '(garbage collector)' ? 'gc' : name.startsWith('(') ? name : 'native';
  if (url.includes('/typescript/lib/')) return 'typescript';
  if (url.includes('/eslint-plugin/dist/')) return `classified ${url.slice(url.indexOf('/dist/') + 6)}`;
  if (url.includes('@typescript-eslint/'))
    return `typescript-eslint ${url.split('@typescript-eslint/')[1].split('/')[0]}`;
  if (url.includes('/eslint/')) return 'eslint';
  if (url.startsWith('node:')) return 'node';
  return 'other';
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const areas = new Map();
const functions = new Map();
for (const [id, us] of self) {
  const { callFrame } = byId.get(id);
  const where = area(callFrame.url, callFrame.functionName);
  areas.set(where, (areas.get(where) ?? 0) + us);
  const key = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}

// Inclusive time of the checker under each of our modules: samples whose stack has a classified
// frame, attributed to the innermost classified module and split into its own and TypeScript's time.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const under = new Map();
for (const [id, us] of self) {
  let leaf = area(byId.get(id).callFrame.url, byId.get(id).callFrame.functionName);
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const where = area(byId.get(at).callFrame.url, byId.get(at).callFrame.functionName);
    if (where.startsWith('classified ')) {
      const row = under.get(where) ?? { own: 0, typescript: 0, other: 0 };
      if (leaf === where) row.own += us;
      else if (leaf === 'typescript') row.typescript += us;
      else row.other += us;
      under.set(where, row);
      break;
    }
  }
}

const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
console.log(`${config}: ${(total / 1e6).toFixed(2)} s of samples (profile in ${out})\n\nself time by area:`);
for (const [where, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 20))
  console.log(`  ${ms(us)} ${pct(us)}  ${where}`);
console.log(`\ntime under our modules (innermost), split into own / TypeScript / other:`);
for (const [where, row] of [...under].sort((a, b) => b[1].own + b[1].typescript - (a[1].own + a[1].typescript)))
  console.log(
    `  ${ms(row.own + row.typescript + row.other)}  own ${ms(row.own)}  typescript ${ms(row.typescript)}  ${where}`,
  );
console.log(`\ntop ${top} functions by self time:`);
for (const [key, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${ms(us)} ${pct(us)}  ${key}`);
