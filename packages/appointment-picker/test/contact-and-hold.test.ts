import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { useMockApi } from '../../mocks/test-support/worker.js';
import '../src/appointment-picker.js';
import { until } from './support/flow.js';
import type { AppointmentHoldExpiredDetail, CivicAppointmentPicker } from '../src/appointment-picker.js';

const root = (el: CivicAppointmentPicker) => el.shadowRoot!;

/** Clicks through to the contact step with the identity card at Bürgeramt Süd (phone required). */
async function toContactStep(el: CivicAppointmentPicker) {
  await until(() => root(el).querySelector('select'), 'services');
  const next = () => root(el).querySelector<HTMLButtonElement>('.nav .civic-button:not(.secondary)')!.click();
  next();
  await until(() => root(el).querySelector('input[value="buergeramt-sued"]'), 'offices');
  root(el).querySelector<HTMLInputElement>('input[value="buergeramt-sued"]')!.click();
  next();
  await until(() => root(el).querySelector('civic-calendar-grid'), 'calendar');
  const grid = root(el).querySelector('civic-calendar-grid')!;
  await until(() => grid.shadowRoot?.querySelector('td[data-date]:not([aria-disabled])'), 'a free day');
  grid.shadowRoot!.querySelector<HTMLElement>('td[data-date]:not([aria-disabled])')!.click();
  await until(() => root(el).querySelector('button.slot'), 'times');
  // Times are Berlin wall-clock times although the browser runs in New York (six hours behind):
  // Bürgeramt Süd opens 08:00–15:30, so a leak of the browser zone would show 02:00–09:30.
  if (el.locale.language === 'de') {
    const times = [...root(el).querySelectorAll('button.slot')].map((button) => button.textContent.trim());
    expect(times.length).to.be.greaterThan(0);
    for (const time of times) expect(time >= '08:00' && time < '18:00', time).to.be.true;
  }
  root(el).querySelector<HTMLButtonElement>('button.slot')!.click();

  await until(() => root(el).querySelector('#contact-name'), 'contact form');
}

describe('<civic-appointment-picker> contact and hold', function () {
  // Clicks through four steps and waits for a hold to run out.
  this.timeout(30_000);
  it('lists what is missing, links to the fields, and keeps what was typed', async () => {
    await useMockApi({ now: new Date() });
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        service="personalausweis"
      ></civic-appointment-picker>`,
    );
    await toContactStep(el);
    const name = root(el).querySelector<HTMLInputElement>('#contact-name')!;
    name.value = 'Erika Mustermann';
    name.dispatchEvent(new InputEvent('input', { bubbles: true }));
    const email = root(el).querySelector<HTMLInputElement>('#contact-email')!;
    email.value = 'erika@';
    email.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(root(el).querySelector('#contact-phone'), 'phone asked where the office needs it').to.exist;
    root(el).querySelector<HTMLButtonElement>('.nav .civic-button:not(.secondary)')!.click();
    await until(() => root(el).querySelector('.error-summary'), 'error summary');
    const summary = root(el).querySelector('.error-summary')!;
    expect(summary.querySelectorAll('li')).to.have.length(2); // e-mail incomplete, phone missing
    await until(() => root(el).activeElement === summary, 'focus on the summary');
    expect(root(el).querySelector<HTMLInputElement>('#contact-email')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).querySelector<HTMLInputElement>('#contact-name')!.value).to.equal('Erika Mustermann');
    expect(root(el).querySelector<HTMLInputElement>('#contact-email')!.value).to.equal('erika@');
    summary.querySelector<HTMLAnchorElement>('a')!.click();
    expect(root(el).activeElement?.id).to.equal('contact-email');
    await expect(el).to.be.accessible();
  });

  it('returns to the times with a clear message when the hold expires', async () => {
    // A 5-second hold. (Not a mock clock set 9 min 55 s behind: the picker may count on the server's
    // clock, learned from the answers' Date, and then a skewed clock rightly changes nothing.)
    await useMockApi({ now: new Date(), holdSeconds: 5 });
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="en"
        service="personalausweis"
      ></civic-appointment-picker>`,
    );
    await toContactStep(el);
    const expired = await oneEvent<CustomEvent<AppointmentHoldExpiredDetail>>(el, 'civic-appointment-hold-expired');
    expect(expired.detail.reservationId).to.match(/^r-/);
    await until(() => root(el).querySelector('.form-error'), 'message');
    expect(root(el).querySelector('.form-error')!.textContent).to.contain('The reservation has ended');
    expect(root(el).querySelector('.step-heading')!.textContent.trim()).to.equal('At what time?');
    await expect(el).to.be.accessible();
  });

  it("counts the hold down on the server's clock, not the citizen's", async () => {
    // The city's server is 4 minutes behind this computer: its 10-minute hold ends 6 minutes from
    // now by the local clock. Measured from the answers' Date, the countdown still shows 10 minutes.
    await useMockApi({ now: new Date(Date.now() - 4 * 60_000) });
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        service="personalausweis"
      ></civic-appointment-picker>`,
    );
    await toContactStep(el);
    const countdown = root(el).querySelector('.hold .countdown')!.textContent;
    const minutes = Number(/noch (\d+):/.exec(countdown)?.[1]);
    expect(minutes, countdown).to.be.at.least(9);
  });
});
