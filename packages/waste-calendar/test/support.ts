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
  await el.updateComplete;
  return el;
}

/** Waits until the collection dates of the current address are shown. */
export async function loaded(el: CivicWasteCalendar): Promise<void> {
  await waitUntil(
    () => $(el, '.list-view, .month-view, .year-view') && $(el, '.filter') && $(el, '.export'),
    'collections shown',
    { timeout: 5000 },
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
