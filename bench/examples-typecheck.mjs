// Type-checking cost of the brands on the two examples: `tsc --noEmit --extendedDiagnostics` on
// examples/referral-service and examples/nestjs-service as they are ("classified"), and on the same
// sources compiled against plain stubs of @classified/core and @classified/zod ("without
// classification": every branded type is its plain type, every function keeps a plain signature).
// The stubs are reached through a temporary tsconfig that extends the example's and adds
// `compilerOptions.paths`; everything is written under bench/.generated/examples-typecheck.
//
//   npx turbo run build --output-logs=errors-only && node bench/examples-typecheck.mjs [runs=5]
//
// Before timing, it checks that the stubs export everything the packages export (namespace members
// too), that both variants compile the same files apart from the packages' own, and that the stubbed
// variant compiles with no errors. The two variants run alternately, run by run, so that noise on
// the machine hits both. Prints instantiations, types and the median check time, and the ratios.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const out = join(root, 'bench/.generated/examples-typecheck');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const EXAMPLES = ['examples/referral-service', 'examples/nestjs-service'];

// The plain twin of @classified/core's public API. Brands are the plain type; the type-level queries
// (`LevelOf`, `CategoriesOf`, `IsAtMost`) have nothing to find and are constants — for `LevelOf` and
// `CategoriesOf` the ones the examples' type tests expect, so that those tests compile (vacuously).
// The sealed box is a runtime feature, not a brand, and keeps its phantom value type.
const PLAIN_CORE = `export type Level = 'public' | 'internal' | 'confidential' | 'restricted';
export declare const LEVELS: readonly ['public', 'internal', 'confidential', 'restricted'];
export declare function isLevel(value: unknown): value is Level;
export declare function compareLevels(a: Level, b: Level): number;
export declare function isAtMost(level: Level, max: Level): boolean;
export declare function maxLevel(a: Level, b: Level): Level;

declare const classification: unique symbol;
export type { classification };
export type LevelMark<_L extends Level> = unknown;
export type CategoryMark<_C extends string> = unknown;
export interface Mark<B, LM, CM, TM = unknown> {
  readonly base: B;
  readonly levels: LM;
  readonly categories: CM;
  readonly top: TM;
}
export type Brand<_B, _L extends Level, _C extends string> = unknown;
export type Classified<T, _L extends Level, _C extends string = never> = T;
export declare namespace Classified {
  type Shown<B, _L extends Level, _C extends string> = B;
  type ByLevel<B, _C extends string> = { public: B; internal: B; confidential: B; restricted: B };
  type Public<B, _C extends string = never> = B;
  type Internal<B, _C extends string = never> = B;
  type Confidential<B, _C extends string = never> = B;
  type Restricted<B, _C extends string = never> = B;
}
${['Public', 'Internal', 'Confidential', 'Restricted']
  .map(
    (name) => `export type ${name}<T, _C extends string = never> = T;
