import {
  createAppointmentsClient,
  type AppointmentsApi,
  type AppointmentVariant,
  type Availability,
  type Reservation,
  type Service,
  type Appointment,
  type CivicApiError,
} from '@civic-widgets/api-client/appointments';
import { newIdempotencyKey } from '@civic-widgets/api-client';
import {
  addDays,
  CivicElement,
  dateInZone,
  fieldStyles,
  firstOfMonth,
  lastOfMonth,
  LiveAnnouncer,
  monthOf,
  renderEmpty,
  renderError,
  renderLoading,
  statusStyles,
  TaskStatusController,
  type Catalogs,
} from '@civic-widgets/core';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickerStyles } from './appointment-picker.styles.js';
import { emptyContact, type ContactDraft, type ContactErrors } from './contact-draft.js';
import { de } from './i18n/de.js';
import { en } from './i18n/en.js';
import type { PickerMessages } from './i18n/messages.js';
import { chosenServices, commonVariants, officeName, slotsOfDay, stepsOf, type Step } from './journey.js';
import type { LateModule } from './late.js';
import { HoldTimer } from './hold.js';
import { DEFAULT_ID_PARAM, DEFAULT_TOKEN_PARAM, readManageRef, type ManageRef } from './manage.js';
import { renderDayStep } from './steps/day-step.js';
import { ANY_OFFICE, renderOfficeStep } from './steps/office-step.js';
import { renderServiceStep } from './steps/service-step.js';
import { renderTimeStep } from './steps/time-step.js';

const catalogs: Catalogs<PickerMessages> = { de, en };
/** How far ahead appointments can be booked (the contract allows 92 days). */
const HORIZON_DAYS = 92;

type AppointmentsClient = { appointments: AppointmentsApi };

export interface AppointmentReservedDetail {
  reservationId: string;
  officeId: string;
  start: string;
  expiresAt: string;
}

export interface AppointmentHoldExpiredDetail {
  reservationId: string;
}

export interface AppointmentBookedDetail {
  appointmentId: string;
  bookingCode: string;
  status: Appointment['status'];
  officeId: string;
  start: string;
}

export interface AppointmentRescheduledDetail {
  appointmentId: string;
  officeId: string;
  start: string;
  previousOfficeId: string;
  previousStart: string;
}

export interface AppointmentStepChangedDetail {
  step: Step;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-appointment-reserved': CustomEvent<AppointmentReservedDetail>;
    'civic-appointment-hold-expired': CustomEvent<AppointmentHoldExpiredDetail>;
    'civic-appointment-booked': CustomEvent<AppointmentBookedDetail>;
    'civic-appointment-cancelled': CustomEvent<{ appointmentId: string }>;
    'civic-appointment-rescheduled': CustomEvent<AppointmentRescheduledDetail>;
    'civic-appointment-step-changed': CustomEvent<AppointmentStepChangedDetail>;
  }
}

/**
 * Books an appointment at a citizen office: service and counts → office → day → time (held, with a
 * visible countdown) → contact → summary and consent → booked, with an .ics file and a manage link.
 * Opened with `booking-id` and `token` (or a manage link's URL parameters) it shows the appointment,
 * moves it to another slot (the new one is held before the old one is given up) or cancels it.
 *
 * @tag civic-appointment-picker
 * @fires civic-appointment-reserved - A slot is held; detail: reservationId, officeId, start, expiresAt.
 * @fires civic-appointment-hold-expired - The hold ran out before booking; detail: reservationId.
 * @fires civic-appointment-booked - Booked; detail: appointmentId, bookingCode, status, officeId, start.
 * @fires civic-appointment-cancelled - Cancelled in manage mode; detail: appointmentId.
 * @fires civic-appointment-rescheduled - Moved in manage mode; detail: appointmentId, officeId, start, previousOfficeId, previousStart.
 * @fires civic-appointment-step-changed - The citizen moved to another step; detail: step.
 * @csspart base - The whole picker.
 * @csspart service - Each service row.
 * @csspart calendar - The calendar of bookable days.
 * @csspart slot - Each time button.
 * @csspart hold - The reservation countdown.
 * @csspart video-info - When and how to join a video appointment.
 * @csspart content - The region that loads data.
 * @cssprop [--civic-appointment-picker-gap=1em] Space between the blocks of a step.
 */
