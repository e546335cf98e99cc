// Type-checking cost of the brands: `tsc --extendedDiagnostics` on a generated domain of N models
// that use @classified/core's branded types, against the same domain with plain types.
//
//   node bench/core-typecheck.mjs [models=300] [runs=3]
//
// Prints instantiations, types and check time (median of the runs) for both, and the ratios. The
// two variants run alternately, run by run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const models = Number(process.argv[2] ?? 300);
const runs = Number(process.argv[3] ?? 3);
const out = join(root, 'bench/.generated/core-typecheck');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

const FIELDS = [
  ['id', 'string', 'Internal<string>'],
  ['email', 'string', "Restricted<string, 'pii'>"],
  ['name', 'string', "Restricted<string, 'pii'>"],
  ['phone?', 'string', "Restricted<string, 'pii'>"],
  ['iban', 'string', "Restricted<string, 'payment'>"],
  ['rewardCents', 'number', 'Confidential<number>'],
  ['status', "'active' | 'closed'", "Internal<'active' | 'closed'>"],
  ['createdAt', 'Date', 'Date'],
  ['tags', 'string[]', 'Internal<string>[]'],
];

function model(i, branded) {
  const type = (f) => (branded ? f[2] : f[1]);
  const fields = FIELDS.map((f) => `  ${f[0]}: ${type(f)};`).join('\n');
  const prev = i > 0 ? `  parent?: Model${i - 1};\n` : '';
  return `export interface Model${i} {\n${fields}\n${prev}  items: Array<{ sku: string; price: ${branded ? 'Confidential<number>' : 'number'} }>;\n}\n`;
}

// Both variants make the same calls; the plain one imports look-alike functions with plain
// signatures (see PLAIN_CORE), so that the difference measured is the cost of the brands alone.
function service(i, branded) {
  const from = branded ? '@classified/core' : './plain-core.js';
  return `import { internal, restricted, confidential, maskEmail, declassify } from '${from}';
import type { Model${i} } from './model${i}.js';

export function create${i}(row: Record<string, string>): Model${i} {
  return {
    id: internal(row.id ?? ''),
    email: restricted(row.email ?? '', 'pii'),
    name: restricted(row.name ?? '', 'pii'),
    iban: restricted(row.iban ?? '', 'payment'),
    rewardCents: confidential(Number(row.reward)),
    status: 'active',
    createdAt: new Date(),
    tags: [internal('new')],
    items: [],
  };
}

export function describe${i}(m: Model${i}): string {
  const shown = maskEmail(m.email);
  const total = m.items.reduce((sum, item) => sum + item.price, 0);
  const copy = { ...m, tags: [...m.tags, m.id] };
  return \`\${m.id} \${shown} \${total} \${copy.tags.length} \${m.email.length}\`;
}

export function export${i}(m: Model${i}): { id: string; email: string } {
  return { id: m.id, email: declassify(m.email, 'export for the mailer') };
}
${branded && process.env.WITH_LEVELOF ? `import type { LevelOf } from '@classified/core';\nexport type Level${i} = LevelOf<Model${i}>;\n` : ''}`;
}

const PLAIN_CORE = `export const internal = <T>(value: T, _category?: string): T => value;
export const confidential = <T>(value: T, _category?: string): T => value;
export const restricted = <T>(value: T, _category?: string): T => value;
export const declassify = <T>(value: T, _reason: string): T => value;
export const maskEmail = (value: string): string => value;
`;

function generate(variant) {
  const dir = join(out, variant);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const branded = variant === 'branded';
  if (!branded) writeFileSync(join(dir, 'plain-core.ts'), PLAIN_CORE);
  for (let i = 0; i < models; i++) {
    const imports = branded ? "import type { Internal, Confidential, Restricted } from '@classified/core';\n" : '';
    const parentImport = i > 0 ? `import type { Model${i - 1} } from './model${i - 1}.js';\n` : '';
    writeFileSync(join(dir, `model${i}.ts`), imports + parentImport + model(i, branded));
    writeFileSync(join(dir, `service${i}.ts`), service(i, branded));
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: true,
        types: [],
        rootDir: '.',
      },
      include: ['*.ts'],
    }),
  );
  return dir;
}

function tscRun(dir) {
  let text;
  try {
    text = execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--extendedDiagnostics'], {
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(`tsc failed on the generated ${dir}:\n${String(error.stdout).split('\n').slice(0, 5).join('\n')}`, {
      cause: error,
    });
  }
  const read = (label) =>
    Number(/^(?:\S.*?):\s+([\d.]+)/m.exec(text.split('\n').find((l) => l.startsWith(label)) ?? '')?.[1]);
  return { instantiations: read('Instantiations:'), types: read('Types:'), check: read('Check time:') };
}

// The two variants run alternately, run by run, so that noise on the machine hits both.
const dirs = { plain: generate('plain'), branded: generate('branded') };
const samples = { plain: [], branded: [] };
for (let r = 0; r < runs; r++)
  for (const variant of r % 2 === 0 ? ['plain', 'branded'] : ['branded', 'plain'])
    samples[variant].push(tscRun(dirs[variant]));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (list) => ({
  instantiations: list[0].instantiations,
  types: list[0].types,
  check: median(list.map((s) => s.check)),
});
const plain = summary(samples.plain);
const branded = summary(samples.branded);
const ratio = (a, b) => (a / b).toFixed(2);
console.log(`Type-checking ${models} models (${models * 2} files), median check time of ${runs} runs`);
console.log('variant   instantiations   types     check time');
console.log(
  `plain     ${String(plain.instantiations).padEnd(16)} ${String(plain.types).padEnd(9)} ${plain.check.toFixed(2)}s`,
);
console.log(
  `branded   ${String(branded.instantiations).padEnd(16)} ${String(branded.types).padEnd(9)} ${branded.check.toFixed(2)}s`,
);
console.log(
  `ratio     ${ratio(branded.instantiations, plain.instantiations).padEnd(16)} ${ratio(branded.types, plain.types).padEnd(9)} ${ratio(branded.check, plain.check)}x`,
);
const paired = samples.branded.map((s, i) => s.check / samples.plain[i].check);
console.log(
  `check time ratio run by run: ${paired.map((x) => x.toFixed(2)).join(' / ')} (median ${median(paired).toFixed(2)}x)`,
);
