// Real TypeScript code to lint, for the crash-freedom and discovery-precision benchmarks: zod's
// sources as the npm package ships them, and @trpc/server's, fetched from the npm registry, each
// laid out as a small project (package.json, tsconfig.json) under `work`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A strict NodeNext tsconfig including the given folders. */
export const tsconfig = (include) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    },
    include,
  });

/** Lays out zod's and @trpc/server's sources under a fresh `work` folder; returns their project folders. */
export function realSources(root, work) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const zodDir = join(work, 'zod');
  cpSync(join(root, 'node_modules/zod/src'), join(zodDir, 'src'), { recursive: true });
  writeFileSync(join(zodDir, 'package.json'), JSON.stringify({ name: 'zod-src', private: true, type: 'module' }));
  writeFileSync(join(zodDir, 'tsconfig.json'), tsconfig(['src']));
  const trpcDir = join(work, 'trpc');
  mkdirSync(trpcDir, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '@trpc/server@11', '--silent', '--pack-destination', trpcDir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', join(trpcDir, tarball), '-C', trpcDir]);
  writeFileSync(join(trpcDir, 'package.json'), JSON.stringify({ name: 'trpc-src', private: true, type: 'module' }));
  writeFileSync(join(trpcDir, 'tsconfig.json'), tsconfig(['package/src']));
  return { zodDir, trpcDir };
}