export declare namespace ${name} {
  type String<_C extends string = never> = string;
  type Number<_C extends string = never> = number;
  type Boolean<_C extends string = never> = boolean;
  type BigInt<_C extends string = never> = bigint;
  type Date<_C extends string = never> = globalThis.Date;
  const Date: DateConstructor;
}`,
  )
  .join('\n')}
export type LevelOf<_T> = 'restricted';
export type CategoriesOf<_T> = 'credential';
export type Declassified<T> = T;
export type IsAtMost<_A extends Level, _B extends Level> = true;
export type ClassificationError<Found extends Level, Max extends Level> =
  \`Classified data cannot be passed here: the value holds \${Found} data and this parameter accepts at most \${Max}. Mask it, or declassify it with a reason.\`;
export type AtMost<T, _L extends Level> = T;
export type ClassifiedValue<T, _L extends Level, _C extends string = never> = T;

export declare function classify<T>(value: T, level: Level, category?: string): T;
export declare function internal<T>(value: T, category?: string): T;
export declare function confidential<T>(value: T, category?: string): T;
export declare function restricted<T>(value: T, category?: string): T;
export declare function declassify<T>(value: T, reason: string): T;
export declare function reclassify<T>(value: T, level: Level, reason?: string): T;

export type AuditEvent =
  | { readonly kind: 'declassify'; readonly reason: string }
  | { readonly kind: 'reclassify'; readonly reason: string; readonly level: Level }
  | { readonly kind: 'unseal'; readonly reason: string; readonly label?: string };
export type AuditListener = (event: AuditEvent) => void;
export declare function onDeclassify(listener: AuditListener): () => void;

export type Masked = string;
export declare const FULLY_MASKED = '********';
export declare const REDACTED = '[REDACTED]';
export interface MaskMiddleOptions {
  readonly keepStart?: number;
  readonly keepEnd?: number;
}
export declare function maskEmail(email: string): string;
export declare function maskPhone(phone: string): string;
export declare function maskCard(card: string): string;
export declare function maskMiddle(value: string, options?: MaskMiddleOptions): string;
export declare function redactString(_value: unknown): string;

export type Token = string;
export type Tokenizer = (value: string | number | bigint) => string;
export interface TokenizerOptions {
  readonly key: string | Uint8Array;
  readonly prefix?: string;
}
export declare const MIN_TOKEN_KEY_BYTES = 32;
export declare function createTokenizer(options: TokenizerOptions): Tokenizer;

declare const inspectSymbol: unique symbol;
declare const sealedValue: unique symbol;
export declare class SealedBox<T> {
  readonly [sealedValue]?: T;
  readonly label: string | undefined;
  constructor(value: T, label: string | undefined);
  toString(): string;
  toJSON(): string;
  [Symbol.toPrimitive](): string;
  [inspectSymbol](): string;
}
export type Sealed<T> = SealedBox<T>;
export declare function seal<T>(value: T, label?: string): SealedBox<T>;
export declare function isSealed(value: unknown): value is SealedBox<unknown>;
export declare function unseal<T>(box: SealedBox<T>, reason: string): T;
`;

// The plain twin of @classified/zod's: the classifying functions return the schema they are given.
const PLAIN_ZOD = `import type { Level, Tokenizer } from '../core/index.js';
import type { z } from 'zod';

export type MaskName = 'email' | 'phone' | 'card' | 'middle' | 'redact' | 'token';
export interface ClassificationMeta<C extends string = string> {
  readonly category?: C;
  readonly mask?: MaskName | ((value: string) => string);
  readonly retention?: string;
  readonly description?: string;
}
export interface Classification {
  readonly level: Level;
  readonly category?: string;
  readonly mask?: MaskName | ((value: string) => string);
  readonly retention?: string;
  readonly description?: string;
}
export declare function isDuration(value: string): boolean;

export type ClassifyOutput<T, _L extends Level, _C extends string> = T;
export type ClassifiedSchema<S extends z.core.$ZodType, _L extends Level, _C extends string> = S;
export declare function classified<S extends z.ZodType>(schema: S, level: Level, meta?: ClassificationMeta): S;
export declare function restricted<S extends z.ZodType>(schema: S, meta?: ClassificationMeta): S;
export declare function confidential<S extends z.ZodType>(schema: S, meta?: ClassificationMeta): S;
export declare function internal<S extends z.ZodType>(schema: S, meta?: ClassificationMeta): S;

export interface InventoryEntry {
  readonly path: string;
  readonly level: Level;
  readonly category?: string;
  readonly mask?: MaskName | 'custom';
  readonly retention?: string;
  readonly description?: string;
}
export declare function classificationOf(schema: z.core.$ZodType): InventoryEntry[];
export declare function inventoryMarkdown(models: Readonly<Record<string, z.core.$ZodType>>): string;

export type Redacted<T, _M extends Level> = T;
export interface RedactorOptions<M extends Level = 'internal'> {
  readonly maxLevel?: M;
  readonly tokenize?: Tokenizer;
}
export declare function redactor<S extends z.core.$ZodType>(
  schema: S,
  options?: RedactorOptions<Level>,
): (value: z.output<S>) => z.output<S>;

export interface PinoRedactOptions {
  readonly maxLevel?: Level;
  readonly prefix?: string;
}
export declare function pinoRedactPaths(schema: z.core.$ZodType, options?: PinoRedactOptions): string[];
`;

