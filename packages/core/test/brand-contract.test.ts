// Core's side of the brand-shape contract (brand-contract.json): each sample's type has one brand
// property, keyed by the `classification` unique symbol, whose mark holds the level in `top` and
// the categories in `categories`, as keyed maps.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface Contract {
  readonly brandPropertyPrefix: string;
  readonly markProperties: readonly string[];
  readonly imports: readonly string[];
  readonly samples: ReadonlyArray<{
    readonly type: string;
    readonly level: string;
    readonly categories: readonly string[];
  }>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const contract = JSON.parse(readFileSync(path.join(here, 'brand-contract.json'), 'utf8')) as Contract;
const src = path.join(here, '../src/index.js');
/** One declared value per sample: `sample0`, `sample1` … */
const samplesSource = (from: string) =>
  [
    `import type { ${contract.imports.join(', ')} } from '${from}';`,
    ...contract.samples.map((s, i) => `export declare const sample${i}: ${s.type};`),
  ].join('\n');

describe('the brand-shape contract', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'brand-contract-'));
  const file = path.join(dir, 'samples.ts');
  writeFileSync(file, samplesSource(src.replace(/\\/g, '/')));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);

  contract.samples.forEach((sample, i) => {
    it(`${sample.type} carries a brand of level ${sample.level}`, () => {
      const symbol = exports.find((e) => e.getName() === `sample${i}`)!;
      const type = checker.getTypeOfSymbol(symbol);
      const brands = checker
        .getPropertiesOfType(type)
        .filter((p) => p.escapedName.toString().startsWith(contract.brandPropertyPrefix));
      expect(brands).toHaveLength(1);
      expect(path.basename(brands[0]!.declarations![0]!.getSourceFile().fileName)).toBe('classified.ts');
      const mark = checker.getNonNullableType(checker.getTypeOfSymbol(brands[0]!));
      expect(checker.getPropertiesOfType(mark).map((p) => p.getName())).toEqual(
        expect.arrayContaining([...contract.markProperties]),
      );
      const keys = (name: string) =>
        checker
          .getPropertiesOfType(checker.getTypeOfSymbol(mark.getProperty(name)!))
          .map((p) => p.getName())
          .sort();
      expect(keys('top')).toContain(sample.level);
      expect(keys('categories')).toEqual([...sample.categories].sort());
    });
  });
});
