// The HTML report of `callgate audit --format html` (issue 13), opened in a real headless Chromium
// (Debian's chromium, installed by .ci/run; playwright-core drives it, downloading nothing): the page
// loads with no console error, shows its charts and citations, and its screenshot is not blank.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callgate, scratch } from './run.js';

const files = scratch();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser: Browser | undefined;
let why = '';

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    why = `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
    return;
  }
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (e) {
    why = `Chromium could not start: ${(e as Error).message.split('\n')[0]}`;
  }
});
afterAll(async () => {
  await browser?.close();
  files.cleanup();
});

describe('the HTML report', () => {
  it('is one self-contained file: inline CSS and SVG, no script, no network', () => {
    const out = files.file('report.html', '');
    const r = callgate('audit', 'examples/call-log.csv', '--format', 'html', '--out', out);
    expect(r.code).toBe(1); // the example log holds violations
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).not.toMatch(/<script|<link |src="http|@import/i);
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain('href="https://www.legifrance.gouv.fr/');
  });

  it('loads in Chromium with no console error, readable in French, and its screenshot is not blank', async (ctx) => {
    if (!browser) {
      console.warn(`skipped: ${why}`);
      ctx.skip();
      return;
    }
    const out = files.file('rapport.html', '');
    callgate('audit', 'examples/call-log.csv', '--format', 'html', '--locale', 'fr', '--out', out);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    page.on('request', (req) => { if (!req.url().startsWith('file:')) requests.push(req.url()); });
    await page.goto(pathToFileURL(out).href);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]); // nothing fetched: self-contained
    expect(await page.title()).toMatch(/^Audit de conformité du démarchage téléphonique/);
    expect(await page.locator('figure svg rect').count()).toBeGreaterThan(3);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(10);
    const shot = await page.screenshot({ fullPage: false });
    const blank = await (async () => {
      const p = await browser!.newPage({ viewport: { width: 1200, height: 900 } });
      await p.setContent('<html><body></body></html>');
      const b = await p.screenshot();
      await p.close();
      return b;
    })();
    // A blank page compresses to almost nothing; the report's charts, cards and table do not.
    expect(shot.length).toBeGreaterThan(10 * blank.length);
    await page.close();
  });
});
