// Every error kind the mocks can produce ends in a translated message and a way forward, at every
// step that talks to the API. The client here does not retry, so each failure shows at once (the
// retry policy itself is tested in api-client).
import { expect, fixture, html } from '@open-wc/testing';
import { createAppointmentsClient } from '@civic-widgets/api-client/appointments';
import type { ScenarioKind } from '@civic-widgets/mocks';
import { de as coreDe } from '../../core/src/i18n/de.js';
import { en as coreEn } from '../../core/src/i18n/en.js';
import { useMockApi } from '../../mocks/test-support/worker.js';
import '../src/appointment-picker.js';
import type { CivicAppointmentPicker } from '../src/appointment-picker.js';
import { bookedAppointment, clickNext, fill, headingText, officeToTimes, root, until } from './support/flow.js';

/** What the citizen reads for each failing answer. */
const READS_AS = {
  'server-error': 'http',
  unavailable: 'http',
  'rate-limited': 'rate-limited',
  malformed: 'invalid-response',
  'wrong-shape': 'invalid-response',
  network: 'network',
} as const satisfies Partial<Record<ScenarioKind, keyof typeof coreDe.errors>>;
const KINDS = Object.keys(READS_AS) as (keyof typeof READS_AS)[];

const noRetries = () => createAppointmentsClient({ baseUrl: '/api/v1', retry: { attempts: 1 } });

const errorView = (el: CivicAppointmentPicker) => root(el).querySelector('[part~="status-error"]');

async function expectError(el: CivicAppointmentPicker, title: string, kind: keyof typeof READS_AS) {
  await until(() => errorView(el), `error view for ${kind}`);
  const text = errorView(el)!.textContent;
  const errors = el.locale.language === 'de' ? coreDe.errors : coreEn.errors;
  expect(text).to.contain(title).and.contain(errors[READS_AS[kind]]);
  await expect(el).to.be.accessible();
}

async function picker(attributes: { lang: string; service?: string }) {
  const el = await fixture<CivicAppointmentPicker>(
    html`<civic-appointment-picker
      lang=${attributes.lang}
      service=${attributes.service ?? ''}
      .client=${noRetries()}
    ></civic-appointment-picker>`,
  );
  return el;
}

