// docs/migrating.md, followed to the letter on an ESLint 8 project (fixtures/eslint8-app): the test
// reads the guide's blocks and runs them in order, so the guide and the test cannot drift. Blocks
// marked `sh step` are run with bash; `js file=NAME` blocks are written to NAME; the `sh fails` block
// must fail with ERESOLVE next to ESLint 8. The only change to the guide's commands: the plugin's
// package name becomes the tarball of the workspace's build (it is not on the registry). Installs use
// the npm cache first (npm_config_prefer_offline), so a machine that ran `npm ci` fetches little.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures } from './run.js';

const exec = promisify(execFile);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const guide = readFileSync(path.join(root, 'docs/migrating.md'), 'utf8');

interface Block {
  readonly info: string;
  readonly body: string;
}

/** The lines of the `text` block that follows the block `after` in the guide: the output it shows. */
function shownOutput(after: Block): string[] {
  const next = blocks[blocks.indexOf(after) + 1];
  if (next?.info !== 'text') throw new Error(`docs/migrating.md: no \`text\` block after \`${after.body.trim()}\``);
  return next.body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The guide's fenced code blocks, in order, with their info strings (`sh step`, `js file=…`). */
const blocks: Block[] = [...guide.matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
  info: m[1]!.trim(),
  body: m[2]!,
}));

const work = mkdtempSync(path.join(tmpdir(), 'classified-migrating-'));
const app = path.join(work, 'app');
const packs = path.join(work, 'packs');
const env = {
  ...process.env,
  npm_config_prefer_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** Runs a shell script in the app; resolves with its exit code and output, never rejects. */
async function sh(script: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await exec('bash', ['-e', '-c', script], { cwd: app, env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, out: (e.stdout ?? '') + (e.stderr ?? '') };
  }
}

let pluginTarball = '';

/** A guide command as the test runs it: the plugin from the workspace's tarball. */
const local = (script: string) => script.replaceAll('@classified/eslint-plugin', pluginTarball);

beforeAll(async () => {
  cpSync(path.join(fixtures, 'eslint8-app'), app, { recursive: true });
  mkdirSync(packs);
  const { stdout } = await exec(
    'npm',
    ['pack', '--json', '--pack-destination', packs, '-w', '@classified/core', '-w', '@classified/eslint-plugin'],
    {
      cwd: root,
      env,
    },
  );
  const packed = JSON.parse(stdout) as Array<{ name: string; filename: string }>;
  const tarball = (name: string) => path.join(packs, packed.find((p) => p.name === name)!.filename);
  pluginTarball = tarball('@classified/eslint-plugin');
  // The app already uses @classified/core (from the registry, in a real app; here the workspace's).
  const pkg = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  pkg.dependencies['@classified/core'] = `file:${tarball('@classified/core')}`;
  writeFileSync(path.join(app, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('docs/migrating.md on an ESLint 8 project', () => {
  it('has the blocks the test runs', () => {
    expect(blocks.filter((b) => b.info === 'sh step')).toHaveLength(4);
    expect(blocks.filter((b) => b.info === 'sh fails')).toHaveLength(1);
    expect(blocks.filter((b) => b.info === 'js file=eslint.config.mjs')).toHaveLength(1);
  });

  it('starts from a project that lints with ESLint 8 and typescript-eslint 7', async () => {
    const install = await sh('npm install');
    expect(install.code, install.out).toBe(0);
    const lint = await sh('npm run lint');
    expect(lint.code, lint.out).toBe(0);
    expect(JSON.parse(readFileSync(path.join(app, 'node_modules/eslint/package.json'), 'utf8'))).toMatchObject({
      version: '8.57.1',
    });
  }, 420_000);

  it('refuses the plugin next to ESLint 8, as the guide says', async () => {
    const [fails] = blocks.filter((b) => b.info === 'sh fails');
    const result = await sh(local(fails!.body));
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('ERESOLVE');
    expect(result.out).toContain('peer @typescript-eslint/parser@"^8.72.0" from @classified/eslint-plugin@0.1.0');
    for (const line of shownOutput(fails!)) expect(result.out).toContain(line);
  }, 240_000);

  it('ends, after the steps, with ESLint 10 and the plugin reporting the leak and nothing else', async () => {
    let last = { code: 0, out: '' };
    for (const block of blocks) {
      if (block.info === 'sh step') {
        last = await sh(local(block.body));
        // Every step but the last (the lint, which reports the leak) succeeds.
        if (!block.body.includes('npm run lint')) expect(last.code, `${block.body}\n${last.out}`).toBe(0);
      } else if (block.info.startsWith('js file=')) {
        writeFileSync(path.join(app, block.info.slice('js file='.length)), block.body);
      }
    }
    // `npm run lint`, the guide's last step: one error, the leak in src/, nothing from generated/.
    expect(last.code, last.out).toBe(1);
    expect(last.out).toContain('src/users.ts');
    expect(last.out).toMatch(
      / 10:15 +error +`user\.email`: restricted \(pii\) data reaches the logger `console\.log\(\)`\./,
    );
    expect(last.out).toContain('1 problem (1 error, 0 warnings)');
    for (const line of shownOutput(blocks.find((b) => b.body.includes('npm run lint'))!))
      expect(last.out).toContain(line);
    expect(last.out).not.toContain('generated');
    expect(last.out).not.toMatch(/eslintignore|eslintrc|ESLintRCWarning|ESLintIgnoreWarning/i);

    const version = (name: string) =>
      (JSON.parse(readFileSync(path.join(app, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
        .version;
    expect(version('eslint')).toMatch(/^10\./);
    expect(version('typescript')).toMatch(/^6\.0\./);
    expect(version('typescript-eslint')).toMatch(/^8\./);
    expect(existsSync(path.join(app, 'node_modules/@typescript-eslint/eslint-plugin/package.json'))).toBe(true); // a dependency of typescript-eslint 8
    const pkg = JSON.parse(readFileSync(path.join(app, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts.lint).toBe('eslint .');
    expect(Object.keys(pkg.devDependencies).sort()).toEqual([
      '@classified/eslint-plugin',
      '@eslint/js',
      '@types/node',
      'eslint',
      'typescript',
      'typescript-eslint',
    ]);
    expect(existsSync(path.join(app, '.eslintrc.json'))).toBe(false);
    expect(existsSync(path.join(app, '.eslintignore'))).toBe(false);
  }, 420_000);
});
