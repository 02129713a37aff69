// Every story, in German and English and each theme preset: it renders, throws nothing, and axe finds no violation.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveFolder } from '../support/static-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Stories that show a configuration problem log it on purpose. Failed loads are caught through the
// response event instead, which names the URL (Chromium's own favicon request never reaches it).
const EXPECTED_CONSOLE = /civic-widgets: <[a-z-]+>: This service has not been set up yet|^Failed to load resource/;

interface IndexEntry {
  id: string;
  type: string;
  title: string;
  name: string;
  tags?: string[];
}

describe('storybook', () => {
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  let stories: IndexEntry[];
  const problems: string[] = [];
  let apiRequests = 0;
  let expectHttpErrors = false;

  before(async () => {
    execFileSync('pnpm', ['exec', 'storybook', 'build', '-o', OUT, '--quiet'], { cwd: ROOT, stdio: 'pipe' });
    server = await serveFolder(OUT);
    const index = JSON.parse(readFileSync(`${OUT}index.json`, 'utf8')) as { entries: Record<string, IndexEntry> };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !EXPECTED_CONSOLE.test(message.text()))
        problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests++;
    });
    page.on('response', (response) => {
      // Error answers are expected in stories tagged so (they switch a mock failure scenario on).
      if (response.status() >= 400 && !expectHttpErrors) {
        problems.push(`HTTP ${response.status()} ${response.url()}`);
      }
    });
  });

  after(async () => {
    await browser.close();
    await server.close();
  });

  it('has a story for every core part', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const title of [
      'Core/Calendar grid',
      'Core/Status views',
      'Core/Form field',
      'Core/Configuration problems',
      'Core/City theme',
    ]) {
      assert.ok(titles.has(title), `a story titled ${title}`);
    }
    assert.ok(stories.length >= 20, `${stories.length} stories`);
  });

  for (const [locale, theme] of [
    ['de', 'light'],
    ['en', 'dark'],
    ['de', 'high-contrast'],
  ] as const) {
    it(`renders every story in ${locale}, ${theme} theme, without errors or axe violations`, async () => {
      const failures: string[] = [];
      for (const story of stories) {
        problems.length = 0;
        apiRequests = 0;
        expectHttpErrors = story.tags?.includes('expected-http-errors') ?? false;
        await page.goto(
          `${server.url}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale};theme:${theme}`,
        );
        await page.waitForFunction(() =>
          document.querySelector('#storybook-root')?.querySelector('civic-config > *, civic-config'),
        );
        await page.waitForTimeout(100);
        const rendered = await page.evaluate(() => {
          const config = document.querySelector('civic-config');
          return [...(config?.querySelectorAll('*') ?? [])].some(
            (element) => (element.shadowRoot?.childElementCount ?? 0) > 0,
          );
        });
        if (!rendered) failures.push(`${story.id}: nothing rendered`);
        if ((await page.evaluate(() => document.documentElement.lang)) !== locale)
          failures.push(`${story.id}: locale not applied`);
        if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async () => {
          type Axe = {
            run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
          };
          const axe = (window as unknown as { axe: Axe }).axe;
          // Storybook's a11y addon runs axe after each render too; wait for it to finish.
          for (let attempt = 0; ; attempt++) {
            try {
              const result = await axe.run({ include: ['#storybook-root'] }, { resultTypes: ['violations'] });
              return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
            } catch (error) {
              if (attempt > 50 || !String(error).includes('already running')) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        });
        if (violations.length > 0) failures.push(`${story.id}: axe ${violations.join(', ')}`);
        // A widget that refetches on every render floods the API; a story needs a handful of calls.
        if (apiRequests > 12) failures.push(`${story.id}: ${apiRequests} API requests (a request loop?)`);
        failures.push(...problems.map((problem) => `${story.id}: ${problem}`));
      }
      assert.deepEqual(failures, []);
    });
  }
});
