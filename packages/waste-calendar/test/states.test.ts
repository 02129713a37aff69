import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createWasteClient } from '@civic-widgets/api-client/waste';
import { typeText } from '../../core/test-support/keys.js';
import { useMockApi } from '../../mocks/test-support/worker.js';
import { STORAGE_KEY } from '../src/address-store.js';
import { CivicWasteCalendar, type WasteExportedDetail } from '../src/waste-calendar.js';
import { parseIcs } from './parse-ics.js';
import { $, $$, captureDownloads, loaded, text, TODAY, widget } from './support.js';

describe('<civic-waste-calendar> views, export and errors', function () {
  this.timeout(60_000);

  beforeEach(() => localStorage.clear());

  for (const lang of ['de', 'en']) {
    for (const view of ['list', 'month', 'year']) {
      it(`passes axe in the ${view} view in ${lang}`, async () => {
        await useMockApi();
        const el = await widget({ lang, street: 'hauptstrasse', view });
        await loaded(el);
        expect($(el, `.${view}-view`)).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('speaks English with lang="en"', async () => {
    await useMockApi();
    const el = await widget({ lang: 'en', street: 'hauptstrasse' });
    await loaded(el);
    expect(text(el, '.title')).to.equal('Waste collection calendar');
    expect(text(el, '.day.soon')).to.contain('Tomorrow:');
  });

  it('filters by waste type (preset by attribute, then by checkbox)', async () => {
    await useMockApi();
    const el = await widget({ street: 'hauptstrasse', fractions: 'paper,glass' });
    await loaded(el);
    const names = () => new Set($$(el, '.list-view .fraction-name').map((name) => name.textContent.trim()));
    expect([...names()].sort()).to.deep.equal(['Glas', 'Papier']);
    expect(($(el, '#fraction-paper') as HTMLInputElement).checked).to.equal(true);
    expect(($(el, '#fraction-residual') as HTMLInputElement).checked).to.equal(false);
    $(el, '#fraction-glass')!.click();
    await el.updateComplete;
    expect([...names()]).to.deep.equal(['Papier']);
    $(el, '#fraction-paper')!.click();
    await el.updateComplete;
    expect(text(el, '.filter')).to.contain('mindestens eine Abfallart');
    expect(($(el, '.download') as HTMLButtonElement).disabled).to.equal(true);
    // Every fraction's mark carries icon and pattern besides its colour, and its name is written beside it.
    expect(
      $$(el, '.filter label').every((label) => label.querySelector('svg.mark') && label.textContent.trim()),
    ).to.equal(true);
  });

  it('exports the chosen fractions as a valid .ics with an evening reminder and tells the host', async () => {
    await useMockApi();
    const el = await widget({ street: 'hauptstrasse', fractions: 'paper,residual' });
    await loaded(el);
    $(el, '#reminder')!.click();
    await el.updateComplete;
    const time = $(el, '#reminder-time') as HTMLInputElement;
    time.value = '19:00';
    time.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const downloads = captureDownloads();
    try {
      setTimeout(() => $(el, '.download')!.click());
      const exported = await oneEvent<CustomEvent<WasteExportedDetail>>(el, 'civic-waste-exported');
      expect(exported.bubbles && exported.composed).to.equal(true);
      expect(exported.detail.format).to.equal('ics');
      expect(exported.detail.fractionIds).to.deep.equal(['residual', 'paper']);
      expect(exported.detail.reminder).to.equal('19:00');
      expect(downloads.files).to.have.length(1);
      const { events } = parseIcs(await downloads.files[0]!);
      const schedule = await createWasteClient({ baseUrl: '/api/v1' }).waste.getCollections(
        { streetId: 'hauptstrasse' },
        { from: TODAY, to: '2027-10-31', fractionIds: ['paper', 'residual'] },
      );
      expect(events.map((event) => `${event.start} ${event.summary}`)).to.deep.equal(
        schedule.collections.map((c) => `${c.date} ${c.fractionId === 'paper' ? 'Papier' : 'Restmüll'}`),
      );
      expect(exported.detail.count).to.equal(events.length);
      expect(events.every((event) => event.alarmSeconds === -5 * 3600)).to.equal(true);
      expect(new Set(events.map((event) => event.uid)).size).to.equal(events.length);
      const moved = events.find((event) => event.start === '2027-05-07' && event.summary === 'Restmüll');
      expect(moved?.description).to.equal('verschoben vom 06.05. wegen Christi Himmelfahrt');
    } finally {
      downloads.stop();
    }
  });

  it('offers the webcal subscription when the API has one', async () => {
    await useMockApi();
    const el = await widget({ street: 'hauptstrasse' });
    await loaded(el);
    await waitUntil(() => $(el, '.subscribe'), 'subscription link');
    expect($(el, '.subscribe')!.getAttribute('href')).to.match(/^webcal:\/\/.*street=hauptstrasse/);
    expect(($(el, '#feed-url') as HTMLInputElement).value).to.match(/^https?:\/\/.*feed\.ics/);
    // Following the link tells the host (the test keeps the browser from opening a calendar app).
    const stay = (event: Event) => event.preventDefault();
    document.addEventListener('click', stay, true);
    try {
      setTimeout(() => $(el, '.subscribe')!.click());
      const exported = await oneEvent<CustomEvent<WasteExportedDetail>>(el, 'civic-waste-exported');
      expect(exported.detail.format).to.equal('webcal');
      expect(exported.detail.fractionIds).to.have.length(8);
    } finally {
      document.removeEventListener('click', stay, true);
    }
  });

  it('remembers addresses only when asked, switches between them and forgets them', async () => {
    await useMockApi();
    const el = await widget({ street: 'hauptstrasse' });
    await loaded(el);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    $(el, '#remember')!.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal([
      { streetId: 'hauptstrasse', label: 'Hauptstraße' },
    ]);
    const second = await widget({ street: 'mullerweg', houseNumber: 'mullerweg-1' });
    await loaded(second);
    $(second, '#remember')!.click();
    await second.updateComplete;
    const third = await widget();
    expect($$(third, '.saved .use').map((button) => button.textContent.trim())).to.deep.equal([
      'Müllerweg 1–29',
      'Hauptstraße',
    ]);
    await expect(third).to.be.accessible();
    setTimeout(() => $$(third, '.saved .use')[1]!.click());
    const selected = await oneEvent(third, 'civic-waste-address-selected');
    expect(selected.detail).to.deep.equal({ streetId: 'hauptstrasse' });
    await loaded(third);
    expect(text(third, '#calendar-heading')).to.contain('Hauptstraße');
    $$(third, '.saved .forget')[0]!.click();
    await third.updateComplete;
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal([
      { streetId: 'hauptstrasse', label: 'Hauptstraße' },
    ]);
    ($(third, '#remember') as HTMLInputElement).click(); // untick: forgotten
    await third.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect($(third, '.saved')).to.equal(null);
  });

  it('uses today in Berlin, not in the browser zone (New York)', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    await useMockApi();
    const RealDate = Date;
    // 23 Nov 2026, 23:30 UTC: still Monday the 23rd in New York, already Tuesday the 24th in Berlin.
    const instant = RealDate.UTC(2026, 10, 23, 23, 30);
    class FixedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(instant);
        else super(...(args as [string]));
      }
      static override now() {
        return instant;
      }
    }
    globalThis.Date = FixedDate as DateConstructor;
    try {
      const el = await fixture<CivicWasteCalendar>(
        html`<civic-waste-calendar api-base="/api/v1" lang="de" street="hauptstrasse"></civic-waste-calendar>`,
      );
      await loaded(el);
      expect(el.currentDate).to.equal('2026-11-24');
      expect(text(el, '.day.soon')).to.contain('Heute:').and.contain('Dienstag, 24. November 2026');
      expect(text(el, '.day.soon')).to.contain('Gelber Sack');
    } finally {
      globalThis.Date = RealDate;
    }
  });

  for (const kind of ['server-error', 'unavailable', 'rate-limited', 'malformed', 'wrong-shape', 'network'] as const) {
    it(`explains a ${kind} answer for the collections and recovers on retry`, async () => {
      const api = await useMockApi({ scenarios: { getCollections: kind } });
      const el = await widget({ street: 'hauptstrasse' });
      await waitUntil(() => $(el, '[part~="status-error"]'), 'error shown', { timeout: 5000 });
      expect(text(el, '[part~="status-error"]')).to.contain('Die Abfuhrtermine konnten nicht geladen werden');
      await expect(el).to.be.accessible();
      api.scenarios.clear();
      $(el, '[part="retry-button"]')!.click();
      await loaded(el);
      expect($$(el, '.days > li').length).to.be.greaterThan(0);
    });
  }

  it('keeps what was typed when the street search fails, and retries', async () => {
    const api = await useMockApi({ scenarios: { searchStreets: 'server-error' } });
    const el = await widget({ lang: 'en' });
    $(el, '#street')!.focus();
    await typeText('haupt');
    await waitUntil(() => $(el, '[part~="status-error"]'), 'error shown', { timeout: 5000 });
    expect(text(el, '[part~="status-error"]')).to.contain('The streets could not be searched');
    expect(($(el, '#street') as HTMLInputElement).value).to.equal('haupt');
    await expect(el).to.be.accessible();
    api.scenarios.clear();
    $(el, '[part="retry-button"]')!.click();
    await waitUntil(() => $$(el, '[role="option"]').length > 0, 'results after retry');
    expect(($(el, '#street') as HTMLInputElement).value).to.equal('haupt');
  });

  it('shows the empty state and errors of the waste types and house numbers', async () => {
    const api = await useMockApi({
      scenarios: { getCollections: 'empty', listFractions: { kind: 'rate-limited', retryAfterSeconds: 30 } },
    });
    const el = await widget({ street: 'mullerweg' });
    await waitUntil(() => $(el, 'select#house-number'), 'asks for the house number of a preset split street');
    const select = $(el, '#house-number') as HTMLSelectElement;
    select.value = 'mullerweg-3';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => text(el, '.calendar').includes('Die Abfallarten konnten nicht geladen werden'),
      'fraction error',
    );
    await expect(el).to.be.accessible();
    api.scenarios.clear('listFractions');
    ($(el, '.filter, .calendar [part="retry-button"]') as HTMLButtonElement).click();
    await loaded(el);
    expect(text(el, '.list-view')).to.contain('keine Abfuhr');
  });

  it('explains a failed house-number list and retries it', async () => {
    const api = await useMockApi({ scenarios: { listHouseNumbers: 'network' } });
    const el = await widget({ lang: 'en', street: 'mullerweg' });
    await waitUntil(() => text(el, '.address').includes('The house numbers could not be loaded'), 'error', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
    api.scenarios.clear();
    ($(el, '.address [part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, 'select#house-number'), 'house numbers after retry');
  });

  it('asks the webmaster for api-base when it is missing', async () => {
    const el = await fixture<CivicWasteCalendar>(html`<civic-waste-calendar lang="de"></civic-waste-calendar>`);
    expect($(el, '[part="config-problem"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('works at 320 px without sideways scrolling outside the year table', async () => {
    await useMockApi();
    const el = await fixture<CivicWasteCalendar>(
      html`<div style="inline-size: 320px">
        <civic-waste-calendar api-base="/api/v1" lang="de" today=${TODAY} street="hauptstrasse"></civic-waste-calendar>
      </div>`,
    ).then((wrapper) => wrapper.querySelector('civic-waste-calendar')!);
    await loaded(el);
    for (const view of ['list', 'month', 'year'] as const) {
      el.view = view;
      await el.updateComplete;
      await waitUntil(() => $(el, `.${view}-view`), view);
      const base = $(el, '.waste')!;
      expect(base.scrollWidth, view).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width, view).to.be.at.most(320);
    }
  });

  it('defines itself once; a second definition only warns', async () => {
    const { defineElement } = await import('@civic-widgets/core');
    const warn = console.warn;
    let warned = false;
    console.warn = () => (warned = true);
    try {
      expect(() => defineElement('civic-waste-calendar', class extends CivicWasteCalendar {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.equal(true);
    expect(customElements.get('civic-waste-calendar')).to.equal(CivicWasteCalendar);
  });
});
