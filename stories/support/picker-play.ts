// Play-function steps for <civic-appointment-picker> stories: a citizen's clicks through the
// picker's shadow DOM (testing-library's queries stop at shadow roots, so these use selectors and
// Storybook's instrumented userEvent and waitFor), plus bookings "from an earlier visit" made
// straight in a story's mock store.
import { addDays } from '@civic-widgets/core';
import type { AppointmentVariant } from '@civic-widgets/api-client/appointments';
import type { MockApi } from '@civic-widgets/mocks';
import { userEvent, waitFor } from 'storybook/test';

/** Waits long enough for the client's retries (about 1 s) and a short hold running out. */
const PATIENCE = { timeout: 15_000 };

/** The picker's shadow root once it shows a step heading. */
export function pickerRoot(canvasElement: HTMLElement): Promise<ShadowRoot> {
  return waitFor(() => {
    const root = canvasElement.querySelector('civic-appointment-picker')?.shadowRoot;
    if (!root?.querySelector('.step-heading')) throw new Error('The picker has not rendered yet');
    return root;
  }, PATIENCE);
}

/** The first element that matches `selector` in `root`, once there is one. */
export function find<T extends Element = HTMLElement>(root: ParentNode, selector: string): Promise<T> {
  return waitFor(() => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`Nothing matches ${selector} yet`);
    return element;
  }, PATIENCE);
}

/** The step's primary button ("Weiter" / "Next"). */
export async function clickNext(root: ShadowRoot): Promise<void> {
  await userEvent.click(await find(root, '.nav .civic-button:not(.secondary)'));
}

/** From the service step with a preset service: on to the offices, choosing `officeId` if given. */
export async function toOffices(root: ShadowRoot, officeId?: string): Promise<void> {
  await find(root, 'select');
  await clickNext(root);
  await find(root, 'input[name="office"]');
  if (officeId) await userEvent.click(await find(root, `input[name="office"][value="${officeId}"]`));
}

const freeDay = (root: ShadowRoot) =>
  root
    .querySelector('civic-calendar-grid')
    ?.shadowRoot?.querySelector<HTMLElement>('td[data-date]:not([aria-disabled="true"])') ?? null;
/** "Next free day: …" under a month with nothing free (not the "all offices" button). */
const nextFreeButton = (root: ShadowRoot) =>
  root.querySelector<HTMLButtonElement>('.notice button.civic-button:not(.everywhere)');

/** On the day step: waits for the calendar (jumping to the next free month when this one is full). */
export async function firstFreeDay(root: ShadowRoot): Promise<HTMLElement> {
  await waitFor(() => {
    if (!freeDay(root) && !nextFreeButton(root)) throw new Error('No free day or next-free button yet');
  }, PATIENCE);
  const jump = nextFreeButton(root);
  if (!freeDay(root) && jump) await userEvent.click(jump);
  return waitFor(() => {
    const day = freeDay(root);
    if (!day) throw new Error('No free day yet');
    return day;
  }, PATIENCE);
}

/** From the office step: on to the calendar and its first free day. */
export async function toCalendar(root: ShadowRoot): Promise<HTMLElement> {
  await find(root, 'input[name="office"]');
  await clickNext(root);
  return firstFreeDay(root);
}

/** From the office step: the first free day's times; returns that day (YYYY-MM-DD). */
export async function toTimes(root: ShadowRoot): Promise<string> {
  const day = await toCalendar(root);
  const date = day.dataset['date'] ?? '';
  await userEvent.click(day);
  await find(root, 'button.slot');
  return date;
}

/** From the office step: holds the first free time and waits for the contact form. */
export async function toContact(root: ShadowRoot): Promise<void> {
  await toTimes(root);
  await userEvent.click(await find(root, 'button.slot'));
  await find(root, '#contact-name');
}

export interface ContactInput {
  name?: string;
  email?: string;
  phone?: string;
}

/** Types into the contact form as a person would. */
export async function fillContact(root: ShadowRoot, contact: ContactInput): Promise<void> {
  if (contact.name) await userEvent.type(await find(root, '#contact-name'), contact.name);
  if (contact.email) await userEvent.type(await find(root, '#contact-email'), contact.email);
  if (contact.phone) await userEvent.type(await find(root, '#contact-phone'), contact.phone);
}

export const ERIKA: ContactInput = { name: 'Erika Mustermann', email: 'erika@example.org', phone: '06221 12345' };

/** From the office step: holds a time, fills the form and waits for the summary. */
export async function toSummary(root: ShadowRoot, contact: ContactInput = ERIKA): Promise<void> {
  await toContact(root);
  // Only offices that need a phone number ask for it.
  await fillContact(root, root.querySelector('#contact-phone') ? contact : { ...contact, phone: undefined });
  await clickNext(root);
  await find(root, 'button.confirm');
}

/** On the summary: gives consent and books. */
export async function consentAndBook(root: ShadowRoot): Promise<void> {
  await userEvent.click(await find(root, '.consent input[type="checkbox"]'));
  await userEvent.click(await find(root, 'button.confirm'));
}

/** The error view of the step (core's status view), once it is there. */
export function errorView(root: ShadowRoot): Promise<HTMLElement> {
  return find(root, '.civic-status.error');
}

export interface EarlierBooking {
  officeId?: string;
  serviceId?: string;
  variant?: AppointmentVariant;
}

/** An appointment booked "on an earlier visit", straight in the story's mock store. */
export function bookedIn(api: MockApi, booking: EarlierBooking = {}): { id: string; token: string } {
  const { officeId = 'buergeramt-nord', serviceId = 'meldebescheinigung', variant = 'in-person' } = booking;
  const services = [{ serviceId, count: 1 }];
  const today = api.appointments.today();
  const { days } = api.appointments.availability([officeId], services, today, addDays(today, 60), variant);
  const start = days[0]?.offices[0]?.slots[0];
  if (!start) throw new Error(`The sample city has no free slot at ${officeId} for ${serviceId}`);
  const reservation = api.appointments.reserve({ officeId, start, services, variant });
  return api.appointments.confirm(reservation.id, reservation.token, {
    contact: { name: 'Erika Mustermann', email: 'erika@example.org' },
    privacyConsent: true,
  });
}

/** The start times ("HH:MM" on the city's clock) of the free slots at one office on one day. */
export function freeTimes(api: MockApi, officeId: string, serviceId: string, date: string): string[] {
  const { days } = api.appointments.availability([officeId], [{ serviceId, count: 1 }], date, date, 'in-person');
  return (days[0]?.offices[0]?.slots ?? []).map((start) => start.slice(11, 16));
}