const STUBS = {
  '@classified/core': { dir: 'core', text: PLAIN_CORE, real: 'packages/core/dist/esm/index.d.ts' },
  '@classified/zod': { dir: 'zod', text: PLAIN_ZOD, real: 'packages/zod/dist/esm/index.d.ts' },
};

function fail(message) {
  console.error(`examples-typecheck: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(runs) || runs < 1) fail(`runs must be a positive integer, not ${process.argv[2]}`);
for (const stub of Object.values(STUBS))
  if (!existsSync(join(root, stub.real)))
    fail(`${stub.real} is missing: run \`npx turbo run build --output-logs=errors-only\` first.`);

rmSync(out, { recursive: true, force: true });
const stubFile = (name) => join(out, 'stubs', STUBS[name].dir, 'index.d.ts');
for (const name of Object.keys(STUBS)) {
  mkdirSync(dirname(stubFile(name)), { recursive: true });
  writeFileSync(stubFile(name), STUBS[name].text);
}
writeFileSync(join(out, 'stubs/package.json'), JSON.stringify({ type: 'module' }));

// 1. The stubs export every name the packages export, and every member of their namespaces.
{
  const files = Object.keys(STUBS).flatMap((name) => [join(root, STUBS[name].real), stubFile(name)]);
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file) => {
    const names = new Set();
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) fail(`cannot read the exports of ${relative(root, file)}`);
    // A name counts once as a type and once as a value: `Restricted` is both (a type and a namespace
    // holding the constant `Restricted.Date`), `classification` is exported as a type only.
    const add = (name, symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const typeOnly = symbol.declarations?.some(
        (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
      );
      if (target.flags & ts.SymbolFlags.Type) names.add(`${name} (type)`);
      if (target.flags & ts.SymbolFlags.Value) names.add(`${name} (${typeOnly ? 'type-only ' : ''}value)`);
      return target;
    };
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = add(symbol.name, symbol);
      if (target.flags & ts.SymbolFlags.Namespace)
        for (const member of checker.getExportsOfModule(target)) add(`${symbol.name}.${member.name}`, member);
    }
    return names;
  };
  for (const name of Object.keys(STUBS)) {
    const stubbed = exportsOf(stubFile(name));
    const missing = [...exportsOf(join(root, STUBS[name].real))].filter((n) => !stubbed.has(n));
    if (missing.length > 0) fail(`the stub of ${name} lacks these exports: ${missing.join(', ')}`);
  }
}

function tscRun(config, flags) {
  try {
    return {
      ok: true,
      text: execFileSync(process.execPath, [tsc, '--noEmit', ...flags, '-p', config], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      }),
    };
  } catch (error) {
    if (typeof error.stdout !== 'string') throw error;
    return { ok: false, text: error.stdout };
  }
}

