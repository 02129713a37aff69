import {
  createAppointmentsClient,
  type AppointmentsApi,
  type AppointmentVariant,
  type Availability,
  type Reservation,
  type Service,
} from '@civic-widgets/api-client/appointments';
import {
  addDays,
  CivicElement,
  dateInZone,
  fieldStyles,
  firstOfMonth,
  lastOfMonth,
  LiveAnnouncer,
  monthOf,
  renderError,
  statusStyles,
  TaskStatusController,
  type Catalogs,
} from '@civic-widgets/core';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickerStyles } from './appointment-picker.styles.js';
import { de } from './i18n/de.js';
import { en } from './i18n/en.js';
import type { PickerMessages } from './i18n/messages.js';
import { chosenServices, commonVariants, officeName, slotsOfDay, STEPS, type Step } from './journey.js';
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

export interface AppointmentStepChangedDetail {
  step: Step;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-appointment-reserved': CustomEvent<AppointmentReservedDetail>;
    'civic-appointment-step-changed': CustomEvent<AppointmentStepChangedDetail>;
  }
}

/**
 * Books an appointment at a citizen office: service and counts → office → day → time (reserved).
 * Work in progress: contact, summary, confirmation and manage mode follow (see the issue).
 *
 * @tag civic-appointment-picker
 * @fires civic-appointment-reserved - A slot is held; detail: reservationId, officeId, start, expiresAt.
 * @fires civic-appointment-step-changed - The citizen moved to another step; detail: step.
 * @csspart base - The whole picker.
 * @csspart service - Each service row.
 * @csspart calendar - The calendar of bookable days.
 * @csspart slot - Each time button.
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
  @state() private formError?: string;

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
        this.step === 'service'
          ? ''
          : chosenServices(this.counts)
              .map(({ serviceId }) => serviceId)
              .join(','),
        this.locale.intlLocale,
      ] as const,
    task: async ([api, serviceIds, locale], { signal }) =>
      api.ok && serviceIds
        ? (await api.client.appointments.listOffices(serviceIds.split(','), { signal, locale })).offices
        : [],
  });

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
          })
        : renderTimeStep({
            slots: slotsOfDay(availability, this.date ?? ''),
            officeName: (id) => officeName(this.officesTask.value, id),
            showOffice: this.officeIds().length > 1,
            busy: this.reserving,
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
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && this.moveFocusToHeading) {
      this.moveFocusToHeading = false;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const api = this.api;
    if (!api.ok) return this.renderConfigProblem(api.problem);
    const messages = this.messages;
    const index = STEPS.indexOf(this.step);
    return html`<section class="picker" part="base" aria-labelledby="step-heading">
      ${index >= 0 ? html`<p class="progress">${messages.progress({ step: index + 1, total: STEPS.length })}</p>` : nothing}
      <div class="step-heading" id="step-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
        ${this.stepTitle()}
      </div>
      ${this.renderStep()} ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="nav">
        ${
          index > 0 && this.step !== 'reserved'
            ? html`<button
                type="button"
                class="civic-button secondary"
                @click=${() => this.go(STEPS[index - 1] ?? 'service')}
              >
                ${messages.back}
              </button>`
            : nothing
        }
        ${
          this.step === 'service' || this.step === 'office'
            ? html`<button type="button" class="civic-button" @click=${() => this.next()}>${messages.next}</button>`
            : nothing
        }
      </div>
      ${this.announcer.render()}
    </section>`;
  }

  private stepTitle(): string {
    const { steps } = this.messages;
    if (this.step === 'reserved') return this.messages.title;
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
      case 'reserved':
        return this.reservation
          ? html`<p class="notice" role="status">
              ${this.format.dateTime(this.reservation.start)},
              ${officeName(this.officesTask.value, this.reservation.officeId)}
            </p>`
          : nothing;
    }
  }

  private officeIds(): string[] {
    if (this.officeChoice && this.officeChoice !== ANY_OFFICE) return [this.officeChoice];
    return (this.officesTask.value ?? []).map((office) => office.id);
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
    this.go('time');
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
    }
  }

  private go(step: Step): void {
    this.formError = undefined;
    this.reserveError = undefined;
    this.step = step;
    this.moveFocusToHeading = true;
    this.emit('civic-appointment-step-changed', { step });
  }

  private async reserve(slot: { start: string; officeId: string }): Promise<void> {
    const api = this.api;
    if (!api.ok || this.reserving) return;
    this.reserving = true;
    this.reserveError = undefined;
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
      this.emit('civic-appointment-reserved', {
        reservationId: reservation.id,
        officeId: reservation.officeId,
        start: reservation.start,
        expiresAt: reservation.expiresAt,
      });
      this.go('reserved');
    } catch (error) {
      this.reserveError = error;
      if ((error as { kind?: string }).kind === 'conflict') {
        this.announcer.announce(this.messages.time.taken, 'assertive');
        void this.availabilityTask.run();
      }
    } finally {
      this.reserving = false;
    }
  }
}
