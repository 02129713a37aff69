import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deepActiveElement, pressKey, typeText } from '../../core/test-support/keys.js';
import { useMockApi } from '../../mocks/test-support/worker.js';
import '../src/appointment-picker.js';
import { until } from './support/flow.js';
import type {
  AppointmentBookedDetail,
  AppointmentReservedDetail,
  CivicAppointmentPicker,
} from '../src/appointment-picker.js';

async function tabUntil(predicate: (element: Element) => boolean, limit = 40): Promise<Element> {
  for (let presses = 0; presses < limit; presses++) {
    await pressKey('Tab');
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
  }
  throw new Error(`Tab never reached the element (last: ${deepActiveElement()?.outerHTML.slice(0, 120) ?? 'none'})`);
}

const heading = (el: CivicAppointmentPicker) => el.shadowRoot!.querySelector('.step-heading')!;

async function picker(lang: string) {
  await useMockApi({ now: new Date() });
  const el = await fixture<CivicAppointmentPicker>(
    html`<civic-appointment-picker api-base="/api/v1" lang=${lang}></civic-appointment-picker>`,
  );
  await until(() => el.shadowRoot!.querySelector('#service-search'), 'services loaded');
  return el;
}

describe('<civic-appointment-picker> by keyboard alone', function () {
  // A whole booking is hundreds of real key presses; WebDriver (WebKit) needs far more than 10 s.
  this.timeout(60_000);
  for (const lang of ['de', 'en']) {
    it(`finds a service, picks office, day and time, and reserves (${lang})`, async () => {
      const el = await picker(lang);
      await expect(el).to.be.accessible();

      // Step 1: search "Perso" (a keyword), set the count to 1, go on.
      el.shadowRoot!.querySelector<HTMLInputElement>('#service-search')!.focus();
      await typeText('Perso');
      await until(() =>
        [...el.shadowRoot!.querySelectorAll('.service-name')].some(
          (name) => name.textContent === 'Personalausweis beantragen',
        ),
      );
      await tabUntil((element) => element instanceof HTMLSelectElement);
      await typeText('1');
      await until(() => el.shadowRoot!.querySelector('.service.selected'), 'service chosen');
      await expect(el).to.be.accessible();
      await tabUntil((element) => element.textContent.trim() === (lang === 'de' ? 'Weiter' : 'Next'));
      await pressKey('Enter');

      // Step 2: focus is on the new heading; choose "any office".
      await until(() => el.shadowRoot!.querySelector('input[name="office"]'), 'offices loaded');
      expect(deepActiveElement()).to.equal(heading(el));
      await expect(el).to.be.accessible();
      await tabUntil((element) => element instanceof HTMLInputElement && element.value === 'any');
      await pressKey('Space');
      await tabUntil((element) => element.textContent.trim() === (lang === 'de' ? 'Weiter' : 'Next'));
      await pressKey('Enter');

      // Step 3: the calendar; walk to the first free day and choose it.
      await until(() => el.shadowRoot!.querySelector('civic-calendar-grid'), 'calendar shown');
      expect(deepActiveElement()).to.equal(heading(el));
      await expect(el).to.be.accessible();
      await tabUntil((element) => element.localName === 'td');
      for (let step = 0; step < 60 && deepActiveElement()?.getAttribute('aria-disabled') === 'true'; step++)
        await pressKey('ArrowRight');
      expect(deepActiveElement()?.getAttribute('aria-disabled')).to.be.null;
      await pressKey('Enter');

      // Step 4: the times; the first one reserves.
      await until(() => el.shadowRoot!.querySelector('button.slot'), 'times shown');
      expect(deepActiveElement()).to.equal(heading(el));
      await expect(el).to.be.accessible();
      await tabUntil((element) => element.classList.contains('slot'));
      setTimeout(() => void pressKey('Enter'));
      const reserved = await oneEvent<CustomEvent<AppointmentReservedDetail>>(el, 'civic-appointment-reserved');
      expect(reserved.detail.reservationId).to.match(/^r-/);
      expect(Date.parse(reserved.detail.expiresAt)).to.be.greaterThan(Date.now());
      expect(Object.keys(reserved.detail).sort()).to.deep.equal(['expiresAt', 'officeId', 'reservationId', 'start']);

      // Step 5: contact data, with the hold counting down above.
      await until(() => el.shadowRoot!.querySelector('#contact-name'), 'contact form');
      expect(deepActiveElement()).to.equal(heading(el));
      expect(el.shadowRoot!.querySelector('[part="hold"]')!.textContent).to.match(
        lang === 'de' ? /reserviert bis/ : /Reserved for you until/,
      );
      await expect(el).to.be.accessible();
      await tabUntil((element) => element.id === 'contact-name');
      await typeText('Erika Mustermann');
      await tabUntil((element) => element.id === 'contact-email');
      await typeText('erika@example.org');
      if (el.shadowRoot!.querySelector('#contact-phone')) {
        await tabUntil((element) => element.id === 'contact-phone');
        await typeText('06221 123456');
      }
      await tabUntil((element) => element.textContent.trim() === (lang === 'de' ? 'Weiter' : 'Next'));
      await pressKey('Enter');

      // Step 6: check, consent, book.
      await until(() => el.shadowRoot!.querySelector('button.confirm'), 'summary');
      expect(deepActiveElement()).to.equal(heading(el));
      expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.contain('Erika Mustermann');
      await expect(el).to.be.accessible();
      await tabUntil((element) => element instanceof HTMLInputElement && element.type === 'checkbox');
      await pressKey('Space');
      await tabUntil((element) => element.classList.contains('confirm'));
      setTimeout(() => void pressKey('Enter'));
      const booked = await oneEvent<CustomEvent<AppointmentBookedDetail>>(el, 'civic-appointment-booked');
      expect(booked.detail.bookingCode).to.match(/^MS-/);
      expect(Object.keys(booked.detail).sort()).to.deep.equal([
        'appointmentId',
        'bookingCode',
        'officeId',
        'start',
        'status',
      ]);

      // Done: the booking number, and what happens next.
      await until(() => el.shadowRoot!.querySelector('.done'), 'done');
      expect(el.shadowRoot!.querySelector('.done')!.textContent).to.contain(booked.detail.bookingCode);
      const manage = new URL(el.shadowRoot!.querySelector<HTMLAnchorElement>('.manage-link')!.href);
      expect(manage.searchParams.get('civic-booking')).to.equal(booked.detail.appointmentId);
      expect(manage.searchParams.get('civic-token')).to.have.length.greaterThan(15);

      await expect(el).to.be.accessible();
    });
  }

  it('asks for a service before going on', async () => {
    const el = await picker('de');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.nav .civic-button')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('mindestens eine Leistung');
    await expect(el).to.be.accessible();
  });

  it('shows a translated error with retry when the services cannot load', async () => {
    const api = await useMockApi({ now: new Date() });
    api.scenarios.set('listServices', 'server-error');
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker api-base="/api/v1" lang="en"></civic-appointment-picker>`,
    );
    await until(() => el.shadowRoot!.querySelector('[part~="status-error"]'), 'error view');
    expect(el.shadowRoot!.querySelector('[part~="status-error"]')!.textContent).to.contain(
      'The services could not be loaded',
    );
    await expect(el).to.be.accessible();
    api.scenarios.clear();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="status-error"] button')!.click();
    await until(() => el.shadowRoot!.querySelector('#service-search'), 'recovered after retry');
  });
});
