// Everything from the office step on, and manage mode. The element loads this module on demand
// (early: right after the first step has rendered), so the first step comes from a smaller script.
import '@civic-widgets/core/calendar-grid.js';
import { newIdempotencyKey } from '@civic-widgets/api-client';
import type { Appointment, Availability, CivicApiError, Reservation } from '@civic-widgets/api-client/appointments';
import {
  addDays,
  addStyles,
  type Catalogs,
  firstOfMonth,
  lastOfMonth,
  monthOf,
  renderError,
  renderLoading,
  TaskStatusController,
} from '@civic-widgets/core';
import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { deFlow } from './i18n/de-flow.js';
import { enFlow } from './i18n/en-flow.js';
import type { FlowMessages, PickerMessages } from './i18n/messages.js';
import { flowStyles } from './booking-flow.styles.js';
import { emptyContact, type ContactDraft, type ContactErrors } from './contact-draft.js';
import { HoldTimer } from './hold.js';
import { manageLink, officeName, saveFile, slotsOfDay } from './flow-helpers.js';
import { chosenServices, type Step } from './journey.js';
import type { PickerHost } from './picker-host.js';
import { contactErrorsFromProblem } from './steps/contact-errors.js';
import { renderContactStep, toContact, validateContact } from './steps/contact-step.js';
import { renderDayStep } from './steps/day-step.js';
import { renderDoneStep } from './steps/done-step.js';
import { renderManageView } from './steps/manage-view.js';
import { ANY_OFFICE, renderOfficeStep } from './steps/office-step.js';
import { renderRescheduleStep } from './steps/reschedule-step.js';
import { renderSummaryStep } from './steps/summary-step.js';
import { renderTimeStep } from './steps/time-step.js';

// Both languages' flow texts come with the flow (a few KB): a language switch mid-flow needs no request.
const flowCatalogs: Catalogs<FlowMessages> = { de: deFlow, en: enFlow };

/** How far ahead appointments can be booked (the contract allows 92 days). */
const HORIZON_DAYS = 92;

interface FlowState {
  month?: string;
  date?: string;
  reservation?: Reservation;
  reserving: boolean;
  reserveError?: unknown;
  takenNotice?: string;
  contact: ContactDraft;
  contactErrors: ContactErrors;
  showErrorSummary: boolean;
  consent: boolean;
  sending: boolean;
  confirmError?: unknown;
  appointment?: Appointment;
  holdMessage?: string;
  confirmingCancel: boolean;
  cancelling: boolean;
  /** A failed .ics download or cancellation, shown above the view it happened in. */
  manageError?: { error: unknown; title: string };
  /** Manage mode: the appointment as the last cancel or reschedule left it. */
  latestAppointment?: Appointment;
  /** Manage mode: the appointment being moved; the booking steps run for its new slot. */
  rescheduling?: Appointment;
}

export class BookingFlow implements ReactiveController {
  private state: FlowState = {
    reserving: false,
    contact: emptyContact(),
    contactErrors: {},
    showErrorSummary: false,
    consent: false,
    sending: false,
    confirmingCancel: false,
    cancelling: false,
  };

  /** One key per reservation: a repeated confirm (double click, retry) books once. */
  private confirmKey?: string;

  private readonly hold: HoldTimer;
  private readonly officesTask;
  private readonly manageTask;
  private readonly availabilityTask;
  private readonly officesView;
  private readonly manageView;
  private readonly availabilityView;

