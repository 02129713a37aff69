// The demo page in a real browser: a citizen chooses a date in the calendar grid by keyboard alone.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveDemo, type DemoServer } from '../support/demo-server.js';

const ARTIFACTS = new URL('./artifacts/', import.meta.url);

/** The data-date of the calendar cell that has focus, looking through shadow roots. */
function focusedDate(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return (active as HTMLElement | null)?.dataset.date;
  });
}

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T12:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

describe('demo page', () => {
  let server: DemoServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  before(async () => {
    server = await serveDemo();
    browser = await launchChromium();
  });

  after(async () => {
    await browser.close();
    await server.close();
  });

  async function openDemo(width = 1024): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(server.url);
    await page.locator('civic-calendar-grid').waitFor();
    return page;
  }

  it('lets a citizen choose a date by keyboard alone', async () => {
    const page = await openDemo();
    // Tab from the top of the page until the calendar's single tab stop has focus.
    let start: string | undefined;
    for (let presses = 0; presses < 80 && !start; presses++) {
      await page.keyboard.press('Tab');
      start = await focusedDate(page);
    }
    assert.ok(start, 'Tab reaches a day of the calendar grid');

    await page.keyboard.press('ArrowDown'); // a week later
    await page.keyboard.press('ArrowRight'); // and a day
    await page.keyboard.press('PageDown'); // next month, same day where it exists
    const target = await focusedDate(page);
    assert.ok(target && target > addDays(start, 8), `focus moved forward from ${start}, now on ${target}`);
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#chosen-date').textContent(), target);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('runs the appointment picker offline against the sample city', async () => {
    const page = await openDemo();
    const picker = page.locator('civic-appointment-picker');
    await picker.locator('#service-search').waitFor();
    await picker.locator('#service-search').fill('Perso');
    await picker.locator('.service-name', { hasText: 'Personalausweis beantragen' }).first().waitFor();
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('finds the waste collection dates of an address by keyboard and shows the year', async () => {
    const page = await openDemo();
    const waste = page.locator('civic-waste-calendar');
    await waste.locator('#street').focus();
    await page.keyboard.type('bahnhofs');
    await waste.locator('[role="option"]', { hasText: 'Bahnhofstraße' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waste.locator('.list-view .day').first().waitFor();
    assert.match((await waste.locator('#calendar-heading').textContent()) ?? '', /Bahnhofstraße/);
    await waste.locator('#view-list').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waste.locator('table.year').waitFor();
    assert.equal(await waste.locator('table.year tbody tr').count(), 31);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });

  it('switches the widgets to English without reloading', async () => {
    const page = await openDemo();
    const previousMonth = page.locator('civic-calendar-grid button.nav').first();
    assert.equal(await previousMonth.getAttribute('aria-label'), 'Vorheriger Monat');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('civic-calendar-grid')
          ?.shadowRoot?.querySelector('button.nav')
          ?.getAttribute('aria-label') === 'Previous month',
      undefined,
      { timeout: 5_000 },
    );
    const weekdays = await page.locator('civic-calendar-grid th').first().getAttribute('abbr');
    assert.equal(weekdays, 'Monday');
    await page.close();
  });

  it('fits a 320 px wide phone without horizontal scrolling', async () => {
    const page = await openDemo(320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: new URL('demo-320.png', ARTIFACTS).pathname, fullPage: true });
    assert.equal(overflow, 0, `the page scrolls sideways by ${overflow} px at 320 px`);
    await page.close();
  });
});
