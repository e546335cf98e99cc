// Runs a fixture in its own Node process, as an app would run: real module resolution through the
// packages' `exports`, no vitest transforms in between.
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

const exec = promisify(execFile);

/** Runs `node <fixture>` and parses the JSON it prints. */
export async function runFixture(file: string): Promise<Record<string, unknown>> {
  const { stdout } = await exec(process.execPath, [path.join(fixtures, file)], { cwd: fixtures });
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** Runs a Node script with arguments; resolves with its exit code and output, never rejects. */
export async function runNode(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