export class CivicAppointmentPicker extends CivicElement<AppointmentsClient> {
  static override styles = [CivicElement.styles, statusStyles, fieldStyles, pickerStyles];

  /** Preselects a service by id (count 1). */
  @property() service?: string;

  /** Preselects an office by id. */
  @property() office?: string;

  /** Preselects the variant: in-person, video or phone. */
  @property() variant?: AppointmentVariant;

  /** Link to the city's privacy notice, shown with the consent (http or https only). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;

  /** Manage mode: the appointment's id (with `token`). */
  @property({ attribute: 'booking-id' }) bookingId?: string;

  /** Manage mode: the appointment's secret token (with `booking-id`). */
  @property() token?: string;

  /** URL parameter that carries the appointment id in manage links (default "civic-booking"). */
  @property({ attribute: 'booking-id-param' }) bookingIdParam = DEFAULT_ID_PARAM;

  /** URL parameter that carries the token in manage links (default "civic-token"). */
  @property({ attribute: 'token-param' }) tokenParam = DEFAULT_TOKEN_PARAM;

  /** Level of the step headings in the host page's outline (the calendar uses the next level). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private step: Step = 'service';
  @state() private counts: Record<string, number> = {};
  @state() private query = '';
  @state() private chosenVariant: AppointmentVariant = 'in-person';
  @state() private officeChoice?: string;
  @state() private month?: string;
  @state() private date?: string;
  @state() private reservation?: Reservation;
  @state() private reserving = false;
  @state() private reserveError?: unknown;
  @state() private takenNotice?: string;
  @state() private formError?: string;
  @state() private contact: ContactDraft = emptyContact();
  @state() private contactErrors: ContactErrors = {};
  @state() private showErrorSummary = false;
  @state() private consent = false;
  @state() private sending = false;
  @state() private confirmError?: unknown;
  @state() private appointment?: Appointment;
  @state() private holdMessage?: string;
  @state() private confirmingCancel = false;
  @state() private cancelling = false;
  @state() private manageError?: { error: unknown; title: string };
  /** Manage mode: the appointment as the last cancel or reschedule left it. */
  @state() private latestAppointment?: Appointment;
  /** Manage mode: the appointment being moved; the booking steps run for its new slot. */
  @state() private rescheduling?: Appointment;
  @state() private late?: LateModule;
  @state() private lateError?: unknown;

  private lateLoading?: Promise<void>;
  /** One key per reservation: a repeated confirm (double click, retry) books once. */
  private confirmKey?: string;
  private readonly hold = new HoldTimer(this, {
    onThreshold: (minutes) =>
      this.announcer.announce(this.messages.hold.announceLeft({ minutes }, this.format), 'assertive'),
    onExpired: () => this.holdExpired(),
  });

  private readonly announcer = new LiveAnnouncer(this);
  private moveFocusToHeading = false;

  private get messages(): PickerMessages {
    return this.messagesFrom(catalogs);
  }

  private get api() {
    return this.resolveClient((baseUrl) => createAppointmentsClient({ baseUrl }));
  }

  private get today(): string {
    return dateInZone(new Date(), this.effectiveTimeZone);
  }

  private readonly servicesTask = new Task(this, {
    args: () => [this.api, this.locale.intlLocale] as const,
    task: async ([api, locale], { signal }) =>
      api.ok ? (await api.client.appointments.listServices({ signal, locale })).services : [],
  });

