// Writes the example service's HTML report and its screenshot (docs/report.png), in Debian's
// chromium driven by playwright-core, the way tests/report.browser.test.ts renders it.
//
//   npm run build && node scripts/report-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'examples/referral-service');
const html = path.join(mkdtempSync(path.join(tmpdir(), 'classified-report-')), 'report.html');
execFileSync(
  process.execPath,
  [
    path.join(root, 'packages/eslint-plugin/dist/cli/classified.js'),
    'report',
    '--project',
    'tsconfig.build.json',
    '--output',
    html,
  ],
  { cwd: example, stdio: 'inherit' },
);
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'classified-chromium-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1180, height: 900 },
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await context.newPage();
await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
await page.screenshot({ path: path.join(root, 'docs/report.png'), clip: { x: 0, y: 0, width: 1180, height: 1100 } });
await context.close();
console.log('wrote docs/report.png');
