// The webmaster's way in: the standalone build (`pnpm build`) on a plain web server, one script tag
// and one element, no build step. The city API is answered by the sample city's mock handlers through
// the browser's network layer. Checks that the on-demand parts load relative to the script, that a
// page downloads only its own language, and that the later steps work from the built files.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createMockApi } from '@civic-widgets/mocks';
import { getResponse } from 'msw';
import type { Browser } from 'playwright-core';
import { buildStandalone } from '../../scripts/standalone.js';
import { launchChromium } from '../support/browser.js';
import { serveFolder } from '../support/static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const page = (lang: string) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8" /><title>Termine</title></head>
  <body>
    <script type="module" src="./civic-widgets/civic-appointment-picker.js"></script>
    <civic-appointment-picker api-base="/api/v1"></civic-appointment-picker>
  </body>
</html>`;

describe('standalone picker on a plain web server', () => {
  let folder: string;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'civic-standalone-'));
    await buildStandalone('@civic-widgets/appointment-picker', ROOT, {
      outdir: join(folder, 'civic-widgets'),
      fileName: 'civic-appointment-picker',
      write: true,
    });
    await buildStandalone('@civic-widgets/waste-calendar', ROOT, {
      outdir: join(folder, 'waste'),
      fileName: 'civic-waste-calendar',
      write: true,
    });
    await writeFile(
      join(folder, 'waste.html'),
      page('en')
        .replace('./civic-widgets/civic-appointment-picker.js', './waste/civic-waste-calendar.js')
        .replace(
          '<civic-appointment-picker api-base="/api/v1"></civic-appointment-picker>',
          '<civic-waste-calendar api-base="/api/v1" street="hauptstrasse" view="year"></civic-waste-calendar>',
        ),
    );
    await writeFile(join(folder, 'de.html'), page('de'));
    await writeFile(join(folder, 'en.html'), page('en'));
    server = await serveFolder(folder);
    browser = await launchChromium();
  });

  after(async () => {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  });

  async function open(file: string) {
    const mock = createMockApi({ baseUrl: new URL('/api/v1', server.url).href, now: new Date() });
    const tab = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const scripts: string[] = [];
    tab.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await tab.route('**/api/v1/**', async (route) => {
      const request = route.request();
      const response = await getResponse(
        mock.handlers,
        new Request(request.url(), {
          method: request.method(),
          headers: request.headers(),
          body: request.postData() ?? undefined,
        }),
      );
      if (!response) return route.fulfill({ status: 404 });
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    await tab.goto(new URL(`${file}.html`, server.url).href);
    return { tab, errors, scripts };
  }

  it('books from the built files in English, loading only English texts', async () => {
    const { tab, errors, scripts } = await open('en');
    const picker = tab.locator('civic-appointment-picker');
    // The sample city's service names are German (its API answers in German); the picker's words are English.
    await picker.locator('#service-search').fill('Perso');
    await tab.getByRole('combobox', { name: 'Number: Personalausweis beantragen', exact: true }).selectOption('1');
    const next = picker.locator('.nav .civic-button:not(.secondary)');
    await next.click();
    await picker.locator('.step-heading', { hasText: 'Where would you like to go?' }).waitFor();
    await picker.locator('input[name="office"][value="buergeramt-sued"]').check();
    await next.click();
    await picker.locator('civic-calendar-grid td[data-date]:not([aria-disabled="true"])').first().click();
    await picker.locator('button.slot').first().click();
    await picker.locator('#contact-name').waitFor();
    assert.deepEqual(errors, []);
    // The entry, its shared chunk, the English texts (the picker's and the core's), then the flow.
    assert.ok(
      scripts.every((path) => path.startsWith('/civic-widgets/')),
      scripts.join(', '),
    );
    assert.ok(scripts.length >= 4, scripts.join(', '));
    const texts = await Promise.all(scripts.map(async (path) => (await fetch(new URL(path, server.url))).text()));
    assert.ok(!texts.some((text) => text.includes('Welche Leistung brauchen Sie?')), 'no German picker texts');
    await tab.close();
  });

  it('shows step 1 in German, loading only German texts', async () => {
    const { tab, errors, scripts } = await open('de');
    const picker = tab.locator('civic-appointment-picker');
    await picker.locator('.step-heading', { hasText: 'Welche Leistung brauchen Sie?' }).waitFor();
    await picker.locator('#service-search').waitFor();
    assert.deepEqual(errors, []);
    const texts = await Promise.all(scripts.map(async (path) => (await fetch(new URL(path, server.url))).text()));
    assert.ok(!texts.some((text) => text.includes('Which service do you need?')), 'no English picker texts');
    await tab.close();
  });

  it("shows a preset address's year from the built waste calendar, in English only", async () => {
    const { tab, errors, scripts } = await open('waste');
    const calendar = tab.locator('civic-waste-calendar');
    await calendar.locator('[part~="year-table"]').waitFor({ timeout: 15_000 });
    assert.deepEqual(errors, []);
    assert.ok(
      scripts.every((path) => path.startsWith('/waste/civic-waste-calendar')),
      scripts.join(', '),
    );
    const texts = await Promise.all(scripts.map(async (path) => (await fetch(new URL(path, server.url))).text()));
    assert.ok(!texts.some((text) => text.includes('Die ersten Buchstaben')), 'no German address texts');
    await tab.close();
  });
});