  private readonly officesTask = new Task(this, {
    args: () =>
      [
        this.api,
        this.manageRef && !this.rescheduling
          ? '*'
          : this.step === 'service'
            ? ''
            : chosenServices(this.counts)
                .map(({ serviceId }) => serviceId)
                .join(','),
        this.locale.intlLocale,
      ] as const,
    task: async ([api, serviceIds, locale], { signal }) =>
      api.ok && serviceIds
        ? (
            await api.client.appointments.listOffices(serviceIds === '*' ? [] : serviceIds.split(','), {
              signal,
              locale,
            })
          ).offices
        : [],
  });

  /** Manage mode: the booking from booking-id and token, or from the page URL's parameters. */
  private readonly manageTask = new Task(this, {
    args: () => [this.api, this.manageRef?.id, this.manageRef?.token, this.locale.intlLocale] as const,
    task: async ([api, id, token, locale], { signal }) =>
      api.ok && id && token ? api.client.appointments.get({ id, token }, { signal, locale }) : undefined,
  });

  private readonly manageView = new TaskStatusController<Appointment | undefined>(
    this,
    this.manageTask,
    this.announcer,
    {
      loadingLabel: () => this.messages.manage.loading,
      errorTitle: () => this.messages.manage.errorTitle,
      complete: (appointment) =>
        html`${appointment ? this.renderLate((late) => this.renderManage(late, appointment)) : nothing}`,
    },
  );

  private readonly availabilityTask = new Task(this, {
    args: () =>
      [
        this.api,
        this.step === 'day' || this.step === 'time' ? this.officeIds().join(',') : '',
        chosenServices(this.counts)
          .map(({ serviceId, count }) => `${serviceId}:${count}`)
          .join(','),
        this.chosenVariant,
        this.month ?? monthOf(this.today),
      ] as const,
    task: async ([api, officeIds, , variant, month], { signal }): Promise<Availability> => {
      if (!api.ok || !officeIds) return { days: [] };
      const from = firstOfMonth(month) < this.today ? this.today : firstOfMonth(month);
      return api.client.appointments.getAvailability(
        {
          officeIds: officeIds.split(','),
          services: chosenServices(this.counts),
          from,
          to: lastOfMonth(month),
          variant,
        },
        { signal, locale: this.locale.intlLocale },
      );
    },
  });

  private readonly servicesView = new TaskStatusController(this, this.servicesTask, this.announcer, {
    loadingLabel: () => this.messages.service.loading,
    errorTitle: () => this.messages.service.errorTitle,
    isEmpty: (services) => services.length === 0,
    empty: () =>
      renderEmpty(
        this.coreMessages,
        this.messages.service.none,
        html`<button type="button" class="civic-button secondary" @click=${() => void this.servicesTask.run()}>
          ${this.coreMessages.status.retry}
        </button>`,
      ),
    complete: (services) =>
      renderServiceStep({
        services,
        counts: this.counts,
        query: this.query,
        variant: this.chosenVariant,
        messages: this.messages,
        core: this.coreMessages,
        format: this.format,
        onQuery: (query) => (this.query = query),
        onCount: (serviceId, count) => this.setCount(serviceId, count, services),
        onVariant: (variant) => (this.chosenVariant = variant),
      }),
  });

  private readonly officesView = new TaskStatusController(this, this.officesTask, this.announcer, {
    loadingLabel: () => this.messages.office.loading,
    errorTitle: () => this.messages.office.errorTitle,
    complete: (offices) =>
      renderOfficeStep({
        offices,
        choice: this.officeChoice,
        messages: this.messages,
        onChoose: (id) => this.chooseOffice(id),
      }),
  });

