import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { svg } from 'lit';
import { pressKey } from '../test-support/keys.js';
import '../src/calendar-grid/calendar-grid.js';
import { dateInZone, type CivicCalendarGrid } from '../src/index.js';

async function grid(
  template = html`<civic-calendar-grid lang="de" value="2026-11-18" today="2026-11-22"></civic-calendar-grid>`,
) {
  const el = await fixture<CivicCalendarGrid>(template);
  await el.updateComplete;
  return el;
}

const root = (el: CivicCalendarGrid) => el.shadowRoot!;
const focusedDate = (el: CivicCalendarGrid) => (root(el).activeElement as HTMLElement | null)?.dataset.date;
const cell = (el: CivicCalendarGrid, date: string) => root(el).querySelector<HTMLElement>(`td[data-date="${date}"]`)!;
const heading = (el: CivicCalendarGrid) => root(el).querySelector('[role="heading"]')!.textContent.trim();
const spoken = (el: CivicCalendarGrid, date: string) => cell(el, date).querySelector('.sr-only')!.textContent;

async function press(el: CivicCalendarGrid, chord: string) {
  await pressKey(chord);
  await el.updateComplete;
}

describe('<civic-calendar-grid>', () => {
  describe('rendering', () => {
    it('shows the month of the selected day with weeks starting on Monday in German', async () => {
      const el = await grid();
      expect(heading(el)).to.equal('November 2026');
      const headers = [...root(el).querySelectorAll('th')].map((th) => th.textContent.trim());
      expect(headers[0]).to.match(/^Mo/);
      expect(headers[6]).to.match(/^So/);
      expect(root(el).querySelector('th')!.getAttribute('abbr')).to.equal('Montag');
      // 1 November 2026 is a Sunday: the last cell of the first row.
      const firstRow = root(el).querySelectorAll('tbody tr')[0]!.querySelectorAll('td');
      expect(firstRow[6]!.dataset.date).to.equal('2026-11-01');
      expect(firstRow[5]!.dataset.date).to.be.undefined;
    });

    it('starts weeks on Sunday for en-US and on Monday for plain English', async () => {
      const us = await grid(html`<civic-calendar-grid lang="en-US" month="2026-11"></civic-calendar-grid>`);
      expect(root(us).querySelector('th')!.getAttribute('abbr')).to.equal('Sunday');
      const en = await grid(html`<civic-calendar-grid lang="en" month="2026-11"></civic-calendar-grid>`);
      expect(root(en).querySelector('th')!.getAttribute('abbr')).to.equal('Monday');
    });

    it('has exactly one tab stop, on the selected day', async () => {
      const el = await grid();
      const stops = root(el).querySelectorAll('td[tabindex="0"]');
      expect(stops).to.have.length(1);
      expect((stops[0] as HTMLElement).dataset.date).to.equal('2026-11-18');
      expect(cell(el, '2026-11-18').getAttribute('aria-selected')).to.equal('true');
      expect(cell(el, '2026-11-19').getAttribute('aria-selected')).to.equal('false');
    });

    it('gives every day a full accessible name with today, selection and markers', async () => {
      const el = await grid(
        html`<civic-calendar-grid
          lang="de"
          value="2026-11-18"
          today="2026-11-22"
          .markers=${{
            '2026-11-22': [
              { label: 'Papier', symbol: 'P' },
              { label: 'Glas', symbol: 'G' },
            ],
          }}
        ></civic-calendar-grid>`,
      );
      expect(spoken(el, '2026-11-18')).to.equal('Mittwoch, 18. November 2026, ausgewählt');
      expect(spoken(el, '2026-11-22')).to.equal('Sonntag, 22. November 2026, heute, Papier, Glas');
      expect(cell(el, '2026-11-22').getAttribute('aria-current')).to.equal('date');
      expect(cell(el, '2026-11-22').querySelectorAll('.marker')).to.have.length(2);
    });

    it('draws a marker content (e.g. an SVG icon) instead of its symbol, keeping the label', async () => {
      const el = await grid(
        html`<civic-calendar-grid
          lang="de"
          value="2026-11-18"
          today="2026-11-22"
          .markers=${{
            '2026-11-20': [
              {
                label: 'Papier',
                symbol: 'P',
                content: svg`<svg class="icon" viewBox="0 0 2 2"><rect width="2" height="2" /></svg>`,
              },
              { label: 'Glas', symbol: 'G' },
            ],
          }}
        ></civic-calendar-grid>`,
      );
      const markers = cell(el, '2026-11-20').querySelectorAll('.marker');
      expect(markers[0]!.querySelector('svg.icon')).to.exist;
      expect(markers[0]!.textContent.trim()).to.equal('');
      expect(markers[1]!.textContent.trim()).to.equal('G');
      expect(spoken(el, '2026-11-20')).to.equal('Freitag, 20. November 2026, Papier, Glas');
    });

    it('marks disabled days as not available and does not select them', async () => {
      const el = await grid(
        html`<civic-calendar-grid
          lang="de"
          month="2026-11"
          today="2026-11-02"
          .isDateDisabled=${(date: string) => date === '2026-11-10'}
        ></civic-calendar-grid>`,
      );
      expect(cell(el, '2026-11-10').getAttribute('aria-disabled')).to.equal('true');
      expect(spoken(el, '2026-11-10')).to.contain('nicht verfügbar');
      let selected = false;
      el.addEventListener('civic-calendar-date-selected', () => (selected = true));
      cell(el, '2026-11-10').click();
      await el.updateComplete;
      expect(selected).to.be.false;
      expect(el.value).to.be.undefined;
    });

    it('marks today in Berlin by default, whatever the browser zone', async () => {
      const el = await grid(html`<civic-calendar-grid></civic-calendar-grid>`);
      const today = root(el).querySelector<HTMLElement>('[aria-current="date"]')!.dataset.date;
      expect(today).to.equal(dateInZone(new Date(), 'Europe/Berlin'));
    });

    it('computes today in the city zone, not the browser zone', async () => {
      // Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25 hours apart: never on the same date.
      const wrapper = await fixture(
        html`<div>
          <civic-calendar-grid id="east" time-zone="Pacific/Kiritimati"></civic-calendar-grid>
          <civic-calendar-grid id="west" time-zone="Pacific/Pago_Pago"></civic-calendar-grid>
        </div>`,
      );
      const east = wrapper.querySelector<CivicCalendarGrid>('#east')!;
      const west = wrapper.querySelector<CivicCalendarGrid>('#west')!;
      await east.updateComplete;
      await west.updateComplete;
      const todayEast = root(east).querySelector<HTMLElement>('[aria-current="date"]')!.dataset.date;
      const todayWest = root(west).querySelector<HTMLElement>('[aria-current="date"]')!.dataset.date;
      expect(todayEast).to.equal(dateInZone(new Date(), 'Pacific/Kiritimati'));
      expect(todayWest).to.equal(dateInZone(new Date(), 'Pacific/Pago_Pago'));
      expect(todayEast).not.to.equal(todayWest);
    });

    it('treats an empty value or month (as a CMS may print) as unset, silently', async () => {
      const original = console.error;
      const errors: unknown[] = [];
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const el = await grid(html`<civic-calendar-grid value="" month="" today="2026-11-22"></civic-calendar-grid>`);
        expect(el.value).to.be.undefined;
        expect(heading(el)).to.equal('November 2026');
        el.value = '2026-11-18';
        await el.updateComplete;
        el.value = '';
        await el.updateComplete;
        expect(root(el).querySelectorAll('[aria-selected="true"]')).to.have.length(0);
        expect(errors).to.have.length(0);
      } finally {
        console.error = original;
      }
    });

    it('keeps one tab stop in a month outside min/max', async () => {
      const el = await grid(
        html`<civic-calendar-grid value="2026-10-05" min="2026-11-02" today="2026-11-22"></civic-calendar-grid>`,
      );
      expect(heading(el)).to.equal('Oktober 2026');
      expect(root(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    });

    it('handles years before 100 (a typo in a host page) without throwing', async () => {
      const el = await grid(html`<civic-calendar-grid lang="en" month="0025-11"></civic-calendar-grid>`);
      expect(root(el).querySelectorAll('td[data-date^="0025-11-"]')).to.have.length(30);
    });

    it('ignores an invalid value with a console error instead of breaking', async () => {
      const original = console.error;
      const errors: unknown[] = [];
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const el = await grid(html`<civic-calendar-grid value="18.11.2026" today="2026-11-22"></civic-calendar-grid>`);
        expect(el.value).to.be.undefined;
        expect(heading(el)).to.equal('November 2026');
        expect(errors).to.have.length(1);
      } finally {
        console.error = original;
      }
    });
  });

  describe('keyboard (WAI-ARIA date grid)', () => {
    const cases: [string, string][] = [
      ['ArrowRight', '2026-11-19'],
      ['ArrowLeft', '2026-11-17'],
      ['ArrowDown', '2026-11-25'],
      ['ArrowUp', '2026-11-11'],
      ['Home', '2026-11-16'], // Monday of that week
      ['End', '2026-11-22'], // Sunday of that week
      ['PageDown', '2026-12-18'],
      ['PageUp', '2026-10-18'],
      ['Shift+PageDown', '2027-11-18'],
      ['Shift+PageUp', '2025-11-18'],
    ];
    for (const [key, expected] of cases) {
      it(`${key} moves focus from 18 Nov 2026 to ${expected}`, async () => {
        const el = await grid();
        el.focus();
        expect(focusedDate(el)).to.equal('2026-11-18');
        await press(el, key);
        expect(focusedDate(el)).to.equal(expected);
        expect(root(el).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
      });
    }

    it('Home and End follow a Sunday week start in en-US', async () => {
      const el = await grid(html`<civic-calendar-grid lang="en-US" value="2026-11-18"></civic-calendar-grid>`);
      el.focus();
      await press(el, 'Home');
      expect(focusedDate(el)).to.equal('2026-11-15');
      await press(el, 'End');
      expect(focusedDate(el)).to.equal('2026-11-21');
    });

    it('crosses into the next month and announces it with an event', async () => {
      const el = await grid(html`<civic-calendar-grid lang="en" value="2026-11-30"></civic-calendar-grid>`);
      el.focus();
      setTimeout(() => void pressKey('ArrowRight'));
      const event = await oneEvent(el, 'civic-calendar-month-changed');
      expect(event.detail).to.deep.equal({ month: '2026-12', first: '2026-12-01', last: '2026-12-31' });
      await el.updateComplete;
      await aTimeout(0);
      expect(heading(el)).to.equal('December 2026');
      expect(focusedDate(el)).to.equal('2026-12-01');
    });

    it('keeps the day where it exists when paging months (31 Jan → 28 Feb)', async () => {
      const el = await grid(html`<civic-calendar-grid value="2026-01-31"></civic-calendar-grid>`);
      el.focus();
      await press(el, 'PageDown');
      expect(focusedDate(el)).to.equal('2026-02-28');
    });

    it('Enter and Space select the focused day with a typed event', async () => {
      const el = await grid();
      el.focus();
      await press(el, 'ArrowRight');
      setTimeout(() => void pressKey('Enter'));
      const enter = await oneEvent(el, 'civic-calendar-date-selected');
      expect(enter.detail).to.deep.equal({ date: '2026-11-19' });
      await press(el, 'ArrowRight');
      setTimeout(() => void pressKey('Space'));
      const space = await oneEvent(el, 'civic-calendar-date-selected');
      expect(space.detail).to.deep.equal({ date: '2026-11-20' });
      expect(el.value).to.equal('2026-11-20');
      expect(cell(el, '2026-11-20').getAttribute('aria-selected')).to.equal('true');
    });

    it('stops at min and max and disables month buttons beyond them', async () => {
      const el = await grid(
        html`<civic-calendar-grid value="2026-11-03" min="2026-11-02" max="2026-11-27"></civic-calendar-grid>`,
      );
      el.focus();
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(focusedDate(el)).to.equal('2026-11-02');
      await press(el, 'PageUp');
      expect(focusedDate(el)).to.equal('2026-11-02');
      await press(el, 'PageDown');
      expect(focusedDate(el)).to.equal('2026-11-27');
      const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('button.nav');
      // Marked unavailable but still focusable, and a click does nothing.
      expect(previous!.getAttribute('aria-disabled')).to.equal('true');
      expect(next!.getAttribute('aria-disabled')).to.equal('true');
      const before = heading(el);
      next!.click();
      await el.updateComplete;
      expect(heading(el)).to.equal(before);
      expect(cell(el, '2026-11-01').getAttribute('aria-disabled')).to.equal('true');
    });

    it('is reached with Tab as a single stop after the month buttons', async () => {
      const el = await grid();
      const [previous] = root(el).querySelectorAll<HTMLButtonElement>('button.nav');
      previous!.focus();
      await pressKey('Tab');
      await pressKey('Tab');
      expect(focusedDate(el)).to.equal('2026-11-18');
    });

    it('month buttons change the month and keep focus on the button', async () => {
      const el = await grid(html`<civic-calendar-grid lang="de" value="2026-11-18"></civic-calendar-grid>`);
      const next = root(el).querySelectorAll<HTMLButtonElement>('button.nav')[1]!;
      next.focus();
      await press(el, 'Enter');
      expect(heading(el)).to.equal('Dezember 2026');
      expect(root(el).activeElement).to.equal(next);
    });
  });

  describe('locale', () => {
    it('re-renders in English when the page switches language', async () => {
      const wrapper = await fixture(
        html`<div lang="de"><civic-calendar-grid month="2026-03"></civic-calendar-grid></div>`,
      );
      const el = wrapper.querySelector<CivicCalendarGrid>('civic-calendar-grid')!;
      await el.updateComplete;
      expect(heading(el)).to.equal('März 2026');
      wrapper.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(heading(el)).to.equal('March 2026');
      expect(root(el).querySelector<HTMLButtonElement>('button.nav')!.getAttribute('aria-label')).to.equal(
        'Previous month',
      );
    });
  });

  describe('accessibility', () => {
    for (const lang of ['de', 'en']) {
      it(`passes axe in ${lang} with markers, disabled days and a selection`, async () => {
        const el = await grid(
          html`<civic-calendar-grid
            lang=${lang}
            value="2026-11-18"
            today="2026-11-22"
            min="2026-11-03"
            label=${lang === 'de' ? 'Abholtermine' : 'Collection days'}
            .isDateDisabled=${(date: string) => date.endsWith('5')}
            .markers=${{ '2026-11-20': [{ label: 'Bio', symbol: 'B', color: '#1e6b34' }] }}
          ></civic-calendar-grid>`,
        );
        await expect(el).to.be.accessible();
      });
    }
  });
});
