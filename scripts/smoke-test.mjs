// The first ten minutes, from the tarballs: pack @classified/core, /zod and /eslint-plugin, install
// them into a new project outside the workspace (with the registry's real dependencies), write the
// files of docs/getting-started.md verbatim, and run what it and the plugin README say to run:
// `eslint .` (the documented finding, exit 1, no crash), `tsc`, `classified-audit` and the SARIF
// formatter. Then the same project as a CommonJS package. Prints the transcript; exits 1 on the
// first difference.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const guide = readFileSync(path.join(root, 'docs/getting-started.md'), 'utf8');
const readme = readFileSync(path.join(root, 'packages/eslint-plugin/README.md'), 'utf8');
const work = mkdtempSync(path.join(tmpdir(), 'classified-smoke-'));
const project = path.join(work, 'app');
const keep = process.argv.includes('--keep');
let failed = false;

function check(ok, what) {
  console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
  if (!ok) failed = true;
}

/** Runs a command in the project, as a shell would; prints it and what it printed. */
function run(command, { quiet = false } = {}) {
  console.log(`\n$ ${command}`);
  const result = spawnSync(command, {
    cwd: project,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout}${result.stderr}`;
  if (!quiet) process.stdout.write(output.replaceAll(project, '<project>'));
  console.log(`[exit ${result.status}]`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output };
}

/** The code blocks of a Markdown document, with their language. */
function blocks(markdown) {
  return [...markdown.matchAll(/^```(\w*)\n([^]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2] }));
}

/** A block's file, named by its first line (`// src/models.ts`). */
const fileOf = (body) => /^\/\/ ([\w./-]+\.\w+)\n/.exec(body)?.[1];

try {
  // 1. The tarballs.
  const tarballs = {};
  for (const name of ['core', 'zod', 'eslint-plugin']) {
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: path.join(root, 'packages', name),
      encoding: 'utf8',
    });
    if (packed.status !== 0) throw new Error(`npm pack ${name}: ${packed.stderr}`);
    tarballs[`@classified/${name}`] = path.join(work, JSON.parse(packed.stdout)[0].filename);
  }
  mkdirSync(project);
  writeFileSync(
    path.join(project, 'package.json'),
    `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );

  // 2. The guide's install commands, with the tarballs for our packages.
  const sh = blocks(guide).filter((b) => b.lang === 'sh');
  const install = sh[0].body.trim().split('\n');
  for (const line of install) {
    const command = line.replace(/@classified\/(core|zod|eslint-plugin)/g, (name) => tarballs[name]);
    check(run(command, { quiet: true }).status === 0, line);
  }
  // zod is the peer of @classified/zod the guide's models import; npm installs peers.
  // The README's SARIF install.
  const sarifInstall = blocks(readme).find((b) => b.lang === 'sh' && b.body.includes('eslint-formatter-sarif'));
  const [sarifInstallLine, sarifRunLine] = sarifInstall.body.trim().split('\n');
  check(run(sarifInstallLine, { quiet: true }).status === 0, sarifInstallLine);

  // 3. The guide's files, verbatim; and a JavaScript file, as every project has.
  for (const { body } of blocks(guide)) {
    const file = fileOf(body);
    if (!file) continue;
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), body);
    console.log(`wrote ${file} (from docs/getting-started.md)`);
  }
  mkdirSync(path.join(project, 'scripts'));
  writeFileSync(path.join(project, 'scripts/hello.js'), "console.log('a plain JavaScript file', process.env.HOME);\n");

  const documented = /```text\n([^]*?)```/.exec(guide)[1].trim().split('\n');
  for (const type of ['module', 'commonjs']) {
    console.log(`\n## As ${type === 'module' ? 'an ESM' : 'a CommonJS'} package ("type": "${type}")`);
    const pkg = JSON.parse(readFileSync(path.join(project, 'package.json'), 'utf8'));
    writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ ...pkg, type }, null, 2)}\n`);

    const lint = run(sh[1].body.trim());
    check(lint.status === 1, '`npx eslint .` exits 1 (findings, not a crash)');
    check(
      !lint.output.includes('Oops') && !lint.output.includes('MODULE_TYPELESS_PACKAGE_JSON') && lint.stderr === '',
      'no crash and nothing on stderr',
    );
    check(
      lint.stdout.includes(`${documented[0]}\n${documented[1]}`),
      `the documented finding: ${documented[1].trim()}`,
    );
    check(lint.stdout.includes('✖ 1 problem (1 error, 0 warnings)'), 'one problem, in src/signup.ts only');

    check(run('npx tsc -p tsconfig.json').status === 0, 'tsc type-checks the guide’s files');

    const ci = sh
      .find((b) => b.body.includes('classified-audit'))
      .body.trim()
      .split('\n');
    const auditLine = ci.find((l) => l.includes('classified-audit')).replace(/\s+#.*$/, '');
    const audit = run(auditLine);
    check(audit.status === 0 && audit.stdout.includes('0 exception(s)'), 'classified-audit: no exceptions yet, exit 0');

    rmSync(path.join(project, 'eslint.sarif'), { force: true });
    const sarif = run(sarifRunLine);
    check(sarif.status === 1 && sarif.stderr === '', 'the SARIF run exits 1 on the finding, without a crash');
    const log = JSON.parse(readFileSync(path.join(project, 'eslint.sarif'), 'utf8'));
    const results = log.runs[0].results;
    check(
      results.length === 1 &&
        results[0].ruleId === '@classified/no-classified-logging' &&
        results[0].locations[0].physicalLocation.region.startLine === 8,
      'eslint.sarif holds the finding, @classified/no-classified-logging at src/signup.ts:8',
    );
  }
} catch (error) {
  console.log(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  failed = true;
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}
console.log(
  failed
    ? '\nsmoke test: FAILED'
    : '\nsmoke test: the getting-started guide works from the tarballs, as ESM and as CommonJS',
);
process.exitCode = failed ? 1 : 0;