  private readonly availabilityView = new TaskStatusController(this, this.availabilityTask, this.announcer, {
    loadingLabel: () => this.messages.day.loading,
    errorTitle: () => this.messages.day.errorTitle,
    complete: (availability) =>
      this.step === 'day'
        ? renderDayStep({
            availability,
            month: this.month ?? monthOf(this.today),
            today: this.today,
            max: addDays(this.today, HORIZON_DAYS),
            date: this.date,
            headingLevel: this.headingLevel,
            messages: this.messages,
            format: this.format,
            onMonth: (month) => (this.month = month),
            onDate: (date) => this.chooseDate(date),
            onEverywhere:
              this.officeChoice && this.officeChoice !== ANY_OFFICE ? () => this.searchEverywhere() : undefined,
          })
        : renderTimeStep({
            slots: slotsOfDay(availability, this.date ?? ''),
            officeName: (id) => officeName(this.officesTask.value, id),
            showOffice: this.officeIds().length > 1,
            busy: this.reserving,
            takenNotice: this.takenNotice,
            messages: this.messages,
            format: this.format,
            onChoose: (slot) => void this.reserve(slot),
          }),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service') && this.service && Object.keys(this.counts).length === 0)
      this.counts = { [this.service]: 1 };
    if (changed.has('office') && this.office) this.officeChoice = this.office;
    if (changed.has('variant') && this.variant) this.chosenVariant = this.variant;
    // Fetch the later steps while the citizen looks at the calendar (or at once for a manage link).
    if (this.manageRef || (this.step !== 'service' && this.step !== 'office')) this.loadLate();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && this.moveFocusToHeading) {
      this.moveFocusToHeading = false;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    }
  }

  /** The booking to manage, from attributes or the page URL. */
  private get manageRef(): ManageRef | undefined {
    if (this.bookingId && this.token) return { id: this.bookingId, token: this.token };
    return readManageRef(location.search, this.bookingIdParam, this.tokenParam);
  }

  protected override render(): TemplateResult {
    const api = this.api;
    if (!api.ok) return this.renderConfigProblem(api.problem);
    if (this.manageRef && !this.rescheduling) {
      return html`<section class="picker" part="base" aria-labelledby="step-heading">
        <div class="step-heading" id="step-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
          ${this.messages.manage.title}
        </div>
        ${this.manageView.render()} ${this.announcer.render()}
      </section>`;
    }
    const messages = this.messages;
    const steps = stepsOf(!!this.rescheduling);
    const index = steps.indexOf(this.step);
    const back = index > 0 ? () => this.go(steps[index - 1] ?? 'service') : undefined;
    return html`<section class="picker" part="base" aria-labelledby="step-heading">
      ${index >= 0 ? html`<p class="progress">${messages.progress({ step: index + 1, total: steps.length })}</p>` : nothing}
      <div class="step-heading" id="step-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
        ${this.stepTitle()}
      </div>
      ${this.renderStep()} ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="nav">
        ${
          back
            ? html`<button type="button" class="civic-button secondary" @click=${back}>${messages.back}</button>`
            : this.rescheduling && this.step === 'office'
              ? html`<button type="button" class="civic-button secondary" @click=${() => this.endReschedule()}>
                  ${messages.reschedule.abort}
                </button>`
              : nothing
        }
        ${
          this.step === 'service' || this.step === 'office' || this.step === 'contact'
            ? html`<button type="button" class="civic-button" @click=${() => this.next()}>${messages.next}</button>`
            : nothing
        }
      </div>
      ${this.announcer.render()}
    </section>`;
  }

  private stepTitle(): string {
    const { steps, reschedule } = this.messages;
    if (this.rescheduling && this.step === 'summary') return reschedule.title;
    if (this.rescheduling && this.step === 'done') return reschedule.done;
    return steps[this.step];
  }

  private renderStep(): TemplateResult | typeof nothing {
    switch (this.step) {
      case 'service':
        return this.servicesView.render();
      case 'office':
        return this.officesView.render();
      case 'day':
      case 'time':
        return html`${
          this.reserveError
            ? renderError({
                error: this.reserveError,
                messages: this.coreMessages,
                format: this.format,
                title: this.messages.time.errorTitle,
              })
            : nothing
        }
        ${this.reserving ? html`<p class="notice" role="status">${this.messages.time.reserving}</p>` : nothing}
        ${this.availabilityView.render()}`;
      case 'contact':
        return this.renderLate((late) => html`${this.renderHold()} ${this.renderContact(late)}`);
      case 'summary':
        return this.renderLate((late) => html`${this.renderHold()} ${this.renderSummary(late)}`);
      case 'done':
        return this.renderLate((late) => this.renderDone(late));
    }
  }

