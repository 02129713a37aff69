// Benchmark (issue: "switches months with 10 offices × 3 months of slots and reports the median time
// per switch; goal under 16 ms"). Musterstadt has 10 offices, but no service is offered by all of
// them: the driving-licence exchange at "any office" is the widest, 8 offices.
//
// What is measured, and why it is honest: the time from the click on the calendar's next/previous
// month button until the picker shows a calendar of the new month with exactly that month's bookable
// days, laid out (a forced layout read ends the clock). That is everything the main thread does for a
// switch: the click handler, the picker's loading render, the client's work on the answer (JSON
// parsing and the contract check), the new calendar's render, style and layout. Left out are the
// network and the wait for the next display frame: every availability answer has been fetched once
// from the mocks beforehand and is replayed from memory, so "the data is there" the moment it is
// asked for. Not measured: paint and compositing (no cross-engine way to end a clock after them).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AppointmentsApi, HttpTransport } from '@civic-widgets/api-client/appointments';
import type { CivicCalendarGrid } from '@civic-widgets/core';
import { parseAvailability } from '../../api-client/src/validation/generated/appointments.js';
import { useMockApi } from '../../mocks/test-support/worker.js';
import '../src/appointment-picker.js';
import type { CivicAppointmentPicker } from '../src/appointment-picker.js';

const SERVICE = 'fuehrerschein-umtausch';
const ROUNDS = 5; // five times forward three months and back: 30 switches
const GOAL_MS = 16;
/**
 * What the test asserts, per engine: regression ceilings about 3× the medians measured on this 2-core
 * machine with one engine at a time (`pnpm test:bench`, 22 Nov 2026, after the calendar stopped being
 * rebuilt per switch): Chromium 9.8 ms, Firefox 9.0 ms, WebKitGTK (over WebDriver, in xvfb) 17.5 ms.
 * The log says whether the 16 ms goal was met on this run. The answer's parsing and check take ~1 ms.
 */
const CEILING_MS: Record<string, number> = { chromium: 32, firefox: 32, webkit: 64 };

/** A macrotask turn without timer clamping (setTimeout(0) may wait 4 ms once nested). */
const turn = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function engine(): string {
  const agent = navigator.userAgent;
  if (agent.includes('Firefox/')) return 'firefox';
  if (agent.includes('Chrome/')) return 'chromium';
  return 'webkit';
}

