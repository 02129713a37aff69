// The demo page in a real browser: a citizen chooses a date in the calendar grid by keyboard alone,
// and books an appointment on a 320 px wide phone (a screenshot of each step lands in artifacts/).
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

interface Overflow {
  /** How far the page scrolls sideways (documentElement.scrollWidth beyond innerWidth). */
  page: number;
  /** How far the picker's base part is wider than its own box (content pushing out sideways). */
  base: number;
  /** How far anything in the picker, its nested shadow roots included, reaches past the viewport. */
  reach: number;
  /** The element that reaches furthest right, for the failure message. */
  widest: string;
}

/** Measures sideways overflow of the page and of the appointment picker, looking through shadow roots. */
function overflowOf(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const host = document.querySelector('civic-appointment-picker');
    const base = host?.shadowRoot?.querySelector('[part="base"]');
    let reach = host ? host.getBoundingClientRect().right - innerWidth : 0;
    let widest = 'civic-appointment-picker';
    // Every element of the picker's shadow tree and of the shadow trees nested in it (the calendar).
    const roots = [host?.shadowRoot];
    for (let root = roots.pop(); root; root = roots.pop()) {
      for (const element of root.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        // Content of a closed <details> has a layout box but is not on screen.
        if (box.width > 1 && box.right - innerWidth > reach && element.checkVisibility()) {
          reach = box.right - innerWidth;
          widest = [element.localName, ...element.classList].join('.');
        }
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    // What sticks out of the picker's own box, to name it in the failure.
    const edge = base?.getBoundingClientRect().right ?? 0;
    const inside = [...(base?.querySelectorAll('*') ?? [])].filter(
      (element) => element.getBoundingClientRect().right > edge + 0.5 && element.checkVisibility(),
    );
    if (inside[0]) widest = [inside[0].localName, ...inside[0].classList].join('.');
    return {
      page: document.documentElement.scrollWidth - innerWidth,
      base: base ? base.scrollWidth - base.clientWidth : 0,
      reach: Math.max(0, Math.ceil(reach)),
      widest,
    };
  });
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

  it('books through every step of the picker at 320 px without horizontal scrolling', async () => {
    const page = await openDemo(320);
    const picker = page.locator('civic-appointment-picker');
    const heading = picker.locator('.step-heading');
    const next = picker.locator('.nav .civic-button:not(.secondary)');
    const overflows: string[] = [];
    mkdirSync(ARTIFACTS, { recursive: true });
    /** Screenshot of the picker (the step as the citizen sees it) and the overflow checks, once per step. */
    async function step(name: string, expectedHeading: string): Promise<void> {
      await assert.doesNotReject(
        heading.filter({ hasText: expectedHeading }).waitFor({ timeout: 10_000 }),
        `the ${name} step shows "${expectedHeading}"`,
      );
      // The picker's rows of the whole page, over the page's full scroll width: an element screenshot
      // would cut off exactly the content that sticks out sideways.
      const area = await picker.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return { y: box.top + scrollY, height: box.height, width: document.documentElement.scrollWidth };
      });
      await page.screenshot({
        path: new URL(`picker-320-${name}.png`, ARTIFACTS).pathname,
        fullPage: true,
        clip: { x: 0, y: Math.max(0, area.y - 8), width: area.width, height: area.height + 16 },
      });
      const overflow = await overflowOf(page);
      if (overflow.page > 0) overflows.push(`${name}: the page scrolls sideways by ${overflow.page} px`);
      if (overflow.base > 0)
        overflows.push(
          `${name}: the picker's content (${overflow.widest}) is ${overflow.base} px wider than the picker`,
        );
      if (overflow.reach > 0)
        overflows.push(`${name}: ${overflow.widest} reaches ${overflow.reach} px past the viewport`);
    }

    await picker.locator('#service-search').fill('Personalausweis');
    await page.getByRole('combobox', { name: 'Anzahl: Personalausweis beantragen', exact: true }).selectOption('1');
    await step('service', 'Welche Leistung brauchen Sie?');
    await next.click();

    await picker.locator('input[name="office"][value="buergeramt-mitte"]').check();
    await step('office', 'Wo möchten Sie hin?');
    await next.click();

    const freeDay = picker.locator('civic-calendar-grid td[data-date]:not([aria-disabled="true"])').first();
    const nextFreeMonth = picker.locator('.notice button.civic-button:not(.everywhere)');
    await freeDay.or(nextFreeMonth).first().waitFor();
    if ((await freeDay.count()) === 0) await nextFreeMonth.click(); // nothing left this month
    await freeDay.waitFor();
    await step('day', 'An welchem Tag?');
    await picker.locator('details.day-list > summary').click(); // the same days as a list
    await picker.locator('details.day-list button.link').first().waitFor();
    await step('day-list', 'An welchem Tag?');
    await freeDay.click();

    await picker.locator('button.slot').first().waitFor();
    await step('time', 'Um wie viel Uhr?');
    await picker.locator('button.slot').first().click();

    await picker.locator('#contact-name').fill('Erika Mustermann');
    await picker.locator('#contact-email').fill('erika.mustermann@example.org');
    await picker.locator('.hold .countdown').waitFor();
    await step('contact', 'Wie erreichen wir Sie?');
    await next.click();

    await picker.locator('.consent input[type="checkbox"]').check();
    await step('summary', 'Bitte prüfen und buchen');
    await picker.locator('button.confirm').click();

    await picker.locator('.done').waitFor();
    // Bürgeramt Mitte confirms by e-mail (double opt-in): the heading says what is still to do.
    await step('done', 'Fast geschafft: Bitte bestätigen Sie Ihren Termin');
    assert.match(await picker.locator('.done').innerText(), /Link in der E-Mail/);

    assert.deepEqual(overflows, []);
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