  /** Renders a later step once its module is there; until then a loading view, or an error with retry. */
  private renderLate(view: (late: LateModule) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    if (this.late) return view(this.late);
    if (this.lateError) {
      return renderError({
        error: this.lateError,
        messages: this.coreMessages,
        format: this.format,
        title: this.messages.loadingStepError,
        onRetry: () => this.loadLate(),
      });
    }
    return renderLoading(this.coreMessages, this.messages.loadingStep);
  }

  private loadLate(): void {
    if (this.late || this.lateLoading) return;
    this.lateError = undefined;
    this.lateLoading = import('./late.js')
      .then(
        (late) => void (this.late = late),
        (error: unknown) => void (this.lateError = error),
      )
      .finally(() => (this.lateLoading = undefined));
  }

  private renderContact(late: LateModule): TemplateResult {
    return late.renderContactStep({
      draft: this.contact,
      office: this.reservedOffice(),
      errors: this.contactErrors,
      showSummary: this.showErrorSummary,
      messages: this.messages,
      core: this.coreMessages,
      format: this.format,
      onChange: (patch) => this.updateContact(late, patch),
      onFocusField: (id) => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
    });
  }

  private renderSummary(late: LateModule): TemplateResult | typeof nothing {
    if (!this.reservation) return nothing;
    const error = this.confirmError
      ? renderError({
          error: this.confirmError,
          messages: this.coreMessages,
          format: this.format,
          title: this.rescheduling ? this.messages.reschedule.errorTitle : this.messages.summary.errorTitle,
        })
      : nothing;
    if (this.rescheduling) {
      const appointment = this.rescheduling;
      return html`${error}
      ${late.renderRescheduleStep({
        appointment,
        reservation: this.reservation,
        oldOffice: this.officeById(appointment.officeId),
        newOffice: this.reservedOffice(),
        sending: this.sending,
        messages: this.messages,
        format: this.format,
        onConfirm: () => void this.confirmReschedule(appointment),
        onAbort: () => this.endReschedule(),
      })}`;
    }
    return html`${error}
    ${late.renderSummaryStep({
      reservation: this.reservation,
      services: this.servicesTask.value ?? [],
      office: this.reservedOffice(),
      contact: this.contact,
      consent: this.consent,
      privacyUrl: this.safePrivacyUrl(),
      sending: this.sending,
      messages: this.messages,
      format: this.format,
      onConsent: (consent) => {
        this.consent = consent;
        this.formError = undefined;
      },
      onConfirm: () => void this.confirm(late),
    })}`;
  }

  private renderDone(late: LateModule): TemplateResult | typeof nothing {
    const appointment = this.appointment;
    if (!appointment) return nothing;
    return html`${this.renderManageError()}
    ${late.renderDoneStep({
      appointment,
      office: this.officeById(appointment.officeId),
      rescheduled: !!this.rescheduling,
      manageHref: late.manageLink(location.href, appointment, this.bookingIdParam, this.tokenParam),
      messages: this.messages,
      format: this.format,
      onCalendar: () => void this.downloadCalendar(late, appointment),
      onBack: this.rescheduling ? () => this.endReschedule() : undefined,
    })}`;
  }

