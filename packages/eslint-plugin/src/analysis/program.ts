// One analysis state per TypeScript program (and flow options), shared by every rule and file
// linted against it. Nothing is computed here: summaries and catalog lookups happen on demand.
import type ts from 'typescript';
import { BrandDetector } from './brand.js';
import { Analyzer, type FlowOptions } from './taint.js';

const states = new WeakMap<ts.Program, Map<string, Analyzer>>();
const detectors = new WeakMap<ts.Program, BrandDetector>();

/** The brand detector of a program (one per program: its cache is keyed by `ts.Type`). */
export function brandsFor(program: ts.Program): BrandDetector {
  let brands = detectors.get(program);
  if (!brands) detectors.set(program, (brands = new BrandDetector(program, program.getTypeChecker())));
  return brands;
}

export function analyzerFor(program: ts.Program, options: FlowOptions = {}): Analyzer {
  const key =
    options.propagators || options.sanitizers
      ? JSON.stringify([options.propagators ?? [], options.sanitizers ?? []])
      : '';
  let byOptions = states.get(program);
  if (!byOptions) states.set(program, (byOptions = new Map<string, Analyzer>()));
  let analyzer = byOptions.get(key);
  if (!analyzer)
    byOptions.set(key, (analyzer = new Analyzer(program, program.getTypeChecker(), brandsFor(program), options)));
  return analyzer;
}
