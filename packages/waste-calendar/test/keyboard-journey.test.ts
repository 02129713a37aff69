import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, pressKey, typeText } from '../../core/test-support/keys.js';
import { recordRequests, useMockApi } from '../../mocks/test-support/worker.js';
import type { WasteAddressSelectedDetail } from '../src/waste-calendar.js';
import { $, $$, loaded, text, widget } from './support.js';

describe('<civic-waste-calendar> by keyboard', function () {
  this.timeout(60_000);

  beforeEach(() => localStorage.clear());

  it('finds a street without diacritics, chooses it with the arrow keys and shows the next collections', async () => {
    await useMockApi();
    const el = await widget();
    await expect(el).to.be.accessible();
    $(el, '#street')!.focus();
    await typeText('holder');
    // WebDriver may pause longer than the debounce between keys: wait for the answer to the whole word.
    await waitUntil(() => text(el, '[role="listbox"]').includes('Hölderlin'), 'options for "holder" shown', {
      timeout: 5000,
    });
    const input = $(el, '#street') as HTMLInputElement;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el, '[role="listbox"]')).to.contain('Hölderlinweg');
    await expect(el).to.be.accessible();

    await pressKey('ArrowDown');
    await el.updateComplete;
    const first = $$(el, '[role="option"]')[0]!;
    expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);
    expect(first.getAttribute('aria-selected')).to.equal('true');
    await pressKey('ArrowDown');
    await pressKey('ArrowUp');
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);

    setTimeout(() => void pressKey('Enter'));
    const selected = await oneEvent<CustomEvent<WasteAddressSelectedDetail>>(el, 'civic-waste-address-selected');
    expect(selected.detail).to.deep.equal({ streetId: 'holderlinallee' }); // first in alphabetical order
    expect(selected.bubbles && selected.composed).to.equal(true);
    expect(input.value).to.equal('Hölderlinallee');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await loaded(el);
    expect($$(el, '.days > li').length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  it('highlights tomorrow ("Morgen: Gelber Sack") and shows shifted dates with their reason', async () => {
    await useMockApi();
    const el = await widget({ street: 'hauptstrasse' });
    await loaded(el);
    const soon = $(el, '.day.soon')!;
    expect(soon.textContent.replace(/\s+/g, ' ')).to.contain('Morgen:').and.contain('Gelber Sack');
    // Show all dates until the holiday-shifted ones in May 2027 appear.
    $(el, '.more')!.focus();
    await pressKey('Enter');
    await el.updateComplete;
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($$(el, '.days > li')[8]); // the first newly shown day
    while (!text(el, '.list-view').includes('verschoben')) {
      $(el, '.more')!.click();
      await el.updateComplete;
    }
    expect(text(el, '.list-view')).to.contain('verschoben vom 06.05. wegen Christi Himmelfahrt');
  });

  it('asks for the house number in a split street, by keyboard', async () => {
    await useMockApi();
    const el = await widget();
    $(el, '#street')!.focus();
    await typeText('mullerw');
    await waitUntil(() => $$(el, '[role="option"]').length === 1, 'one option');
    await pressKey('ArrowDown');
    await pressKey('Enter');
    await waitUntil(() => $(el, 'select#house-number'), 'house numbers asked for');
    expect($(el, '.list-view')).to.equal(null);
    await expect(el).to.be.accessible();
    await pressKey('Tab');
    expect(deepActiveElement()?.id).to.equal('house-number');
    const selected = oneEvent<CustomEvent<WasteAddressSelectedDetail>>(el, 'civic-waste-address-selected');
    const select = $(el, '#house-number') as HTMLSelectElement;
    // Native selects open a popup on ArrowDown in some engines; choose through the value as a keyboard user would.
    select.value = 'mullerweg-2';
    select.dispatchEvent(new Event('change'));
    expect((await selected).detail).to.deep.equal({ streetId: 'mullerweg', houseNumberId: 'mullerweg-2' });
    await loaded(el);
    expect(text(el, '#calendar-heading')).to.contain('Müllerweg 30–79');
  });

  it('closes the list with Escape, clears with a second Escape, and aborts stale searches', async () => {
    const api = await useMockApi();
    api.scenarios.set('searchStreets', { kind: 'slow', delayMs: 400, times: 1 });
    const el = await widget();
    const recorder = recordRequests();
    const input = $(el, '#street') as HTMLInputElement;
    input.focus();
    // Whole words at once: WebDriver in WebKit can take longer per key than the 250 ms debounce, and
    // this test is about the requests, not the typing (the journeys above type key by key).
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };
    type('ha');
    // The first (slow) search is under way before the next word comes.
    await waitUntil(() => recorder.requests.some((request) => request.path.endsWith('/waste/streets')), 'first search');
    type('hau');
    await waitUntil(() => text(el, '#street-status').includes('gefunden'), 'results', { timeout: 5000 });
    recorder.stop();
    const searches = recorder.requests.filter((request) => request.path.endsWith('/waste/streets'));
    expect(searches.length).to.equal(2); // debounced: one request per pause, not per key
    expect($$(el, '[role="option"]').every((option) => option.textContent.includes('Hau'))).to.equal(true);
    await pressKey('Escape');
    await el.updateComplete;
    expect($(el, '#street')!.getAttribute('aria-expanded')).to.equal('false');
    await pressKey('Escape');
    await el.updateComplete;
    expect(($(el, '#street') as HTMLInputElement).value).to.equal('');
  });

  it('switches views with the arrow keys and works the month grid by keyboard', async () => {
    await useMockApi();
    const el = await widget({ street: 'hauptstrasse' });
    await loaded(el);
    $(el, '#view-list')!.focus();
    await pressKey('ArrowRight');
    await waitUntil(() => $(el, '.month-view civic-calendar-grid'), 'month view');
    expect(el.view).to.equal('month');
    const grid = $(el, 'civic-calendar-grid')!;
    await (grid as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const marked = grid.shadowRoot!.querySelector('td[data-date="2026-11-24"]')!;
    expect(marked.querySelectorAll('.marker').length).to.equal(1);
    expect(marked.querySelector('.sr-only')!.textContent).to.contain('Gelber Sack');
    await expect(el).to.be.accessible();
    grid.focus();
    await pressKey('ArrowRight');
    await pressKey('Enter');
    await waitUntil(() => text(el, '.day-details').includes('Gelber Sack'), 'day details');
    expect(text(el, '.day-details')).to.contain('24. November 2026');
    await pressKey('PageDown');
    await el.updateComplete;
    expect(grid.getAttribute('month')).to.equal('2026-12');

    $(el, '#view-month')!.focus();
    await pressKey('ArrowRight');
    await waitUntil(() => $(el, '.year-view'), 'year view');
    expect($$(el, 'table.year thead th').length).to.equal(13);
    await expect(el).to.be.accessible();
  });
});