  private renderManage(late: LateModule, loaded: Appointment): TemplateResult {
    const appointment = this.latestAppointment ?? loaded;
    return html`${this.renderManageError()}
    ${late.renderManageView({
      appointment,
      services: this.servicesTask.value ?? [],
      office: this.officeById(appointment.officeId),
      confirmingCancel: this.confirmingCancel,
      busy: this.cancelling,
      messages: this.messages,
      format: this.format,
      onCalendar: () => void this.downloadCalendar(late, appointment),
      onReschedule: () => this.startReschedule(appointment),
      onAskCancel: () => {
        this.confirmingCancel = true;
        void this.updateComplete.then(() =>
          this.renderRoot.querySelector<HTMLElement>('.confirm-cancel button')?.focus(),
        );
      },
      onKeep: () => {
        this.confirmingCancel = false;
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.ask-cancel')?.focus());
      },
      onCancel: () => void this.cancelAppointment(appointment),
    })}`;
  }

  /** A failed .ics download or cancellation, above the view it happened in. */
  private renderManageError(): TemplateResult | typeof nothing {
    if (!this.manageError) return nothing;
    const { error, title } = this.manageError;
    return renderError({ error, messages: this.coreMessages, format: this.format, title });
  }

  private officeIds(): string[] {
    if (this.officeChoice && this.officeChoice !== ANY_OFFICE) return [this.officeChoice];
    return (this.officesTask.value ?? []).map((office) => office.id);
  }

  private officeById(id: string | undefined) {
    return this.officesTask.value?.find((office) => office.id === id);
  }

  private reservedOffice() {
    return this.officeById(this.reservation?.officeId);
  }

  private setCount(serviceId: string, count: number, services: readonly Service[]): void {
    this.counts = { ...this.counts, [serviceId]: count };
    this.formError = undefined;
    const variants = commonVariants(services, chosenServices(this.counts));

    const [first] = variants;
    if (first && !variants.includes(this.chosenVariant)) this.chosenVariant = first;
  }

  private chooseOffice(id: string): void {
    this.officeChoice = id;
    this.formError = undefined;
  }

  private chooseDate(date: string): void {
    this.date = date;
    this.takenNotice = undefined;
    this.go('time');
  }

  /** The chosen office has nothing free: look at every office that offers the services. */
  private searchEverywhere(): void {
    this.officeChoice = ANY_OFFICE;
    this.announcer.announce(this.messages.day.loading);
  }

  private next(): void {
    if (this.step === 'service') {
      if (chosenServices(this.counts).length === 0) {
        this.formError = this.messages.service.chooseOne;
        return;
      }
      this.go('office');
    } else if (this.step === 'office') {
      if (!this.officeChoice) {
        this.formError = this.messages.office.chooseOne;
        return;
      }
      this.go('day');
    } else if (this.step === 'contact' && this.late) {
      this.contactErrors = this.late.validateContact(this.contact, this.reservedOffice(), this.messages);
      this.showErrorSummary = Object.keys(this.contactErrors).length > 0;
      if (this.showErrorSummary) {
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
        return;
      }
      this.go('summary');
    }
  }

  private go(step: Step): void {
    const steps = stepsOf(!!this.rescheduling);
    // Going back to the times (or further) gives the held slot back.
    if (this.reservation && steps.indexOf(step) <= steps.indexOf('time') && step !== 'done') this.releaseHold();
    this.formError = undefined;
    this.reserveError = undefined;
    this.confirmError = undefined;
    this.step = step;
    this.moveFocusToHeading = true;
    this.emit('civic-appointment-step-changed', { step });
  }

