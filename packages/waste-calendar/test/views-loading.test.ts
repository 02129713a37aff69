// The views (filter, list, month, year, export) are a module of their own, loaded on demand. These
// tests hold that module back or let it fail (through the element's loader) to see the states between.
import { expect } from '@open-wc/testing';
import { deepActiveElement, pressKey, typeText } from '../../core/test-support/keys.js';
import { useMockApi } from '../../mocks/test-support/worker.js';
import { CivicWasteCalendar } from '../src/waste-calendar.js';
import { $, loaded, text, until, widget } from './support.js';

describe('<civic-waste-calendar> views loaded on demand', function () {
  this.timeout(60_000);

  const load = CivicWasteCalendar.viewsModule;
  /** Holds the views' module back until `release()`; counts the loads. */
  function holdViews(): { release: () => void; loads: () => number } {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let count = 0;
    CivicWasteCalendar.viewsModule = () => {
      count++;
      return held.then(load);
    };
    return { release, loads: () => count };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => (CivicWasteCalendar.viewsModule = load));

  it('shows the address step without the views; focus stays in the search while they arrive', async () => {
    await useMockApi();
    const views = holdViews();
    const el = await widget();
    expect($(el, '#street')).to.exist;
    expect($(el, '.views-slot, .calendar')).to.equal(null);
    $(el, '#street')!.focus();
    await typeText('holder');
    await until(() => text(el, '#street-status').includes('gefunden'), 'options shown');
    await pressKey('ArrowDown');
    await pressKey('Enter');
    await until(() => $(el, '.views-slot [part~="status-loading"]'), 'loading view while the views load');
    expect($(el, '.views-slot')!.getAttribute('aria-busy')).to.equal('true');
    expect(text(el, '.views-slot')).to.contain('Die Termine werden vorbereitet');
    await expect(el).to.be.accessible();
    views.release();
    await loaded(el);
    expect($(el, '.views-slot')!.getAttribute('aria-busy')).to.equal('false');
    expect(deepActiveElement()).to.equal($(el, '#street'));
  });

  it('loads the views at once for a preset address, beside the texts', async () => {
    await useMockApi();
    const views = holdViews();
    const el = await widget({ street: 'hauptstrasse' });
    // Asked for at the first update, before the early fetch: the loading view stands in meanwhile
    // (once the house numbers have shown that the street is not split).
    expect(views.loads()).to.be.at.least(1);
    await until(() => $(el, '.views-slot [part~="status-loading"]'), 'loading view');
    views.release();
    await loaded(el);
    expect(text(el, '#calendar-heading')).to.contain('Hauptstraße');
  });

  it('explains when the views cannot be loaded, keeps the address step, and retries with focus kept', async () => {
    await useMockApi();
    CivicWasteCalendar.viewsModule = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await widget({ lang: 'en', street: 'hauptstrasse' });
    await until(() => $(el, '.views-slot [part~="status-error"]'), 'error shown');
    expect(text(el, '.views-slot [part~="status-error"]')).to.contain('The calendar view could not be loaded');
    expect($(el, '#street')).to.exist;
    await expect(el).to.be.accessible();
    const views = holdViews();
    const retry = $(el, '.views-slot [part="retry-button"]')!;
    retry.focus();
    await pressKey('Enter');
    await until(() => $(el, '.views-slot [part~="status-loading"]'), 'loading again');
    // The retry button is gone: focus waits on the views' place, not on <body>.
    expect(deepActiveElement()).to.equal($(el, '.views-slot'));
    views.release();
    await loaded(el);
    expect(deepActiveElement()).to.equal($(el, '.views-slot'));
    expect(views.loads()).to.equal(1);
  });

  it('fetches the views early, right after the first render, without using them', async () => {
    await useMockApi();
    let loads = 0;
    CivicWasteCalendar.viewsModule = () => {
      loads++;
      return load();
    };
    const el = await widget();
    await until(() => loads > 0, 'views prefetched');
    expect($(el, '.views-slot, .calendar')).to.equal(null);
  });
});
