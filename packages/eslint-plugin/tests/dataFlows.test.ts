// `classified flows` lists property writes that are sinks (`kind: 'assign'` in the catalog) as
// well as calls, decided as the export rule decides them: by `maxLevel` (no `allow` for writes).
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { flowsInFile } from '../src/analysis/dataFlows.js';
import { sinkPolicy } from '../src/rules/sinkRule.js';
import { exportSetup } from '../src/rules/no-classified-export.js';
import { fixtures } from './ruleTester.js';

describe('classified flows: property writes', () => {
  it('lists web storage and cookie writes of classified data, and passes masked ones', () => {
    const dir = mkdtempSync(path.join(fixtures, '.flows-'));
    const file = path.join(dir, 'storage.ts');
    writeFileSync(
      file,
      [
        `import { maskEmail } from '@classified/core';`,
        `import { user } from '../models.js';`,
        `localStorage['email'] = user.email;`,
        `document.cookie = \`e=\${maskEmail(user.email)}\`;`,
        `sessionStorage.plan = user.plan;`,
      ].join('\n'),
    );
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const flows = flowsInFile(program.getSourceFile(file)!, [
      { policy: sinkPolicy(program, {}, exportSetup), kind: 'export' },
    ]);
    rmSync(dir, { recursive: true, force: true });
    const rows = flows.map((f) => `${f.sink} ${f.path} ${f.level} ${f.categories.join(',')} ${f.outcome}: ${f.why}`);
    expect(rows).toEqual([
      "localStorage['email'] = user.email restricted pii fails: blocked: no-classified-export",
      'document.cookie = maskEmail(user.email) internal masked passes: masked',
    ]);
  });
});
