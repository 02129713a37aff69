import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { AppointmentVariant } from '@civic-widgets/api-client/appointments';
import { createMockApi, type MockApi, type MockApiOptions, type ScenarioInput } from '@civic-widgets/mocks';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '@civic-widgets/appointment-picker';
import {
  bookedIn,
  clickNext,
  consentAndBook,
  errorView,
  fillContact,
  find,
  firstFreeDay,
  freeTimes,
  pickerRoot,
  toCalendar,
  toContact,
  toOffices,
  toSummary,
  toTimes,
} from '../support/picker-play.js';

/** A mock API of the sample city for one story; its store is there for the story to prepare or inspect. */
const mockApi = (options: Omit<MockApiOptions, 'now'> = {}): MockApi => createMockApi({ now: new Date(), ...options });
const mswOf = (api: MockApi) => ({ msw: { handlers: api.handlers } });
const mocks = (scenarios: Record<string, ScenarioInput> = {}) => mswOf(mockApi({ scenarios }));

interface Args {
  service?: string;
  office?: string;
  variant?: AppointmentVariant;
  bookingId?: string;
  token?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Appointment picker',
  component: 'civic-appointment-picker',
  parameters: { ...mocks(), layout: 'padded' },
  render: ({ service, office, variant, bookingId, token }) =>
    html`<civic-appointment-picker
      api-base="/api/v1"
      service=${service ?? ''}
      office=${office ?? ''}
      variant=${ifDefined(variant)}
      booking-id=${ifDefined(bookingId)}
      token=${ifDefined(token)}
      privacy-url="https://www.musterstadt.example/datenschutz"
    ></civic-appointment-picker>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Waits for the step's error view, so the story (and the sweep's axe run) shows it, not the retries. */
const showsError: Story['play'] = async ({ canvasElement }) => {
  await errorView(await pickerRoot(canvasElement));
};

// ---- Step 1: services ----

/** Step 1: search, popular services, counts. */
export const ChooseService: Story = {};

/** A host page that already knows the service (e.g. the identity card page) preselects it. */
export const PreselectedService: Story = { args: { service: 'personalausweis' } };

export const Loading: Story = { parameters: mocks({ listServices: { kind: 'slow', delayMs: 600_000 } }) };
export const ServerError: Story = {
  tags: ['expected-http-errors'],
  parameters: mocks({ listServices: 'server-error' }),
  play: showsError,
};
export const RateLimited: Story = {
  tags: ['expected-http-errors'],
  parameters: mocks({ listServices: { kind: 'rate-limited', retryAfterSeconds: 30 } }),
  play: showsError,
};
/** 503 with a Retry-After too long to wait for: the error says when to try again. */
export const Unavailable: Story = {
  tags: ['expected-http-errors'],
  parameters: mocks({ listServices: { kind: 'unavailable', retryAfterSeconds: 60 } }),
  play: showsError,
};
/** The connection fails (offline, blocked); the client retries twice before it says so. */
export const NetworkDown: Story = { parameters: mocks({ listServices: 'network' }), play: showsError };
export const NoServices: Story = { parameters: mocks({ listServices: 'empty' }) };
export const NotConfigured: Story = { render: () => html`<civic-appointment-picker></civic-appointment-picker>` };

// ---- Step 2: offices ----

/** Step 2: one office or "any office", with address and accessibility. */
export const Office: Story = {
  args: { service: 'personalausweis' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root, 'buergeramt-nord');
    await expect(root.querySelectorAll('input[name="office"]').length).toBeGreaterThan(2);
  },
};

/** The office list arrives as something that is not JSON. */
export const OfficesMalformed: Story = {
  args: { service: 'personalausweis' },
  parameters: mocks({ listOffices: 'malformed' }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await find(root, 'select');
    await clickNext(root);
    await errorView(root);
  },
};

/** No office offers the chosen services together. */
export const NoOffices: Story = {
  args: { service: 'personalausweis' },
  parameters: mocks({ listOffices: 'empty' }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await find(root, 'select');
    await clickNext(root);
    await find(root, '.notice');
  },
};

// ---- Step 3: day ----

/** Step 3: the calendar of days with free times, and the same days as a list. */
export const Day: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toCalendar(root);
  },
};

export const DayLoading: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  parameters: mocks({ getAvailability: { kind: 'slow', delayMs: 600_000 } }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await clickNext(root);
    await find(root, '.civic-status.loading');
  },
};

export const DayServerError: Story = {
  tags: ['expected-http-errors'],
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  parameters: mocks({ getAvailability: 'server-error' }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await clickNext(root);
    await errorView(root);
  },
};

/** The availability answer breaks the contract: the client refuses it instead of showing nonsense. */
export const DayWrongShape: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  parameters: mocks({ getAvailability: 'wrong-shape' }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await clickNext(root);
    await errorView(root);
  },
};

/** Every day of the next three months is booked out at Bürgeramt Nord: the picker offers all offices. */
const bookedOutApi = (): MockApi => {
  const api = mockApi();
  const today = api.appointments.today();
  for (let day = 0; day <= 95; day++) {
    const date = new Date(`${today}T12:00:00Z`);
    date.setUTCDate(date.getUTCDate() + day);
    api.appointments.bookOut('buergeramt-nord', date.toISOString().slice(0, 10));
  }
  return api;
};

export const NothingFreeAtOffice: Story = {
  args: { service: 'meldebescheinigung', office: 'buergeramt-nord' },
  parameters: mswOf(bookedOutApi()),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await clickNext(root);
    await find(root, 'button.everywhere');
  },
};

/** After "search all offices": the times of every suitable office, each with its office. */
export const AllOfficesTimes: Story = {
  args: { service: 'meldebescheinigung', office: 'buergeramt-nord' },
  parameters: mswOf(bookedOutApi()),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await clickNext(root);
    await userEvent.click(await find(root, 'button.everywhere'));
    await userEvent.click(await firstFreeDay(root));
    await find(root, 'button.slot');
  },
};

// ---- Step 4: time ----

/** Step 4: the day's free times, before and after noon. */
export const Time: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toTimes(root);
  },
};

const slotTakenApi = mockApi();
/** Someone else books the chosen time a moment before the citizen: a 409, a notice and fresh times. */
export const SlotTaken: Story = {
  tags: ['expected-http-errors'],
  args: { service: 'meldebescheinigung', office: 'buergeramt-sued' },
  parameters: mswOf(slotTakenApi),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    const date = await toTimes(root);
    const last = freeTimes(slotTakenApi, 'buergeramt-sued', 'meldebescheinigung', date).at(-1);
    if (last) slotTakenApi.appointments.bookOut('buergeramt-sued', date, { start: last, minutes: 1 });
    await userEvent.click(await find(root, 'button.slot'));
    await find(root, '.notice.taken');
    await waitFor(() => expect(root.querySelectorAll('button.slot')).toHaveLength(1), { timeout: 10_000 });
  },
};

/** The reservation request never reaches the server. */
export const ReserveNetworkError: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  parameters: mocks({ reserve: 'network' }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toTimes(root);
    await userEvent.click(await find(root, 'button.slot'));
    await errorView(root);
  },
};

// ---- Step 5: contact ----

/** Step 5: the time is held, with a visible countdown, while the citizen types. */
export const Contact: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toContact(root);
    await expect((await find(root, '.hold .countdown')).textContent).toMatch(/\d+:\d\d/);
  },
};

/** "Next" with an incomplete e-mail and no phone (Bürgeramt Süd needs one): summary linked to the fields. */
export const ContactErrors: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-sued' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toContact(root);
    await fillContact(root, { name: 'Erika Mustermann', email: 'erika@' });
    await clickNext(root);
    const summary = await find(root, '.error-summary');
    await expect(summary.querySelectorAll('li')).toHaveLength(2);
  },
};

/** A 4-second hold runs out on the contact step: back to the times with a clear message. */
export const HoldExpired: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  parameters: mswOf(mockApi({ holdSeconds: 4 })),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toContact(root);
    await find(root, '.form-error');
    await find(root, 'button.slot'); // the times, fetched again
  },
};

// ---- Step 6: summary ----

/** Step 6: everything chosen, fee, documents and consent. */
export const Summary: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toSummary(root);
  },
};

/** Booking fails with a 503 whose Retry-After is too long to wait for; the hold and the form stay. */
export const ConfirmUnavailable: Story = {
  tags: ['expected-http-errors'],
  args: { service: 'personalausweis', office: 'buergeramt-nord' },
  parameters: mocks({ confirm: { kind: 'unavailable', retryAfterSeconds: 60 } }),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toSummary(root);
    await consentAndBook(root);
    await errorView(root);
  },
};

// ---- Done ----

/** Booked at Bürgeramt Mitte, which asks for a double opt-in: "confirm with the link in the e-mail". */
export const Done: Story = {
  args: { service: 'personalausweis', office: 'buergeramt-mitte' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toSummary(root);
    await consentAndBook(root);
    await find(root, '.done');
    await expect(root.querySelector('.manage-link')).not.toBeNull();
  },
};

/** A video consultation: when the room opens and what the citizen needs. */
export const VideoDone: Story = {
  args: { service: 'wohngeld-beratung', variant: 'video', office: 'buergerbuero-digital' },
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await toOffices(root);
    await toSummary(root);
    await consentAndBook(root);
    await find(root, '.done');
    await find(root, '.video-info');
  },
};

// ---- Manage mode (a manage link: booking id and token) ----

const manageApi = mockApi();
/** The appointment from a manage link, with .ics, move and cancel. */
export const Manage: Story = {
  args: bookingArgs(manageApi),
  parameters: mswOf(manageApi),
  play: async ({ canvasElement }) => {
    await find(await pickerRoot(canvasElement), 'button.reschedule');
  },
};

const manageVideoApi = mockApi();
export const ManageVideo: Story = {
  args: bookingArgs(manageVideoApi, {
    officeId: 'buergerbuero-digital',
    serviceId: 'wohngeld-beratung',
    variant: 'video',
  }),
  parameters: mswOf(manageVideoApi),
  play: async ({ canvasElement }) => {
    await find(await pickerRoot(canvasElement), '.video-info');
  },
};

const askCancelApi = mockApi();
/** "Really cancel?": the safe choice first. */
export const ManageCancelQuestion: Story = {
  args: bookingArgs(askCancelApi),
  parameters: mswOf(askCancelApi),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await userEvent.click(await find(root, 'button.ask-cancel'));
    await find(root, '.confirm-cancel');
  },
};

const cancelApi = mockApi();
export const ManageCancelled: Story = {
  args: bookingArgs(cancelApi),
  parameters: mswOf(cancelApi),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await userEvent.click(await find(root, 'button.ask-cancel'));
    await userEvent.click(await find(root, '.confirm-cancel .danger'));
    await find(root, '.status.cancelled');
  },
};

/** A manage link whose appointment does not exist (mistyped, or from another city): 404. */
export const ManageWrongLink: Story = {
  tags: ['expected-http-errors'],
  args: { bookingId: 'a-unknown1', token: 'tok_000000000000000000000000' },
  play: showsError,
};

const rescheduleApi = mockApi();
/** Moving the appointment: the new time is held, old and new side by side until the citizen confirms. */
export const Reschedule: Story = {
  args: bookingArgs(rescheduleApi),
  parameters: mswOf(rescheduleApi),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await userEvent.click(await find(root, 'button.reschedule'));
    await toTimes(root);
    await userEvent.click(await find(root, 'button.slot'));
    await find(root, 'dl.summary s');
    await find(root, '.hold');
  },
};

const rescheduledApi = mockApi();
export const Rescheduled: Story = {
  args: bookingArgs(rescheduledApi),
  parameters: mswOf(rescheduledApi),
  play: async ({ canvasElement }) => {
    const root = await pickerRoot(canvasElement);
    await userEvent.click(await find(root, 'button.reschedule'));
    await toTimes(root);
    await userEvent.click(await find(root, 'button.slot'));
    await userEvent.click(await find(root, 'button.confirm'));
    await find(root, '.done');
  },
};

/** Story args that open the manage view of a booking made in `api`'s store. */
function bookingArgs(api: MockApi, booking?: Parameters<typeof bookedIn>[1]): Args {
  const { id, token } = bookedIn(api, booking);
  return { bookingId: id, token };
}