  constructor(private readonly host: PickerHost) {
    host.addController(this);
    addStyles(host.renderRoot, flowStyles);
    this.hold = new HoldTimer(host, {
      onThreshold: (minutes) =>
        host.announcer.announce(this.messages.hold.announceLeft({ minutes }, host.format), 'assertive'),
      onExpired: () => this.holdExpired(),
      now: () => (host.api.ok ? host.api.client.appointments.serverNow() : Date.now()),
    });

    this.officesTask = new Task(host, {
      args: () =>
        [
          host.api,
          host.manageRef && !this.state.rescheduling
            ? '*'
            : host.step === 'service'
              ? ''
              : chosenServices(host.counts)
                  .map(({ serviceId }) => serviceId)
                  .join(','),
          host.locale.intlLocale,
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

    this.manageTask = new Task(host, {
      args: () => [host.api, host.manageRef?.id, host.manageRef?.token, host.locale.intlLocale] as const,
      task: async ([api, id, token, locale], { signal }) =>
        api.ok && id && token ? api.client.appointments.get({ id, token }, { signal, locale }) : undefined,
    });

    this.availabilityTask = new Task(host, {
      args: () =>
        [
          host.api,
          host.step === 'day' || host.step === 'time' ? this.officeIds().join(',') : '',
          chosenServices(host.counts)
            .map(({ serviceId, count }) => `${serviceId}:${count}`)
            .join(','),
          host.chosenVariant,
          this.state.month ?? monthOf(host.today),
        ] as const,
      task: async ([api, officeIds, , variant, month], { signal }): Promise<Availability> => {
        if (!api.ok || !officeIds) return { days: [] };
        const from = firstOfMonth(month) < host.today ? host.today : firstOfMonth(month);
        return api.client.appointments.getAvailability(
          {
            officeIds: officeIds.split(','),
            services: chosenServices(host.counts),
            from,
            to: lastOfMonth(month),
            variant,
          },
          { signal, locale: host.locale.intlLocale },
        );
      },
    });

    this.officesView = new TaskStatusController(host, this.officesTask, host.announcer, {
      loadingLabel: () => this.messages.office.loading,
      errorTitle: () => this.messages.office.errorTitle,
      complete: (offices) =>
        renderOfficeStep({
          offices,
          choice: host.officeChoice,
          messages: this.messages,
          onChoose: (id) => {
            host.officeChoice = id;
            host.formError = undefined;
          },
        }),
    });

    this.manageView = new TaskStatusController<Appointment | undefined>(host, this.manageTask, host.announcer, {
      loadingLabel: () => this.messages.manage.loading,
      errorTitle: () => this.messages.manage.errorTitle,
      complete: (appointment) => (appointment ? this.renderManageView(appointment) : html``),
    });

    this.availabilityView = new TaskStatusController(host, this.availabilityTask, host.announcer, {
      loadingLabel: () => this.messages.day.loading,
      errorTitle: () => this.messages.day.errorTitle,
      complete: (availability) =>
        host.step === 'day'
          ? this.renderDay(availability, false)
          : renderTimeStep({
              slots: slotsOfDay(availability, this.state.date ?? ''),
              officeName: (id) => officeName(this.officesTask.value, id),
              showOffice: this.officeIds().length > 1,
              busy: this.state.reserving,
              takenNotice: this.state.takenNotice,
              messages: this.messages,
              format: host.format,
              onChoose: (slot) => void this.reserve(slot),
            }),
    });
  }

  hostConnected(): void {}

  private renderDay(availability: Availability, busy: boolean): TemplateResult {
    const { host } = this;
    return renderDayStep({
      availability,
      busy,
      month: this.state.month ?? monthOf(host.today),
      today: host.today,
      max: addDays(host.today, HORIZON_DAYS),
      date: this.state.date,
      headingLevel: host.headingLevel,
      messages: this.messages,
      format: host.format,
      onMonth: (month) => this.patch({ month }),
      onDate: (date) => {
        this.patch({ date, takenNotice: undefined });
        host.go('time');
      },
      onEverywhere: host.officeChoice && host.officeChoice !== ANY_OFFICE ? () => this.searchEverywhere() : undefined,
    });
  }

  /**
   * The day step keeps its calendar while another month loads (busy, old days disabled), so the
   * month button a keyboard user pressed keeps focus; the task's own views are for the first load.
   */
  private renderDayOrTime(): TemplateResult {
    const task = this.availabilityTask;
    if (this.host.step !== 'day') return this.availabilityView.render();
    // One wrapper for every state of the day step, so the calendar element (and the focus in it)
    // survives a month switch; the task's controller still announces loading and results.
    const busy = task.status === TaskStatus.PENDING || task.status === TaskStatus.INITIAL;
    const shown = task.value && (!busy || this.state.month !== undefined) ? task.value : undefined;
    return html`<div class="civic-task" part="content" tabindex="-1" aria-busy=${busy ? 'true' : 'false'}>
      ${
        task.status === TaskStatus.ERROR
          ? renderError({
              error: task.error,
              messages: this.host.coreMessages,
              format: this.host.format,
              title: this.messages.day.errorTitle,
              onRetry: () => void task.run(),
            })
          : shown
            ? this.renderDay(shown, busy)
            : renderLoading(this.host.coreMessages, this.messages.day.loading)
      }
    </div>`;
  }

  /** Booked, but the office confirms only after the citizen opens the link in the e-mail. */
  get awaitingEmail(): boolean {
    return this.state.appointment?.status === 'pending-email-confirmation';
  }

  /** Manage mode: the appointment being moved, if any. */
  get rescheduling(): Appointment | undefined {
    return this.state.rescheduling;
  }

  /** The element's texts and the flow's, in the element's language. */
  private get messages(): PickerMessages {
    const shell = this.host.messages;
    const flow = flowCatalogs[this.host.locale.language];
    if (this.merged?.shell !== shell || this.merged.flow !== flow)
      this.merged = { shell, flow, all: { ...shell, ...flow } };
    return this.merged.all;
  }

  private merged?: { shell: object; flow: FlowMessages; all: PickerMessages };

  private patch(changes: Partial<FlowState>): void {
    this.state = { ...this.state, ...changes };
    this.host.requestUpdate();
  }

  // ---- Rendering ----

  renderStep(step: Step): TemplateResult | typeof nothing {
    switch (step) {
      case 'service':
        return nothing;
      case 'office':
        return this.officesView.render();
      case 'day':
      case 'time':
        return html`${this.renderFailure(this.state.reserveError, this.messages.time.errorTitle)}
        ${this.state.reserving ? html`<p class="notice" role="status">${this.messages.time.reserving}</p>` : nothing}
        ${this.renderDayOrTime()}`;
      case 'contact':
        return html`${this.renderHold()} ${this.renderContact()}`;
      case 'summary':
        return html`${this.renderHold()} ${this.renderSummary()}`;
      case 'done':
        return this.renderDone();
    }
  }

  renderManage(): TemplateResult {
    return this.manageView.render();
  }

  private renderFailure(error: unknown, title: string): TemplateResult | typeof nothing {
    return error ? renderError({ error, messages: this.host.coreMessages, format: this.host.format, title }) : nothing;
  }

  private renderContact(): TemplateResult {
    const { host, state } = this;
    return renderContactStep({
      draft: state.contact,
      office: this.reservedOffice(),
      errors: state.contactErrors,
      showSummary: state.showErrorSummary,
      messages: this.messages,
      core: host.coreMessages,
      format: host.format,
      onChange: (patch) => this.updateContact(patch),
      onFocusField: (id) => host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus(),
    });
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const { host, state } = this;
    const { reservation, rescheduling } = state;
    if (!reservation) return nothing;
    const messages = this.messages;
    const error = this.renderFailure(
      state.confirmError,
      rescheduling ? messages.reschedule.errorTitle : messages.summary.errorTitle,
    );
    if (rescheduling) {
      return html`${error}
      ${renderRescheduleStep({
        appointment: rescheduling,
        reservation,
        oldOffice: this.officeById(rescheduling.officeId),
        newOffice: this.reservedOffice(),
        sending: state.sending,
        messages,
        format: host.format,
        onConfirm: () => void this.confirmReschedule(rescheduling, reservation),
        onAbort: () => this.endReschedule(),
      })}`;
    }
    return html`${error}
    ${renderSummaryStep({
      reservation,
      services: host.services,
      office: this.reservedOffice(),
      contact: state.contact,
      consent: state.consent,
      privacyUrl: this.safePrivacyUrl(),
      sending: state.sending,
      messages,
      format: host.format,
      onConsent: (consent) => {
        this.patch({ consent });
        host.formError = undefined;
      },
      onConfirm: () => void this.confirm(reservation),
    })}`;
  }

  private renderDone(): TemplateResult | typeof nothing {
    const { host } = this;
    const appointment = this.state.appointment;
    if (!appointment) return nothing;
    return html`${this.renderManageError()}
    ${renderDoneStep({
      appointment,
      office: this.officeById(appointment.officeId),
      rescheduled: !!this.state.rescheduling,
      manageHref: manageLink(location.href, appointment, host.bookingIdParam, host.tokenParam),
      messages: this.messages,
      format: host.format,
      onCalendar: () => void this.downloadCalendar(appointment),
      onBack: this.state.rescheduling ? () => this.endReschedule() : undefined,
    })}`;
  }

  private renderManageView(loaded: Appointment): TemplateResult {
    const { host, state } = this;
    const appointment = state.latestAppointment ?? loaded;
    const focus = (selector: string) =>
      void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    return html`${this.renderManageError()}
    ${renderManageView({
      appointment,
      services: host.services,
      office: this.officeById(appointment.officeId),
      confirmingCancel: state.confirmingCancel,
      busy: state.cancelling,
      messages: this.messages,
      format: host.format,
      onCalendar: () => void this.downloadCalendar(appointment),
      onReschedule: () => this.startReschedule(appointment),
      onAskCancel: () => {
        this.patch({ confirmingCancel: true });
        focus('.confirm-cancel button');
      },
      onKeep: () => {
        this.patch({ confirmingCancel: false });
        focus('.ask-cancel');
      },
      onCancel: () => void this.cancelAppointment(appointment),
    })}`;
  }

  private renderManageError(): TemplateResult | typeof nothing {
    return this.renderFailure(this.state.manageError?.error, this.state.manageError?.title ?? '');
  }

  private renderHold(): TemplateResult | typeof nothing {
    const { reservation, holdMessage } = this.state;
    if (!reservation) return nothing;
    const messages = this.messages;
    const minutes = Math.floor(this.hold.seconds / 60);
    const seconds = this.hold.seconds % 60;
    return html`<div class="hold notice" part="hold">
      <p>
        <strong>${messages.hold.reservedUntil({ time: this.host.format.time(reservation.expiresAt) })}</strong>
        <span class="countdown" aria-hidden="true"> – ${messages.hold.left({ minutes, seconds })}</span>
      </p>
      ${holdMessage ? html`<p>${holdMessage}</p>` : nothing}
      ${
        reservation.extendable
          ? html`<button type="button" class="civic-button secondary" @click=${() => void this.extendHold(reservation)}>
              ${messages.hold.extend}
            </button>`
          : nothing
      }
    </div>`;
  }

  // ---- The step machine's hooks ----

  /** "Weiter" on a step this flow owns; false keeps the citizen where they are. */
  canLeave(step: Step): boolean {
    const { host } = this;
    if (step === 'office' && !host.officeChoice) {
      host.formError = this.messages.office.chooseOne;
      return false;
    }
    if (step === 'contact') {
      const contactErrors = validateContact(this.state.contact, this.reservedOffice(), this.messages);
      const showErrorSummary = Object.keys(contactErrors).length > 0;
      this.patch({ contactErrors, showErrorSummary });
      if (showErrorSummary) {
        void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
        return false;
      }
    }
    return true;
  }

  /** Before a step change: going back to the times (or further) gives the held slot back. */
  beforeStep(from: Step, to: Step, order: readonly Step[]): void {
    if (this.state.reservation && to !== 'done' && order.indexOf(to) <= order.indexOf('time') && from !== to)
      this.releaseHold();
    this.patch({ reserveError: undefined, confirmError: undefined });
  }

  // ---- Actions ----

  private officeIds(): string[] {
    const choice = this.host.officeChoice;
    if (choice && choice !== ANY_OFFICE) return [choice];
    return (this.officesTask.value ?? []).map((office) => office.id);
  }

  private officeById(id: string | undefined) {
    return this.officesTask.value?.find((office) => office.id === id);
  }

  private reservedOffice() {
    return this.officeById(this.state.reservation?.officeId);
  }

  /** The chosen office has nothing free: look at every office that offers the services. */
  private searchEverywhere(): void {
    this.host.officeChoice = ANY_OFFICE;
    this.host.announcer.announce(this.messages.day.loading);
  }

  private async reserve(slot: { start: string; officeId: string }): Promise<void> {
    const { host } = this;
    const api = host.api;
    if (!api.ok || this.state.reserving) return;
    this.patch({ reserving: true, reserveError: undefined, takenNotice: undefined });
    try {
      const reservation = await api.client.appointments.reserve(
        {
          officeId: slot.officeId,
          start: slot.start,
          services: chosenServices(host.counts),
          variant: host.chosenVariant,
        },
        { locale: host.locale.intlLocale },
      );
      this.confirmKey = newIdempotencyKey();
      this.patch({ reservation, holdMessage: undefined });
      this.hold.start(reservation.expiresAt);
      host.announcer.announce(this.messages.hold.announceReserved({ when: host.format.dateTime(reservation.start) }));
      host.emit('civic-appointment-reserved', {
        reservationId: reservation.id,
        officeId: reservation.officeId,
        start: reservation.start,
        expiresAt: reservation.expiresAt,
      });
      host.go(this.state.rescheduling ? 'summary' : 'contact');
    } catch (error) {
      if ((error as Partial<CivicApiError>).kind === 'conflict') {
        // Someone else was quicker: say so and show the times that are still free.
        this.patch({ takenNotice: this.messages.time.taken });
        void this.availabilityTask.run();
      } else {
        this.patch({ reserveError: error });
      }
    } finally {
      this.patch({ reserving: false });
    }
  }

  private updateContact(change: Partial<ContactDraft>): void {
    const current = this.state.contact;
    const contact = { ...current, ...change, customFields: { ...current.customFields, ...change.customFields } };
    let contactErrors = this.state.contactErrors;
    // Errors go away as they are fixed; new ones appear only on the next "Weiter".
    if (Object.keys(contactErrors).length > 0) {
      const now = validateContact(contact, this.reservedOffice(), this.messages);
      contactErrors = Object.fromEntries(
        Object.entries(contactErrors)
          .filter(([id]) => id in now)
          .map(([id]) => [id, now[id] ?? '']),
      );
    }
    this.patch({ contact, contactErrors });
  }

  private safePrivacyUrl(): string | undefined {
    const privacyUrl = this.host.privacyUrl;
    if (!privacyUrl) return undefined;
    try {
      const url = new URL(privacyUrl, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private async extendHold(reservation: Reservation): Promise<void> {
    const { host } = this;
    if (!host.api.ok) return;
    try {
      const extended = await host.api.client.appointments.extendReservation(reservation, {
        locale: host.locale.intlLocale,
      });
      this.patch({ reservation: extended, holdMessage: this.messages.hold.extended });
      this.hold.start(extended.expiresAt);
      host.announcer.announce(this.messages.hold.extended);
    } catch (error) {
      const failure = error as CivicApiError;
      this.patch({
        holdMessage:
          failure.code === 'hold-expired' ? this.messages.hold.expired : host.coreMessages.errors[failure.kind],
      });
    }
  }

  private holdExpired(): void {
    const { host } = this;
    const reservation = this.state.reservation;
    this.hold.stop();
    this.patch({ reservation: undefined });
    if (reservation) host.emit('civic-appointment-hold-expired', { reservationId: reservation.id });
    host.go('time');
    host.formError = this.messages.hold.expired;
    void this.availabilityTask.run();
  }

  private releaseHold(): void {
    const api = this.host.api;
    const reservation = this.state.reservation;
    this.hold.stop();
    this.patch({ reservation: undefined });
    if (api.ok && reservation) void api.client.appointments.releaseReservation(reservation).catch(() => undefined);
  }

  private async confirm(reservation: Reservation): Promise<void> {
    const { host } = this;
    const api = host.api;
    if (!api.ok || this.state.sending) return;
    if (!this.state.consent) {
      host.formError = this.messages.summary.consentMissing;
      return;
    }
    this.patch({ sending: true, confirmError: undefined });
    try {
      const appointment = await api.client.appointments.confirm(
        reservation,
        toContact(this.state.contact, this.reservedOffice()),
        { locale: host.locale.intlLocale, idempotencyKey: this.confirmKey },
      );
      this.hold.stop();
      this.patch({ appointment });
      host.emit('civic-appointment-booked', {
        appointmentId: appointment.id,
        bookingCode: appointment.bookingCode,
        status: appointment.status,
        officeId: appointment.officeId,
        start: appointment.start,
      });
      host.go('done');
    } catch (error) {
      const failure = error as CivicApiError;
      if (failure.code === 'hold-expired') {
        this.holdExpired();
      } else if (failure.code === 'validation' && failure.problem?.errors) {
        // The office found something in the contact data: back to the form, typed data kept.
        this.patch({ contactErrors: contactErrorsFromProblem(failure.problem.errors), showErrorSummary: true });
        host.go('contact');
      } else {
        this.patch({ confirmError: error });
      }
    } finally {
      this.patch({ sending: false });
    }
  }

  private startReschedule(appointment: Appointment): void {
    this.patch({
      rescheduling: appointment,
      month: undefined,
      date: undefined,
      appointment: undefined,
      manageError: undefined,
    });
    this.host.chooseAgainFor(appointment);
  }

  /** Leaves the reschedule flow (aborted or finished) for the manage view; a held new slot is released. */
  private endReschedule(): void {
    if (this.state.reservation) this.releaseHold();
    this.patch({
      latestAppointment: this.state.appointment ?? this.state.latestAppointment,
      rescheduling: undefined,
      appointment: undefined,
    });
    this.host.backToManage();
  }

  private async confirmReschedule(appointment: Appointment, reservation: Reservation): Promise<void> {
    const { host } = this;
    const api = host.api;
    if (!api.ok || this.state.sending) return;
    this.patch({ sending: true, confirmError: undefined });
    try {
      const moved = await api.client.appointments.reschedule(appointment, reservation, {
        locale: host.locale.intlLocale,
        idempotencyKey: this.confirmKey,
      });
      this.hold.stop();
      this.patch({ reservation: undefined, appointment: moved });
      host.emit('civic-appointment-rescheduled', {
        appointmentId: moved.id,
        officeId: moved.officeId,
        start: moved.start,
        previousOfficeId: appointment.officeId,
        previousStart: appointment.start,
      });
      host.go('done');
    } catch (error) {
      if ((error as Partial<CivicApiError>).code === 'hold-expired') this.holdExpired();
      else this.patch({ confirmError: error });
    } finally {
      this.patch({ sending: false });
    }
  }

  private async downloadCalendar(appointment: Appointment): Promise<void> {
    const { host } = this;
    if (!host.api.ok) return;
    this.patch({ manageError: undefined });
    try {
      const text = await host.api.client.appointments.calendar(appointment, { locale: host.locale.intlLocale });
      saveFile(text, `termin-${appointment.bookingCode}.ics`);
    } catch (error) {
      this.patch({ manageError: { error, title: this.messages.manage.calendarErrorTitle } });
    }
  }

  private async cancelAppointment(appointment: Appointment): Promise<void> {
    const { host } = this;
    if (!host.api.ok || this.state.cancelling) return;
    this.patch({ cancelling: true, manageError: undefined });
    try {
      const cancelled = await host.api.client.appointments.cancel(appointment, { locale: host.locale.intlLocale });
      this.patch({ latestAppointment: cancelled, confirmingCancel: false });
      host.announcer.announce(this.messages.manage.cancelled);
      host.emit('civic-appointment-cancelled', { appointmentId: appointment.id });
    } catch (error) {
      this.patch({ manageError: { error, title: this.messages.manage.cancelErrorTitle } });
    } finally {
      this.patch({ cancelling: false });
    }
  }
}