describe('<civic-appointment-picker> error kinds', function () {
  this.timeout(30_000);

  for (const [index, kind] of KINDS.entries()) {
    const lang = index % 2 ? 'en' : 'de';
    it(`services: ${kind} → message and a retry that works (${lang})`, async () => {
      const api = await useMockApi({ now: new Date(), scenarios: { listServices: kind } });
      const el = await picker({ lang });
      await expectError(
        el,
        lang === 'de' ? 'Die Leistungen konnten nicht geladen werden' : 'could not be loaded',
        kind,
      );
      api.scenarios.clear();
      root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await until(() => root(el).querySelector('#service-search'), 'services after retry');
    });
  }

  it('services: an empty list says so instead of a blank widget', async () => {
    await useMockApi({ now: new Date(), scenarios: { listServices: 'empty' } });
    const el = await picker({ lang: 'de' });
    await until(() => root(el).querySelector('[part~="status-empty"]'), 'empty view');
    await expect(el).to.be.accessible();
  });

  it('services: slow answers show a busy, announced loading view', async () => {
    await useMockApi({ now: new Date(), scenarios: { listServices: { kind: 'slow', delayMs: 60_000 } } });
    const el = await picker({ lang: 'de' });
    await until(() => root(el).querySelector('[part~="status-loading"]'), 'loading view');
    expect(root(el).querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('offices: network → message, retry', async () => {
    const api = await useMockApi({ now: new Date(), scenarios: { listOffices: 'network' } });
    const el = await picker({ lang: 'de', service: 'personalausweis' });
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    await expectError(el, 'Die Standorte konnten nicht geladen werden', 'network');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await until(() => root(el).querySelector('input[name="office"]'), 'offices after retry');
  });

  it('free days: wrong-shape → message, retry', async () => {
    const api = await useMockApi({ now: new Date(), scenarios: { getAvailability: 'wrong-shape' } });
    const el = await picker({ lang: 'en', service: 'personalausweis' });
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    await until(() => root(el).querySelector('input[name="office"]'), 'offices');
    root(el).querySelector<HTMLInputElement>('input[value="buergeramt-sued"]')!.click();
    clickNext(el);
    await expectError(el, 'The free appointments could not be loaded', 'wrong-shape');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await until(() => root(el).querySelector('civic-calendar-grid'), 'calendar after retry');
  });

  it('reserving: server-error → message, the times stay to choose again', async () => {
    const api = await useMockApi({ now: new Date() });
    const el = await picker({ lang: 'de', service: 'personalausweis' });
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    await officeToTimes(el, 'buergeramt-sued');
    api.scenarios.set('reserve', 'server-error');
    root(el).querySelector<HTMLButtonElement>('button.slot')!.click();
    await expectError(el, 'Die Uhrzeit konnte nicht reserviert werden', 'server-error');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('button.slot')!.click();
    await until(() => root(el).querySelector('#contact-name'), 'held on the second try');
  });

  it('booking: unavailable → message; confirming again books once, nothing typed is lost', async () => {
    const api = await useMockApi({ now: new Date() });
    const el = await picker({ lang: 'de', service: 'meldebescheinigung' });
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    await officeToTimes(el, 'buergeramt-nord');
    root(el).querySelector<HTMLButtonElement>('button.slot')!.click();
    await until(() => root(el).querySelector('#contact-name'), 'contact');
    fill(el, '#contact-name', 'Erika Mustermann');
    fill(el, '#contact-email', 'erika@example.org');
    clickNext(el);
    await until(() => root(el).querySelector('button.confirm'), 'summary');
    root(el).querySelector<HTMLInputElement>('.consent input')!.click();
    api.scenarios.set('confirm', 'unavailable');
    root(el).querySelector<HTMLButtonElement>('button.confirm')!.click();
    await expectError(el, 'Der Termin konnte nicht gebucht werden', 'unavailable');
    expect(root(el).querySelector('dl.summary')!.textContent).to.contain('erika@example.org');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('button.confirm')!.click();
    await until(() => headingText(el) === 'Ihr Termin ist gebucht', 'booked on the second try');
    expect(
      [...api.appointments.appointments.values()].filter((entry) => entry.contactName === 'Erika Mustermann'),
    ).to.have.length(1);
  });

  it('manage: malformed → message, retry', async () => {
    const { api, appointment } = await bookedAppointment();
    api.scenarios.set('getAppointment', 'malformed');
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        lang="en"
        booking-id=${appointment.id}
        token=${appointment.token}
        .client=${noRetries()}
      ></civic-appointment-picker>`,
    );
    await expectError(el, 'Your appointment could not be loaded', 'malformed');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await until(() => root(el).querySelector('button.reschedule'), 'appointment after retry');
  });

  it('cancel: rate-limited → message, the appointment stays and can be cancelled later', async () => {
    const { api, appointment } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        lang="de"
        booking-id=${appointment.id}
        token=${appointment.token}
        .client=${noRetries()}
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('.ask-cancel'), 'manage view');
    root(el).querySelector<HTMLButtonElement>('.ask-cancel')!.click();
    api.scenarios.set('cancelAppointment', { kind: 'rate-limited', retryAfterSeconds: 5 });
    await until(() => root(el).querySelector('.confirm-cancel .danger'), 'asks');
    root(el).querySelector<HTMLButtonElement>('.confirm-cancel .danger')!.click();
    await expectError(el, 'Der Termin konnte nicht abgesagt werden', 'rate-limited');
    expect(errorView(el)!.textContent).to.contain('5 Sekunden');
    expect(api.appointments.appointments.get(appointment.id)!.status).not.to.equal('cancelled');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('.confirm-cancel .danger')!.click();
    await until(() => root(el).querySelector('.status.cancelled'), 'cancelled on the second try');
  });

  it('reschedule: server-error → message; confirming again moves it', async () => {
    const { api, appointment } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        lang="de"
        booking-id=${appointment.id}
        token=${appointment.token}
        .client=${noRetries()}
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('button.reschedule'), 'manage view');
    root(el).querySelector<HTMLButtonElement>('button.reschedule')!.click();
    await officeToTimes(el);
    [...root(el).querySelectorAll<HTMLButtonElement>('button.slot')].at(-1)!.click();
    await until(() => root(el).querySelector('button.confirm'), 'old and new');
    api.scenarios.set('rescheduleAppointment', 'server-error');
    root(el).querySelector<HTMLButtonElement>('button.confirm')!.click();
    await expectError(el, 'Der Termin konnte nicht verschoben werden', 'server-error');
    api.scenarios.clear();
    root(el).querySelector<HTMLButtonElement>('button.confirm')!.click();
    await until(() => headingText(el) === 'Ihr Termin ist verschoben', 'moved on the second try');
  });
});
