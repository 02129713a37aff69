import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deepActiveElement } from '../../core/test-support/keys.js';
import '../src/appointment-picker.js';
import type { AppointmentRescheduledDetail, CivicAppointmentPicker } from '../src/appointment-picker.js';
import { bookedAppointment, clickNext, headingText, officeToTimes, root, until } from './support/flow.js';

async function manage(appointment: { id: string; token: string }, lang = 'de') {
  const el = await fixture<CivicAppointmentPicker>(
    html`<civic-appointment-picker
      api-base="/api/v1"
      lang=${lang}
      booking-id=${appointment.id}
      token=${appointment.token}
    ></civic-appointment-picker>`,
  );
  await until(() => root(el).querySelector('button.reschedule'), 'manage view');
  return el;
}

/** The first slot on screen that is not the appointment's own start. */
function otherSlot(el: CivicAppointmentPicker, start: string): HTMLButtonElement {
  const oldTime = el.format.time(start);
  return [...root(el).querySelectorAll<HTMLButtonElement>('button.slot')].find(
    (button) => button.textContent.trim() !== oldTime,
  )!;
}

describe('<civic-appointment-picker> reschedule', function () {
  this.timeout(30_000);

  it('holds the new slot first, then moves the appointment and frees the old slot', async () => {
    const { api, client, appointment } = await bookedAppointment();
    const el = await manage(appointment);
    root(el).querySelector<HTMLButtonElement>('button.reschedule')!.click();

    await until(() => root(el).querySelector('input[name="office"]'), 'office step');
    expect(headingText(el)).to.equal('Wo möchten Sie hin?');
    expect(root(el).querySelector('.progress')!.textContent).to.equal('Schritt 1 von 4');
    expect(root(el).querySelector<HTMLInputElement>('input[value="buergeramt-nord"]')!.checked, 'office kept').to.be
      .true;
    await until(() => deepActiveElement() === root(el).querySelector('.step-heading'), 'focus on the heading');

    await officeToTimes(el);
    const slot = otherSlot(el, appointment.start);
    slot.click();
    await until(() => root(el).querySelector('dl.summary s'), 'old and new side by side');
    expect(headingText(el)).to.equal('Neuen Termin bestätigen');
    expect(root(el).querySelector('.hold'), 'the countdown shows while the new slot is held').to.exist;
    await expect(el).to.be.accessible();
    // The old slot is still the citizen's until they confirm.
    expect(api.appointments.appointments.get(appointment.id)!.start).to.equal(appointment.start);

    setTimeout(() => root(el).querySelector<HTMLButtonElement>('button.confirm')!.click());
    const moved = await oneEvent<CustomEvent<AppointmentRescheduledDetail>>(el, 'civic-appointment-rescheduled');
    const stored = api.appointments.appointments.get(appointment.id)!;
    expect(moved.detail).to.deep.equal({
      appointmentId: appointment.id,
      officeId: 'buergeramt-nord',
      start: stored.start,
      previousOfficeId: 'buergeramt-nord',
      previousStart: appointment.start,
    });
    expect(stored.start).not.to.equal(appointment.start);
    await until(() => headingText(el) === 'Ihr Termin ist verschoben', 'done');
    await expect(el).to.be.accessible();

    // The old time is bookable again.
    const day = appointment.start.slice(0, 10);
    const free = await client.appointments.getAvailability({
      officeIds: ['buergeramt-nord'],
      services: appointment.services,
      from: day,
      to: day,
    });
    const slots = free.days.flatMap((entry) => entry.offices.flatMap((office) => office.slots));
    expect(slots.map((start) => Date.parse(start))).to.include(Date.parse(appointment.start));

    // Back to the manage view, which shows the new time.
    [...root(el).querySelectorAll<HTMLButtonElement>('.nav button')]
      .find((button) => button.textContent.trim() === 'Zurück zu Ihrem Termin')!
      .click();
    await until(() => root(el).querySelector('button.reschedule'), 'manage view again');
    expect(root(el).querySelector('dl.summary')!.textContent).to.contain(el.format.dateTime(stored.start));
  });

  it('"do not move" releases the new slot and keeps the appointment (en)', async () => {
    const { api, appointment } = await bookedAppointment();
    const el = await manage(appointment, 'en');
    root(el).querySelector<HTMLButtonElement>('button.reschedule')!.click();
    await officeToTimes(el);
    otherSlot(el, appointment.start).click();
    await until(() => root(el).querySelector('dl.summary s'), 'summary');
    const held = [...api.appointments.reservations.values()].filter((reservation) => !reservation.released);
    expect(held).to.have.length(1);

    [...root(el).querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent.trim() === 'Do not move')!
      .click();
    await until(() => root(el).querySelector('button.reschedule'), 'manage view');
    expect(headingText(el)).to.equal('Your appointment');
    await until(() => held[0]!.released, 'hold released');
    expect(api.appointments.appointments.get(appointment.id)!.start).to.equal(appointment.start);
  });

  it('shows the video details and the way in, for a video appointment', async () => {
    const { appointment } = await bookedAppointment({
      officeId: 'buergerbuero-digital',
      serviceId: 'wohngeld-beratung',
      variant: 'video',
    });
    const el = await manage(appointment, 'en');
    const info = root(el).querySelector('.video-info')!;
    const opens = appointment.videoOpensAt ?? appointment.start;
    expect(info.textContent).to.contain(`the room opens on`).and.contain(el.format.time(opens));
    expect(info.textContent).to.contain('camera');
    await expect(el).to.be.accessible();
  });
});

describe('<civic-appointment-picker> when an office has nothing free', function () {
  this.timeout(30_000);
  it('offers the other offices', async () => {
    const { api } = await bookedAppointment();
    for (let day = 0; day <= 95; day++)
      api.appointments.bookOut('buergeramt-nord', new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10));
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        service="meldebescheinigung"
        office="buergeramt-nord"
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    await until(() => root(el).querySelector('input[name="office"]'), 'offices');
    clickNext(el);
    await until(() => root(el).querySelector('button.everywhere'), 'offers all offices');
    expect(root(el).querySelector('.notice')!.textContent).to.contain('An diesem Standort ist');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('button.everywhere')!.click();
    const grid = () => root(el).querySelector('civic-calendar-grid')?.shadowRoot;
    await until(() => grid()?.querySelector('td[data-date]:not([aria-disabled])'), 'free days elsewhere');
  });
});

describe('<civic-appointment-picker> a slot taken meanwhile', function () {
  this.timeout(30_000);
  it('says so and shows the times that are still free', async () => {
    const { api } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        service="meldebescheinigung"
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    const date = await officeToTimes(el, 'buergeramt-sued');
    const slots = [...root(el).querySelectorAll<HTMLButtonElement>('button.slot')];
    const chosen = slots[0]!;
    const chosenText = chosen.textContent.trim();
    // Someone else books the whole day except one later time, just before the citizen clicks.
    const lastSlot = slots.at(-1)!.textContent.trim();
    api.appointments.bookOut('buergeramt-sued', date, { start: lastSlot, minutes: 1 });
    chosen.click();
    await until(() => root(el).querySelector('.notice.taken'), 'tells the citizen');
    expect(root(el).querySelector('.notice.taken')!.textContent).to.contain('gerade vergeben');
    expect(headingText(el)).to.equal('Um wie viel Uhr?');
    await until(() => root(el).querySelectorAll('button.slot').length === 1, 'fresh times');
    expect(root(el).querySelector('button.slot')!.textContent.trim()).not.to.equal(chosenText);
    await expect(el).to.be.accessible();
  });
});
