// Shared steps for the picker's browser tests: getting to a step by clicks, and a booking made
// "on an earlier visit" through the client.
import { waitUntil } from '@open-wc/testing';
import { CivicClient } from '@civic-widgets/api-client';
import type { AppointmentVariant } from '@civic-widgets/api-client/appointments';
import { useMockApi } from '../../../mocks/test-support/worker.js';
import type { MockApiOptions } from '../../../mocks/src/index.js';
import type { CivicAppointmentPicker } from '../../src/appointment-picker.js';

export const root = (el: CivicAppointmentPicker) => el.shadowRoot!;

/**
 * `waitUntil` with room for a loaded machine: open-wc's default of 1 s is too short when three
 * browsers share two cores (an answer, a lazily loaded step and a render in WebKit over WebDriver).
 */
export const until = (predicate: () => unknown, message = 'condition') =>
  waitUntil(predicate, message, { timeout: 10_000, interval: 20 });
export const headingText = (el: CivicAppointmentPicker) => root(el).querySelector('.step-heading')!.textContent.trim();

/** The primary button of the step ("Weiter"). */
export const clickNext = (el: CivicAppointmentPicker) =>
  root(el).querySelector<HTMLButtonElement>('.nav .civic-button:not(.secondary)')!.click();

/** From the office step: picks `officeId` (or keeps the preset), goes on, clicks the first free day and returns it. */
export async function officeToTimes(el: CivicAppointmentPicker, officeId?: string): Promise<string> {
  await until(() => root(el).querySelector('input[name="office"]'), 'offices');
  if (officeId) root(el).querySelector<HTMLInputElement>(`input[value="${officeId}"]`)!.click();
  clickNext(el);
  await until(() => root(el).querySelector('civic-calendar-grid'), 'calendar');
  const grid = root(el).querySelector('civic-calendar-grid')!;
  await until(() => grid.shadowRoot?.querySelector('td[data-date]:not([aria-disabled])'), 'a free day');
  const day = grid.shadowRoot!.querySelector<HTMLElement>('td[data-date]:not([aria-disabled])')!;
  day.click();
  await until(() => root(el).querySelector('button.slot'), 'times');
  return day.dataset['date']!;
}

/** Types into a native input the way a person does (input events), in the shadow root. */
export function fill(el: CivicAppointmentPicker, selector: string, value: string): void {
  const input = root(el).querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Books an appointment through the client, as an earlier visit would have. */
export async function bookedAppointment(
  options: { officeId?: string; serviceId?: string; variant?: AppointmentVariant; mock?: MockApiOptions } = {},
) {
  const { officeId = 'buergeramt-nord', serviceId = 'meldebescheinigung', variant = 'in-person' } = options;
  const api = await useMockApi({ now: new Date(), ...options.mock });
  const client = new CivicClient({ baseUrl: '/api/v1' });
  const today = new Date().toISOString().slice(0, 10);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const services = [{ serviceId, count: 1 }];
  const availability = await client.appointments.getAvailability({
    officeIds: [officeId],
    services,
    from: today,
    to: inAMonth,
    variant,
  });
  const start = availability.days[0]!.offices[0]!.slots[0]!;
  const reservation = await client.appointments.reserve({ officeId, start, services, variant });
  const appointment = await client.appointments.confirm(reservation, {
    name: 'Erika Mustermann',
    email: 'erika@example.org',
  });
  return { api, client, appointment };
}