/** fetch that remembers availability answers and replays them at once. */
function replayingFetch() {
  const answers = new Map<string, string>();
  let replayed = 0;
  const replay: typeof fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes('/appointments/availability')) return fetch(input, init);
    const known = answers.get(url);
    if (known !== undefined) {
      replayed++;
      return new Response(known, { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    const response = await fetch(input, init);
    if (response.ok) answers.set(url, await response.clone().text());
    return response;
  };
  return { replay, answers, replayed: () => replayed };
}

const root = (el: CivicAppointmentPicker) => el.shadowRoot!;
const gridOf = (el: CivicAppointmentPicker) => root(el).querySelector<CivicCalendarGrid>('civic-calendar-grid');

/** The picker shows `month` with exactly `bookable` selectable days, rendered and not busy. */
function shows(el: CivicAppointmentPicker, month: string, bookable: number): boolean {
  const grid = gridOf(el);
  if (!grid || grid.month !== month || grid.isUpdatePending || !grid.hasUpdated) return false;
  if (root(el).querySelector('[aria-busy="true"]')) return false;
  const days = grid.shadowRoot?.querySelectorAll(`td[data-date^="${month}-"]:not([aria-disabled])`);
  return days?.length === bookable;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

describe('<civic-appointment-picker> month switch benchmark', function () {
  this.timeout(120_000);

  it('switches months within its ceiling (median; goal 16 ms), with 8 offices’ slots', async () => {
    await useMockApi({ now: new Date() });
    const fetcher = replayingFetch();
    const client = {
      appointments: new AppointmentsApi(new HttpTransport({ baseUrl: '/api/v1', fetch: fetcher.replay })),
    };
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker .client=${client} lang="de" service=${SERVICE}></civic-appointment-picker>`,
    );
    const next = () => root(el).querySelector<HTMLButtonElement>('.nav .civic-button:not(.secondary)')!.click();
    await waitUntil(() => root(el).querySelector('.service.selected'), 'service chosen', { timeout: 10_000 });
    next();
    await waitUntil(() => root(el).querySelector('input[name="office"][value="any"]'), 'offices', {
      timeout: 10_000,
    });
    const offices = root(el).querySelectorAll('input[name="office"]:not([value="any"])').length;
    root(el).querySelector<HTMLInputElement>('input[name="office"][value="any"]')!.click();
    next();
    await waitUntil(() => gridOf(el)?.month, 'calendar', { timeout: 10_000 });

    // Warm-up: walk to the last bookable month and back, fetching each month once from the mocks.
    const months = [gridOf(el)!.month!];
    const bookable = new Map<string, number>();
    const slots = new Map<string, number>();
    const remember = (month: string) => {
      const answer = [...fetcher.answers].find(([url]) => url.includes(`to=${month}-`));
      expect(answer, `the answer for ${month}`).to.exist;
      const { days } = JSON.parse(answer![1]) as { days: { offices: { slots: unknown[] }[] }[] };
      bookable.set(month, days.length);
      slots.set(
        month,
        days.reduce((sum, day) => sum + day.offices.reduce((count, office) => count + office.slots.length, 0), 0),
      );
    };
    const navButton = (direction: 'previous' | 'next') =>
      gridOf(el)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.nav')[direction === 'previous' ? 0 : 1]!;
    await waitUntil(() => fetcher.answers.size === 1, 'the first month’s answer', { timeout: 10_000 });
    remember(months[0]!);
    await waitUntil(() => shows(el, months[0]!, bookable.get(months[0]!)!), 'first month', { timeout: 10_000 });
    while (navButton('next').getAttribute('aria-disabled') !== 'true' && months.length < 4) {
      navButton('next').click();
      await waitUntil(() => fetcher.answers.size === months.length + 1, 'the next month’s answer', {
        timeout: 10_000,
      });
      months.push(gridOf(el)!.month!);
      remember(months.at(-1)!);
      await waitUntil(() => shows(el, months.at(-1)!, bookable.get(months.at(-1)!)!), months.at(-1), {
        timeout: 10_000,
      });
    }
    expect(months.length, 'this month and three more can be shown').to.be.at.least(4);
    for (const month of months.slice(1)) expect(bookable.get(month), `bookable days in ${month}`).to.be.greaterThan(0);
    while (gridOf(el)!.month !== months[0]) {
      const target = months[months.indexOf(gridOf(el)!.month!) - 1]!;
      navButton('previous').click();
      await waitUntil(() => shows(el, target, bookable.get(target)!), target, { timeout: 10_000 });
    }

    // Measured: months[0] → … → months[3] → … → months[0], ROUNDS times.
    const path = [...months.slice(1), ...months.slice(0, -1).reverse()];
    const times: number[] = [];
    const phases: [number, number, number][] = [];
    let replacedGrids = 0;
    let focusLost = 0;
    const replayedBefore = fetcher.replayed();
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of path) {
        const direction = target > gridOf(el)!.month! ? 'next' : 'previous';
        const gridBefore = gridOf(el);
        const expected = bookable.get(target)!;
        navButton(direction).focus(); // as a keyboard user would have it
        const start = performance.now();
        navButton(direction).click();
        let gone: number | undefined;
        let back: number | undefined;
        let turns = 0;
        while (!shows(el, target, expected)) {
          if (performance.now() - start > 5000) throw new Error(`${target} never showed its ${expected} bookable days`);
          await turn();
          turns++;
          if (gone === undefined && gridOf(el) !== gridBefore) gone = performance.now() - start;
          if (back === undefined && gridOf(el)) back = performance.now() - start;
        }
        gridOf(el)!.shadowRoot!.querySelector('table')!.getBoundingClientRect(); // forces style and layout
        times.push(performance.now() - start);
        phases.push([gone ?? NaN, back ?? NaN, turns]);
        if (gridOf(el) !== gridBefore) replacedGrids++;
        if (gridOf(el)!.shadowRoot!.activeElement?.localName !== 'button') focusLost++;
        await turn();
      }
    }
    expect(fetcher.replayed() - replayedBefore, 'every measured switch was served from memory').to.equal(times.length);

    const result = median(times);
    const name = engine();
    const perMonth = months.map((month) => `${month}: ${bookable.get(month)} days/${slots.get(month)} slots`);
    console.log(
      `[bench] ${name}: month switch median ${result.toFixed(1)} ms (n=${times.length}, ` +
        `min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}; ${offices} offices; ` +
        `${perMonth.join(', ')}; calendar element replaced in ${replacedGrids}/${times.length} switches, ` +
        `focus left the month buttons in ${focusLost})`,
    );
    const phase = (index: number) => median(phases.map((entry) => entry[index]!)).toFixed(1);
    const text = [...fetcher.answers.values()].sort((a, b) => b.length - a.length)[0]!;
    const parse: number[] = [];
    for (let run = 0; run < 7; run++) {
      const begin = performance.now();
      parseAvailability(JSON.parse(text));
      parse.push(performance.now() - begin);
    }
    console.log(
      `[bench] ${name}: phases (median ms after the click) old calendar gone ${phase(0)}, new one in the DOM ` +
        `${phase(1)}, turns ${phase(2)}; parsing + contract check of the largest answer ${median(parse).toFixed(1)} ms`,
    );
    console.log(`[bench] ${name}: goal ${GOAL_MS} ms ${result < GOAL_MS ? 'met' : 'missed'}`);
    const limit = CEILING_MS[name] ?? GOAL_MS;
    expect(result, `median month switch in ${name} (limit ${limit} ms)`).to.be.below(limit);
  });
});
