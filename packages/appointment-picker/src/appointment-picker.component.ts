import {
  createAppointmentsClient,
  type Appointment,
  type AppointmentVariant,
  type Service,
} from '@civic-widgets/api-client/appointments';
import {
  CivicElement,
  dateInZone,
  fieldStyles,
  LiveAnnouncer,
  renderEmpty,
  renderError,
  renderLoading,
  statusStyles,
  TaskStatusController,
  LazyCatalogs,
  OnDemand,
} from '@civic-widgets/core';
import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pickerStyles } from './appointment-picker.styles.js';
import type { BookingFlow } from './booking-flow.js';
import type { ShellMessages } from './i18n/messages.js';
import { chosenServices, commonVariants, stepsOf, type Step } from './journey.js';
import { DEFAULT_ID_PARAM, DEFAULT_TOKEN_PARAM, readManageRef, type ManageRef } from './manage.js';
import type { AppointmentsClient, PickerHost } from './picker-host.js';
import { renderServiceStep } from './steps/service-step.js';

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
export class CivicAppointmentPicker extends CivicElement<AppointmentsClient> implements PickerHost {
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

  /** @internal */
  @state() step: Step = 'service';
  /** @internal */
  @state() counts: Record<string, number> = {};
  /** @internal */
  @state() chosenVariant: AppointmentVariant = 'in-person';
  /** @internal */
  @state() officeChoice?: string;
  /** @internal */
  @state() formError?: string;
  @state() private query = '';
  /** The steps after the first: their module loads on demand. */
  private readonly flowPart = new OnDemand(this, () =>
    import('./booking-flow.js').then(({ BookingFlow }) => new BookingFlow(this)),
  );
  private moveFocusToHeading = false;

  /** @internal */
  readonly announcer = new LiveAnnouncer(this);

  /** Texts in the element's language, loaded on demand (a page downloads only the language it shows). */
  private readonly catalog = new LazyCatalogs<ShellMessages>(this, {
    de: () => import('./i18n/de.js').then((module) => module.de),
    en: () => import('./i18n/en.js').then((module) => module.en),
  });

  /** @internal Only read once the catalog is there: `render` shows the core's loading view until then. */
  get messages(): ShellMessages {
    const messages = this.catalog.messages;
    if (!messages) throw new Error('civic-appointment-picker: messages read before the catalog loaded');
    return messages;
  }

  /** @internal */
  get api() {
    return this.resolveClient((baseUrl) => createAppointmentsClient({ baseUrl }));
  }

  /** @internal */
  get today(): string {
    return dateInZone(new Date(), this.effectiveTimeZone);
  }

  /** @internal */
  get services(): readonly Service[] {
    return this.servicesTask.value ?? [];
  }

  /** @internal The booking to manage, from attributes or the page URL. */
  get manageRef(): ManageRef | undefined {
    if (this.bookingId && this.token) return { id: this.bookingId, token: this.token };
    return readManageRef(location.search, this.bookingIdParam, this.tokenParam);
  }

  private readonly servicesTask = new Task(this, {
    args: () => [this.api, this.locale.intlLocale] as const,
    task: async ([api, locale], { signal }) =>
      api.ok ? (await api.client.appointments.listServices({ signal, locale })).services : [],
  });

  private readonly servicesView = new TaskStatusController(this, this.servicesTask, this.announcer, {
    loadingLabel: () => this.catalog.messages?.service.loading,
    errorTitle: () => this.catalog.messages?.service.errorTitle,
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service') && this.service && Object.keys(this.counts).length === 0)
      this.counts = { [this.service]: 1 };
    if (changed.has('office') && this.office) this.officeChoice = this.office;
    if (changed.has('variant') && this.variant) this.chosenVariant = this.variant;
    if (this.catalog.messages && (this.manageRef || this.step !== 'service')) this.flowPart.ensure();
  }

  protected override firstUpdated(): void {
    // The first step is on its way: fetch the rest while the citizen reads it.
    setTimeout(() => void import('./booking-flow.js').catch(() => undefined), 0);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('step') && this.moveFocusToHeading) {
      this.moveFocusToHeading = false;
      this.renderRoot.querySelector<HTMLElement>('.step-heading')?.focus();
    }
  }

  private get flow(): BookingFlow | undefined {
    return this.flowPart.value;
  }

