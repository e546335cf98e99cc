// One analysis state per TypeScript program, shared by every rule and file linted against it.
import type ts from 'typescript';
import { BrandDetector } from './brand.js';
import { Analyzer } from './taint.js';
import { Wrappers } from './wrappers.js';

const states = new WeakMap<ts.Program, Analyzer>();

export function analyzerFor(program: ts.Program): Analyzer {
  let analyzer = states.get(program);
  if (!analyzer) {
    const checker = program.getTypeChecker();
    analyzer = new Analyzer(program, checker, new BrandDetector(program, checker));
    analyzer.wrappers = new Wrappers(analyzer);
    states.set(program, analyzer);
  }
  return analyzer;
}
