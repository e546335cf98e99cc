// Writes the Prisma client of the test fixture (test/fixture/prisma/schema.prisma) to
// test/fixture/generated/, offline.
//
// `prisma generate` itself needs no engine binary: Prisma 7's `prisma-client` generator emits
// TypeScript, and queries run through the query compiler (WebAssembly, inside @prisma/client) and a
// driver adapter. The CLI still tries to download the schema engine on start-up, which fails without
// network access to Prisma's binary host; pointing PRISMA_SCHEMA_ENGINE_BINARY at any executable skips
// that download (generate never runs it). `prisma migrate` / `db push` would need the real engine:
// the tests create their tables with SQL instead.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = createRequire(import.meta.url).resolve('prisma/build/index.js');
try {
  execFileSync(process.execPath, [cli, 'generate', '--schema', 'test/fixture/prisma/schema.prisma'], {
    cwd: pkg,
    stdio: 'pipe',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
} catch (error) {
  process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
  throw new Error('generate: `prisma generate` failed for test/fixture/prisma/schema.prisma (output above).');
}
