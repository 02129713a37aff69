import type { Appointment, AppointmentsApi, AppointmentVariant, Service } from '@civic-widgets/api-client/appointments';
import type { ClientResolution, CivicElement, LiveAnnouncer } from '@civic-widgets/core';
import type { ShellMessages } from './i18n/messages.js';
import type { Step } from './journey.js';
import type { ManageRef } from './manage.js';

export type AppointmentsClient = { appointments: AppointmentsApi };

/**
 * What the booking flow (loaded on demand) needs from the element: the citizen's first choices,
 * the element's settings and services, and the step machine. The element owns these; the flow owns
 * everything from the office step on.
 */
export interface PickerHost extends CivicElement<AppointmentsClient> {
  readonly step: Step;
  readonly counts: Readonly<Record<string, number>>;
  readonly chosenVariant: AppointmentVariant;
  officeChoice?: string;
  formError?: string;
  readonly headingLevel: number;
  readonly privacyUrl?: string;
  readonly bookingIdParam: string;
  readonly tokenParam: string;
  readonly manageRef: ManageRef | undefined;
  /** The services as loaded for step 1 (empty until then). */
  readonly services: readonly Service[];
  readonly messages: ShellMessages;
  readonly api: ClientResolution<AppointmentsClient>;
  readonly announcer: LiveAnnouncer;
  /** Today in the city's zone. */
  readonly today: string;
  go(step: Step): void;
  /** Manage mode: runs the booking steps again for a new slot of this appointment's services. */
  chooseAgainFor(appointment: Appointment): void;
  /** Leaves the reschedule flow for the manage view. */
  backToManage(): void;
}
