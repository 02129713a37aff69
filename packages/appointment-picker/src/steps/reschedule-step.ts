import type { Appointment, Office, Reservation } from '@civic-widgets/api-client/appointments';
import type { CivicFormatter } from '@civic-widgets/core';
import { html, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';
import { officeLine } from '../flow-helpers.js';

export interface RescheduleStepView {
  appointment: Appointment;
  reservation: Reservation;
  oldOffice: Office | undefined;
  newOffice: Office | undefined;
  sending: boolean;
  messages: PickerMessages;
  format: CivicFormatter;
  onConfirm: () => void;
  onAbort: () => void;
}

/** Manage mode: the new slot is held; the old appointment is only given up when the citizen confirms. */
export function renderRescheduleStep(view: RescheduleStepView): TemplateResult {
  const { messages, format } = view;
  return html`<p>${messages.reschedule.intro}</p>
    <dl class="summary">
      <dt>${messages.reschedule.from}</dt>
      <dd>
        <s>${format.dateTime(view.appointment.start)}, ${officeLine(view.oldOffice, view.appointment.officeId)}</s>
      </dd>
      <dt>${messages.reschedule.to}</dt>
      <dd>
        <strong
          >${format.dateTime(view.reservation.start)}, ${officeLine(view.newOffice, view.reservation.officeId)}</strong
        >
      </dd>
    </dl>
    <div class="nav">
      <button type="button" class="civic-button secondary" ?disabled=${view.sending} @click=${view.onAbort}>
        ${messages.stopRescheduling}
      </button>
      <button
        type="button"
        class="civic-button confirm"
        ?disabled=${view.sending}
        aria-disabled=${view.sending ? 'true' : 'false'}
        @click=${view.onConfirm}
      >
        ${view.sending ? messages.reschedule.sending : messages.reschedule.confirm}
      </button>
    </div>`;
}
