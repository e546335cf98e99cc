// The HTML report in a real browser: Debian's chromium, driven by playwright-core with the system
// executable (.ci/run installs it). The page must render with no console error and no request
// beyond its own file, and the counts it shows must be the ones the JSON commands give.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'dist/cli/classified.js');
const project = path.join(root, 'tests/fixtures/datamap-project');

function run(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: project, encoding: 'utf8' });
}

describe('classified report in a browser', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'classified-report-'));
  const html = path.join(dir, 'report.html');
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;

  beforeAll(async () => {
    const result = run(['report', '--output', html]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(`classified report: wrote ${html} (9 fields, 4 flows, 1 exceptions).\n`);
    context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'classified-chromium-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
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
  }, 300_000);

  afterAll(async () => {
    await context?.close();
  });

  it('is one self-contained file: no script, no external asset', () => {
    const text = readFileSync(html, 'utf8');
    expect(text).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(text).toContain("default-src 'none'");
  });

  it('renders without console errors or requests, and its counts match the JSON', async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(html).href;
    await page.goto(url, { waitUntil: 'load' });

    const flows = (
      JSON.parse(run(['flows', '--format', 'json']).stdout) as {
        flows: Array<{ categories: string[]; outcome: string }>;
      }
    ).flows;
    const fields = (JSON.parse(run(['inventory', '--format', 'json']).stdout) as { fields: unknown[] }).fields;
    const exceptions = (JSON.parse(run(['exceptions', '--format', 'json']).stdout) as { entries: unknown[] }).entries;

    const count = (id: string) => page.locator(`#${id}`).getAttribute('data-count');
    expect(await count('count-flows')).toBe(String(flows.length));
    expect(await count('count-blocked')).toBe(String(flows.filter((f) => f.outcome === 'fails').length));
    expect(await count('count-fields')).toBe(String(fields.length));
    expect(await count('count-exceptions')).toBe(String(exceptions.length));
    expect(await page.locator('#flows-table tbody tr').count()).toBe(flows.length);
    expect(await page.locator('#inventory-table tbody tr').count()).toBe(fields.length);
    expect(await page.locator('#exceptions-table tbody tr').count()).toBe(exceptions.length);
    // The picture: one edge per category, recipient and outcome; their counts add up to the flows' categories.
    const edges = page.locator('#flow-map path.edge');
    const edgeCounts: number[] = [];
    for (let i = 0; i < (await edges.count()); i++)
      edgeCounts.push(Number(await edges.nth(i).getAttribute('data-count')));
    expect(edgeCounts.reduce((a, b) => a + b, 0)).toBe(flows.reduce((n, f) => n + Math.max(1, f.categories.length), 0));
    expect(await page.locator('#flow-map path.edge-fails').count()).toBe(1);
    // It is drawn: the SVG has a size on the page.
    const box = await page.locator('#flow-map').boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(50);
    expect(await page.locator('#recipients-table tbody tr').allInnerTexts()).toEqual([
      'console.log()\tlogging\tpii\t1\t1\tnot listed',
      'api.payouts.example\tthird-party\tpayment\t1\t0\trestricted (payment)',
      'crm.example.com\tthird-party\tpii\t1\t0\tnot listed',
    ]);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: path.join(dir, 'report.png'), fullPage: true });
    await page.close();
  }, 300_000);
});