  private async reserve(slot: { start: string; officeId: string }): Promise<void> {
    const api = this.api;
    if (!api.ok || this.reserving) return;
    this.reserving = true;
    this.reserveError = undefined;
    this.takenNotice = undefined;
    try {
      const reservation = await api.client.appointments.reserve(
        {
          officeId: slot.officeId,
          start: slot.start,
          services: chosenServices(this.counts),
          variant: this.chosenVariant,
        },
        { locale: this.locale.intlLocale },
      );
      this.reservation = reservation;
      this.confirmKey = newIdempotencyKey();
      this.holdMessage = undefined;
      this.hold.start(reservation.expiresAt);
      this.announcer.announce(this.messages.hold.announceReserved({ when: this.format.dateTime(reservation.start) }));
      this.emit('civic-appointment-reserved', {
        reservationId: reservation.id,
        officeId: reservation.officeId,
        start: reservation.start,
        expiresAt: reservation.expiresAt,
      });
      this.go(this.rescheduling ? 'summary' : 'contact');
    } catch (error) {
      if ((error as Partial<CivicApiError>).kind === 'conflict') {
        // Someone else was quicker: say so and show the times that are still free.
        this.takenNotice = this.messages.time.taken;
        void this.availabilityTask.run();
      } else {
        this.reserveError = error;
      }
    } finally {
      this.reserving = false;
    }
  }

  private updateContact(late: LateModule, patch: Partial<ContactDraft>): void {
    const draft = { ...this.contact, ...patch, customFields: { ...this.contact.customFields, ...patch.customFields } };
    this.contact = draft;
    // Errors go away as they are fixed; new ones appear only on the next "Weiter".
    if (Object.keys(this.contactErrors).length > 0) {
      const now = late.validateContact(draft, this.reservedOffice(), this.messages);
      this.contactErrors = Object.fromEntries(
        Object.entries(this.contactErrors)
          .filter(([id]) => id in now)
          .map(([id]) => [id, now[id] ?? '']),
      );
    }
  }

