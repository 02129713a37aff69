// Every story, in German and English and each theme preset: it renders, its play function passes,
// nothing throws, and axe finds no violation in the state the play function leaves.
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

/**
 * A race of the test harness, not of the widgets: MSW's worker unregisters itself when its last page
 * goes (the previous story), and the next story's worker update can land in that moment.
 */
const MSW_HANDOVER = /Failed to update a ServiceWorker for scope .*mockServiceWorker\.js.*Not found/;

/** How long a story may take to render and play (play functions click through several steps). */
const STORY_TIMEOUT_MS = 45_000;
/** Storybook's channel events (storybook/internal/core-events) that end a story's render. */
const END_EVENTS = ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing'];
/** Events that mean the story or its play function failed; their first argument says why. */
const FAILURE_EVENTS = [
  'playFunctionThrewException',
  'unhandledErrorsWhilePlaying',
  'storyThrewException',
  'storyErrored',
  'storyMissing',
];

/**
 * Waits until Storybook has rendered the story and run its play function (the preview emits
 * `storyFinished` after the play function, the a11y addon's own check and any afterEach), then reports
 * what went wrong on the way. Each story is a fresh page, so the channel's `last(event)` is this story's.
 */
async function storyOutcome(page: Page): Promise<string[]> {
  try {
    await page.waitForFunction(
      (events) => {
        const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: { last: (event: string) => unknown } })
          .__STORYBOOK_ADDONS_CHANNEL__;
        return events.some((event) => channel?.last(event) !== undefined);
      },
      END_EVENTS,
      { timeout: STORY_TIMEOUT_MS, polling: 50 },
    );
  } catch {
    return [`did not finish rendering and playing within ${STORY_TIMEOUT_MS / 1000} s`];
  }
  // The first argument of each event as JSON (errors arrive serialized); read here in Node.
  const last = await page.evaluate(
    (events) =>
      events.map((event) => {
        const channel = (window as { __STORYBOOK_ADDONS_CHANNEL__?: { last: (event: string) => unknown } })
          .__STORYBOOK_ADDONS_CHANNEL__;
        const args = channel?.last(event);
        return [event, Array.isArray(args) && args.length > 0 ? JSON.stringify(args[0]) : ''] as const;
      }),
    [...FAILURE_EVENTS, 'storyFinished'],
  );
  const problems: string[] = [];
  for (const [event, json] of last) {
    if (!json) continue;
    const value = JSON.parse(json) as unknown;
    if (event === 'storyFinished') {
      // Reports of addons (the a11y addon's own axe run) that failed, when nothing else explains it.
      const { status, reporters = [] } = value as { status?: string; reporters?: { type?: string; status?: string }[] };
      const failed = reporters.filter((report) => report.status === 'failed').map((report) => report.type);
      const onlyHandover = last.every(([name, text]) => name === 'storyFinished' || !text || MSW_HANDOVER.test(text));
      if (status === 'error' && problems.length === 0 && !onlyHandover)
        problems.push(`storyFinished with status error (${failed.join(', ') || 'no report failed'})`);
    } else if (!(event === 'unhandledErrorsWhilePlaying' && MSW_HANDOVER.test(describeError(value)))) {
      problems.push(`${event}: ${describeError(value)}`);
    }
  }
  return problems;
}

/** The first line of a serialized error (or a list of them, or Storybook's { title, description }). */
function describeError(value: unknown): string {
  if (Array.isArray(value)) return value.map(describeError).join('; ');
  if (value && typeof value === 'object') {
    const { message, description, title } = value as Record<string, unknown>;
    const text = message ?? description ?? title;
    if (typeof text === 'string') return text.split('\n')[0] ?? text;
  }
  return JSON.stringify(value).slice(0, 300);
}

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
    page.on('pageerror', (error) => {
      if (!MSW_HANDOVER.test(error.message)) problems.push(`page error: ${error.message}`);
    });
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
        failures.push(...(await storyOutcome(page)).map((problem) => `${story.id}: ${problem}`));
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
