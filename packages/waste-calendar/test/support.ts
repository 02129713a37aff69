// Helpers shared by the waste calendar's browser tests.
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { CivicWasteCalendar } from '../src/waste-calendar.js';
import '../src/waste-calendar.js';

export const TODAY = '2026-11-23'; // a Monday; Gelber Sack for Hauptstraße comes on Tuesday

export const root = (el: CivicWasteCalendar) => el.shadowRoot!;
export const $ = (el: CivicWasteCalendar, selector: string) => root(el).querySelector<HTMLElement>(selector);
export const $$ = (el: CivicWasteCalendar, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
export const text = (el: CivicWasteCalendar, selector: string) =>
  $(el, selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/**
 * `waitUntil` with room for a loaded machine: open-wc's default of 1 s is too short when three
 * browsers share two cores (an answer, a lazily loaded part and a render in WebKit over WebDriver).
 */
export const until = (predicate: () => unknown, message = 'condition') =>
  waitUntil(predicate, message, { timeout: 10_000, interval: 20 });

/** The widget with its address step shown (its texts load on demand). */
export async function widget(
  attributes: { lang?: string; street?: string; houseNumber?: string; view?: string; fractions?: string } = {},
): Promise<CivicWasteCalendar> {
  const el = await fixture<CivicWasteCalendar>(
    html`<civic-waste-calendar
      api-base="/api/v1"
      lang=${attributes.lang ?? 'de'}
      today=${TODAY}
      street=${attributes.street ?? ''}
      house-number=${attributes.houseNumber ?? ''}
      view=${attributes.view ?? 'list'}
      fractions=${attributes.fractions ?? ''}
    ></civic-waste-calendar>`,
  );
  await until(() => $(el, '.address'), 'address step');
  await el.updateComplete;
  return el;
}

/** Waits until the collection dates of the current address are shown. */
export async function loaded(el: CivicWasteCalendar): Promise<void> {
  await until(
    () => $(el, '.list-view, .month-view, .year-view') && $(el, '.filter') && $(el, '.export'),
    'collections shown',
  );
  await el.updateComplete;
}

/** Reads the .ics a download click hands to the browser, without letting the browser download it. */
export function captureDownloads(): { files: Promise<string>[]; stop: () => void } {
  const files: Promise<string>[] = [];
  const listener = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLAnchorElement && target.download) {
      event.preventDefault();
      files.push(fetch(target.href).then((response) => response.text()));
    }
  };
  document.addEventListener('click', listener, true);
  return { files, stop: () => document.removeEventListener('click', listener, true) };
}