  private safePrivacyUrl(): string | undefined {
    if (!this.privacyUrl) return undefined;
    try {
      const url = new URL(this.privacyUrl, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private renderHold(): TemplateResult | typeof nothing {
    if (!this.reservation) return nothing;
    const minutes = Math.floor(this.hold.seconds / 60);
    const seconds = this.hold.seconds % 60;
    return html`<div class="hold notice" part="hold">
      <p>
        <strong>${this.messages.hold.reservedUntil({ time: this.format.time(this.reservation.expiresAt) })}</strong>
        <span class="countdown" aria-hidden="true"> – ${this.messages.hold.left({ minutes, seconds })}</span>
      </p>
      ${this.holdMessage ? html`<p>${this.holdMessage}</p>` : nothing}
      ${
        this.reservation.extendable
          ? html`<button type="button" class="civic-button secondary" @click=${() => void this.extendHold()}>
              ${this.messages.hold.extend}
            </button>`
          : nothing
      }
    </div>`;
  }

  private async extendHold(): Promise<void> {
    const api = this.api;
    if (!api.ok || !this.reservation) return;
    try {
      this.reservation = await api.client.appointments.extendReservation(this.reservation, {
        locale: this.locale.intlLocale,
      });
      this.hold.start(this.reservation.expiresAt);
      this.holdMessage = this.messages.hold.extended;
      this.announcer.announce(this.messages.hold.extended);
    } catch (error) {
      const failure = error as CivicApiError;
      this.holdMessage =
        failure.code === 'hold-expired' ? this.messages.hold.expired : this.coreMessages.errors[failure.kind];
    }
  }

  private holdExpired(): void {
    const reservation = this.reservation;
    this.hold.stop();
    this.reservation = undefined;
    if (reservation) this.emit('civic-appointment-hold-expired', { reservationId: reservation.id });
    this.go('time');
    this.formError = this.messages.hold.expired;
    void this.availabilityTask.run();
  }

  private releaseHold(): void {
    const api = this.api;
    const reservation = this.reservation;
    this.hold.stop();
    this.reservation = undefined;
    if (api.ok && reservation) void api.client.appointments.releaseReservation(reservation).catch(() => undefined);
  }

  private async confirm(late: LateModule): Promise<void> {
    const api = this.api;
    if (!api.ok || !this.reservation || this.sending) return;
    if (!this.consent) {
      this.formError = this.messages.summary.consentMissing;
      return;
    }
    this.sending = true;
    this.confirmError = undefined;
    try {
      const appointment = await api.client.appointments.confirm(
        this.reservation,
        late.toContact(this.contact, this.reservedOffice()),
        { locale: this.locale.intlLocale, idempotencyKey: this.confirmKey },
      );
      this.appointment = appointment;
      this.hold.stop();
      this.emit('civic-appointment-booked', {
        appointmentId: appointment.id,
        bookingCode: appointment.bookingCode,
        status: appointment.status,
        officeId: appointment.officeId,
        start: appointment.start,
      });
      this.go('done');
    } catch (error) {
      const failure = error as CivicApiError;
      if (failure.code === 'hold-expired') {
        this.holdExpired();
      } else if (failure.code === 'validation' && failure.problem?.errors) {
        // The office found something in the contact data: back to the form, typed data kept.
        this.contactErrors = late.contactErrorsFromProblem(failure.problem.errors);
        this.showErrorSummary = true;
        this.go('contact');
      } else {
        this.confirmError = error;
      }
    } finally {
      this.sending = false;
    }
  }

  /** Manage mode: runs the office, day and time steps for a new slot of the same services. */
  private startReschedule(appointment: Appointment): void {
    this.rescheduling = appointment;
    this.counts = Object.fromEntries(appointment.services.map(({ serviceId, count }) => [serviceId, count]));
    this.chosenVariant = appointment.variant;
    this.officeChoice = appointment.officeId;
    this.month = undefined;
    this.date = undefined;
    this.appointment = undefined;
    this.manageError = undefined;
    this.go('office');
  }

  /** Leaves the reschedule flow (aborted or finished) for the manage view; a held new slot is released. */
  private endReschedule(): void {
    if (this.reservation) this.releaseHold();
    if (this.appointment) this.latestAppointment = this.appointment;
    this.rescheduling = undefined;
    this.appointment = undefined;
    this.step = 'service';
    this.moveFocusToHeading = true;
  }

  private async confirmReschedule(appointment: Appointment): Promise<void> {
    const api = this.api;
    if (!api.ok || !this.reservation || this.sending) return;
    this.sending = true;
    this.confirmError = undefined;
    try {
      const moved = await api.client.appointments.reschedule(appointment, this.reservation, {
        locale: this.locale.intlLocale,
        idempotencyKey: this.confirmKey,
      });
      this.hold.stop();
      this.reservation = undefined;
      this.appointment = moved;
      this.emit('civic-appointment-rescheduled', {
        appointmentId: moved.id,
        officeId: moved.officeId,
        start: moved.start,
        previousOfficeId: appointment.officeId,
        previousStart: appointment.start,
      });
      this.go('done');
    } catch (error) {
      if ((error as Partial<CivicApiError>).code === 'hold-expired') this.holdExpired();
      else this.confirmError = error;
    } finally {
      this.sending = false;
    }
  }

  private async downloadCalendar(late: LateModule, appointment: Appointment): Promise<void> {
    const api = this.api;
    if (!api.ok) return;
    this.manageError = undefined;
    try {
      const text = await api.client.appointments.calendar(appointment, { locale: this.locale.intlLocale });
      late.saveFile(text, `termin-${appointment.bookingCode}.ics`);
    } catch (error) {
      this.manageError = { error, title: this.messages.manage.calendarErrorTitle };
    }
  }

  private async cancelAppointment(appointment: Appointment): Promise<void> {
    const api = this.api;
    if (!api.ok || this.cancelling) return;
    this.cancelling = true;
    this.manageError = undefined;
    try {
      this.latestAppointment = await api.client.appointments.cancel(appointment, { locale: this.locale.intlLocale });
      this.confirmingCancel = false;
      this.announcer.announce(this.messages.manage.cancelled);
      this.emit('civic-appointment-cancelled', { appointmentId: appointment.id });
    } catch (error) {
      this.manageError = { error, title: this.messages.manage.cancelErrorTitle };
    } finally {
      this.cancelling = false;
    }
  }
}
