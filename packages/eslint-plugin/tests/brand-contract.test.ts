// The plugin's side of the brand-shape contract (packages/core/test/brand-contract.json): the brand
// detector reads each sample, typed through @classified/core's published declarations, with the
// level and categories the contract states. Core's side checks that its types have the shape.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BrandDetector } from '../src/analysis/brand.js';

interface Contract {
  readonly imports: readonly string[];
  readonly samples: ReadonlyArray<{
    readonly type: string;
    readonly level: string;
    readonly categories: readonly string[];
  }>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const contract = JSON.parse(readFileSync(path.join(here, '../../core/test/brand-contract.json'), 'utf8')) as Contract;
const core = path.join(here, '../../core/dist/index.js');
/** One declared value per sample: `sample0`, `sample1` … */
const samplesSource = (from: string) =>
  [
    `import type { ${contract.imports.join(', ')} } from '${from}';`,
    ...contract.samples.map((s, i) => `export declare const sample${i}: ${s.type};`),
  ].join('\n');

describe('the brand-shape contract, as the plugin reads it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brand-contract-'));
  const file = path.join(dir, 'samples.ts');
  writeFileSync(file, samplesSource(core.replace(/\\/g, '/')));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  const checker = program.getTypeChecker();
  const brands = new BrandDetector(program, checker);
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);

  contract.samples.forEach((sample, i) => {
    it(`reads ${sample.type} as ${sample.level}`, () => {
      const found = brands.classify(checker.getTypeOfSymbol(exports.find((e) => e.getName() === `sample${i}`)!));
      expect(found?.level).toBe(sample.level);
      expect([...(found?.categories ?? [])].sort()).toEqual([...sample.categories].sort());
    });
  });
});