  private get order(): readonly Step[] {
    return stepsOf(!!this.flow?.rescheduling);
  }

  protected override render(): TemplateResult {
    const api = this.api;
    if (!api.ok) return this.renderConfigProblem(api.problem);
    if (!this.catalog.messages) return this.renderCatalogPending();
    if (this.manageRef && !this.flow?.rescheduling) {
      return html`<section class="picker" part="base" aria-labelledby="step-heading">
        <div class="step-heading" id="step-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
          ${this.messages.steps.manage}
        </div>
        ${this.flow ? this.flow.renderManage() : this.renderFlowPending()} ${this.announcer.render()}
      </section>`;
    }
    const messages = this.messages;
    const order = this.order;
    const index = order.indexOf(this.step);
    const back = index > 0 ? () => this.go(order[index - 1] ?? 'service') : undefined;
    return html`<section class="picker" part="base" aria-labelledby="step-heading">
      ${index >= 0 ? html`<p class="progress">${messages.progress({ step: index + 1, total: order.length })}</p>` : nothing}
      <div class="step-heading" id="step-heading" role="heading" aria-level=${this.headingLevel} tabindex="-1">
        ${this.stepTitle()}
      </div>
      ${this.step === 'service' ? this.servicesView.render() : this.flow ? this.flow.renderStep(this.step) : this.renderFlowPending()}
      ${this.formError ? html`<p class="form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="nav">
        ${
          back
            ? html`<button type="button" class="civic-button secondary" @click=${back}>${messages.back}</button>`
            : this.flow?.rescheduling && this.step === 'office'
              ? html`<button type="button" class="civic-button secondary" @click=${() => this.backToManage()}>
                  ${messages.stopRescheduling}
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

  private renderCatalogPending(): TemplateResult {
    const error = this.catalog.error;
    return html`<section class="picker" part="base" aria-busy=${error ? 'false' : 'true'}>
      ${
        error
          ? renderError({
              error,
              messages: this.coreMessages,
              format: this.format,
              onRetry: () => this.catalog.retry(),
            })
          : renderLoading(this.coreMessages)
      }
    </section>`;
  }

  /** While the later steps' module loads (usually already done), or when it could not be loaded. */
  private renderFlowPending(): TemplateResult {
    if (this.flowPart.error !== undefined) {
      return renderError({
        error: this.flowPart.error,
        messages: this.coreMessages,
        format: this.format,
        title: this.messages.loadingStepError,
        onRetry: () => this.flowPart.retry(),
      });
    }
    return renderLoading(this.coreMessages, this.messages.loadingStep);
  }

  private stepTitle(): string {
    const { steps } = this.messages;
    if (this.flow?.rescheduling && this.step === 'summary') return steps.reschedule;
    if (this.flow?.rescheduling && this.step === 'done') return steps.rescheduled;
    if (this.step === 'done' && this.flow?.awaitingEmail) return steps.pending;
    return steps[this.step];
  }

  private setCount(serviceId: string, count: number, services: readonly Service[]): void {
    this.counts = { ...this.counts, [serviceId]: count };
    this.formError = undefined;
    const variants = commonVariants(services, chosenServices(this.counts));
    const [first] = variants;
    if (first && !variants.includes(this.chosenVariant)) this.chosenVariant = first;
  }

  private next(): void {
    if (this.step === 'service' && chosenServices(this.counts).length === 0) {
      this.formError = this.messages.service.chooseOne;
      return;
    }
    if (this.step !== 'service' && !this.flow?.canLeave(this.step)) return;
    const order = this.order;
    const following = order[order.indexOf(this.step) + 1];
    if (following) this.go(following);
  }

  /** @internal */
  go(step: Step): void {
    this.flow?.beforeStep(this.step, step, this.order);
    this.formError = undefined;
    this.step = step;
    this.moveFocusToHeading = true;
    this.emit('civic-appointment-step-changed', { step });
  }

  /** @internal */
  chooseAgainFor(appointment: Appointment): void {
    this.counts = Object.fromEntries(appointment.services.map(({ serviceId, count }) => [serviceId, count]));
    this.chosenVariant = appointment.variant;
    this.officeChoice = appointment.officeId;
    this.go('office');
  }

  /** @internal */
  backToManage(): void {
    this.formError = undefined;
    this.step = 'service';
    this.moveFocusToHeading = true;
  }
}
