import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { deepActiveElement, pressKey } from '../../core/test-support/keys.js';
import { recordRequests } from '../../mocks/test-support/worker.js';
import { bookedAppointment, root, until } from './support/flow.js';
import '../src/appointment-picker.js';
import type { CivicAppointmentPicker } from '../src/appointment-picker.js';

describe('<civic-appointment-picker> manage mode', () => {
  it('shows the appointment and cancels it after a confirmation, by keyboard', async () => {
    const { api, appointment } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        booking-id=${appointment.id}
        token=${appointment.token}
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('.summary'), 'appointment shown');
    expect(root(el).querySelector('.summary')!.textContent)
      .to.contain(appointment.bookingCode)
      .and.contain('Bürgeramt Nord');
    expect(root(el).querySelector('.status')!.textContent).to.contain('Gebucht');
    await expect(el).to.be.accessible();

    root(el).querySelector<HTMLButtonElement>('.ask-cancel')!.focus();
    await pressKey('Enter');
    await until(() => root(el).querySelector('.confirm-cancel'), 'asks first');
    expect(deepActiveElement()?.textContent.trim()).to.equal('Nein, behalten'); // the safe choice has focus
    await expect(el).to.be.accessible();
    await pressKey('Tab');
    setTimeout(() => void pressKey('Enter'));
    const cancelled = await oneEvent<CustomEvent<{ appointmentId: string }>>(el, 'civic-appointment-cancelled');
    expect(cancelled.detail).to.deep.equal({ appointmentId: appointment.id });
    await until(() => root(el).querySelector('.status.cancelled'), 'shows cancelled');
    expect(api.appointments.appointments.get(appointment.id)?.status).to.equal('cancelled');
  });

  it('keeping the appointment returns focus to the cancel button', async () => {
    const { appointment } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="en"
        booking-id=${appointment.id}
        token=${appointment.token}
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('.ask-cancel'), 'shown');
    root(el).querySelector<HTMLButtonElement>('.ask-cancel')!.click();
    await until(() => root(el).querySelector('.confirm-cancel'), 'asks');
    root(el).querySelector<HTMLButtonElement>('.confirm-cancel .secondary')!.click();
    await until(() => deepActiveElement()?.classList.contains('ask-cancel'), 'focus back on cancel');
  });

  it('fetches the .ics through the client with the token', async () => {
    const { appointment } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        booking-id=${appointment.id}
        token=${appointment.token}
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('.ask-cancel'), 'shown');
    // Let the file be offered, but stop the browser's real download (Firefox would open its
    // downloads panel and keep the keyboard from later tests).
    let offered: HTMLAnchorElement | undefined;
    const stopDownload = (event: Event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        offered = event.target;
        event.preventDefault();
      }
    };
    document.addEventListener('click', stopDownload, true);
    const recorder = recordRequests();
    try {
      root(el).querySelector<HTMLButtonElement>('.nav .secondary')!.click();
      await until(() => offered, 'file offered');
    } finally {
      recorder.stop();
      document.removeEventListener('click', stopDownload, true);
    }
    expect(offered!.download).to.equal(`termin-${appointment.bookingCode}.ics`);
    const request = recorder.requests.find((entry) => entry.path.endsWith('/calendar.ics'))!;
    expect(request.headers.get('Authorization')).to.equal(`Bearer ${appointment.token}`);
  });

  it('says so in plain words when the link is wrong', async () => {
    const { appointment } = await bookedAppointment();
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        booking-id=${appointment.id}
        token="wrong-token-wrong-token"
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('[part~="status-error"]'), 'error view');
    expect(root(el).querySelector('[part~="status-error"]')!.textContent).to.contain(
      'Ihr Termin konnte nicht geladen werden',
    );
    await expect(el).to.be.accessible();
  });

  it('takes the booking from the page URL parameters the manage link carries', async () => {
    const { appointment } = await bookedAppointment();
    const before = location.href;
    history.replaceState(null, '', `?termin=${appointment.id}&schluessel=${appointment.token}`);
    try {
      const el = await fixture<CivicAppointmentPicker>(
        html`<civic-appointment-picker
          api-base="/api/v1"
          booking-id-param="termin"
          token-param="schluessel"
        ></civic-appointment-picker>`,
      );
      await until(() => root(el).querySelector('.summary'), 'appointment from the URL');
      expect(root(el).querySelector('.summary')!.textContent).to.contain(appointment.bookingCode);
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