// 2. Per example: the stubbed config, the same files (apart from the packages' own), no errors.
const variants = [];
for (const example of EXAMPLES) {
  const config = join(root, example, 'tsconfig.json');
  const manifest = JSON.parse(readFileSync(join(root, example, 'package.json'), 'utf8'));
  const uses = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter(
    (name) => name.startsWith('@classified/') && name !== '@classified/eslint-plugin',
  );
  const unknown = uses.filter((name) => !(name in STUBS));
  if (unknown.length > 0) fail(`${example} uses ${unknown.join(', ')}, which has no stub here`);
  const paths = Object.fromEntries(uses.map((name) => [name, [stubFile(name)]]));
  const stubbedConfig = join(out, example.replace('examples/', ''), 'tsconfig.json');
  mkdirSync(dirname(stubbedConfig), { recursive: true });
  writeFileSync(stubbedConfig, JSON.stringify({ extends: config, compilerOptions: { paths } }, null, 2));

  const list = (cfg) => {
    const run = tscRun(cfg, ['--listFilesOnly']);
    if (!run.ok) fail(`tsc --listFilesOnly failed on ${relative(root, cfg)}:\n${run.text.slice(0, 2000)}`);
    return run.text.split('\n').filter(Boolean);
  };
  const own = /\/packages\/(core|zod)\/dist\/|\/bench\/\.generated\/examples-typecheck\/stubs\//;
  const classifiedFiles = list(config);
  const stubbedFiles = list(stubbedConfig);
  const others = (files) => files.filter((f) => !own.test(f)).join('\n');
  if (others(classifiedFiles) !== others(stubbedFiles))
    fail(`${example}: the two variants do not compile the same files apart from @classified/*`);
  if (!classifiedFiles.some((f) => /\/packages\/(core|zod)\/dist\//.test(f)))
    fail(`${example}: the classified variant loads no @classified/* package: nothing to compare`);
  if (stubbedFiles.some((f) => /\/packages\/(core|zod)\/dist\//.test(f)))
    fail(
      `${example}: the stubbed variant still loads a package's dist: ${stubbedFiles.filter((f) => own.test(f)).join(', ')}`,
    );

  const check = tscRun(stubbedConfig, []);
  if (!check.ok) {
    const missing = [...check.text.matchAll(/has no exported member(?: named)? '([^']+)'/g)].map((m) => m[1]);
    fail(
      `${example} does not compile against the plain stubs${missing.length ? ` (missing export: ${[...new Set(missing)].join(', ')})` : ''}:\n${check.text.split('\n').slice(0, 30).join('\n')}`,
    );
  }
  variants.push({ example, name: 'classified', config, files: classifiedFiles.length, samples: [] });
  variants.push({
    example,
    name: 'without classification',
    config: stubbedConfig,
    files: stubbedFiles.length,
    samples: [],
  });
}

// 3. Timed runs, alternating the two variants of each example run by run.
const read = (text, label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(text)?.[1]);
for (let r = 0; r < runs; r++) {
  for (let e = 0; e < variants.length; e += 2) {
    const pair = r % 2 === 0 ? [variants[e], variants[e + 1]] : [variants[e + 1], variants[e]];
    for (const v of pair) {
      const run = tscRun(v.config, ['--extendedDiagnostics']);
      if (!run.ok) fail(`${v.example} (${v.name}) has type errors:\n${run.text.split('\n').slice(0, 30).join('\n')}`);
      v.samples.push({
        instantiations: read(run.text, 'Instantiations'),
        types: read(run.text, 'Types'),
        check: read(run.text, 'Check time'),
      });
    }
  }
  process.stderr.write(`run ${r + 1}/${runs} done\n`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (v) => {
  const distinct = (key) => new Set(v.samples.map((s) => s[key])).size;
  if (distinct('instantiations') > 1 || distinct('types') > 1)
    console.warn(`note: ${v.example} (${v.name}): instantiations or types differ between runs`);
  return {
    instantiations: v.samples[0].instantiations,
    types: v.samples[0].types,
    check: median(v.samples.map((s) => s.check)),
    all: v.samples.map((s) => s.check.toFixed(2)).join(' / '),
  };
};
const n = (x) => x.toLocaleString('en-US');
console.log(
  `tsc --noEmit --extendedDiagnostics, median check time of ${runs} runs, Node ${process.version}, TypeScript ${ts.version}`,
);
for (let e = 0; e < variants.length; e += 2) {
  const a = summary(variants[e]);
  const b = summary(variants[e + 1]);
  console.log(`\n${variants[e].example} (${variants[e].files} files)`);
  console.log('variant                  | instantiations | types    | check time (median) | runs');
  for (const [v, s] of [
    [variants[e + 1], b],
    [variants[e], a],
  ])
    console.log(
      `${v.name.padEnd(24)} | ${n(s.instantiations).padStart(14)} | ${n(s.types).padStart(8)} | ${`${s.check.toFixed(2)} s`.padStart(19)} | ${s.all}`,
    );
  const ratio = (x, y) => `${(x / y).toFixed(2)}x`;
  console.log(
    `${'ratio'.padEnd(24)} | ${ratio(a.instantiations, b.instantiations).padStart(14)} | ${ratio(a.types, b.types).padStart(8)} | ${ratio(a.check, b.check).padStart(19)} |`,
  );
  // The two variants of a run ran back to back: their ratio is less exposed to slow drifts of load.
  const paired = variants[e].samples.map((s, i) => s.check / variants[e + 1].samples[i].check);
  console.log(
    `check time ratio run by run: ${paired.map((x) => x.toFixed(2)).join(' / ')} (median ${median(paired).toFixed(2)}x)`,
  );
}
