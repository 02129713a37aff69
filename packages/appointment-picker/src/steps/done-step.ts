import type { Appointment, Office } from '@civic-widgets/api-client/appointments';
import type { CivicFormatter } from '@civic-widgets/core';
import { html, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';
import { officeLine } from '../flow-helpers.js';
import { renderVideoInfo } from './video-info.js';

export interface DoneStepView {
  appointment: Appointment;
  office: Office | undefined;
  /** Moved in manage mode rather than newly booked. */
  rescheduled: boolean;
  manageHref: string;
  messages: PickerMessages;
  format: CivicFormatter;
  onCalendar: () => void;
  /** Only after a reschedule: back to the manage view. */
  onBack?: () => void;
}

/** The result: booking code, what happens next (double opt-in, video), .ics and the manage link. */
export function renderDoneStep(view: DoneStepView): TemplateResult {
  const { appointment, messages, format } = view;
  const next = view.rescheduled
    ? messages.done.confirmed
    : appointment.status === 'pending-email-confirmation'
      ? messages.done.checkEmail
      : messages.done.confirmed;
  return html`<div class="notice done" role="status">
      <p><strong>${messages.done.code({ code: appointment.bookingCode })}</strong></p>
      <p>${format.dateTime(appointment.start)}, ${officeLine(view.office, appointment.officeId)}</p>
      <p>${next}</p>
    </div>
    ${renderVideoInfo(appointment, messages, format)}
    <div class="nav">
      <button type="button" class="civic-button secondary" @click=${view.onCalendar}>
        ${messages.manage.calendar}
      </button>
      ${
        view.onBack
          ? html`<button type="button" class="civic-button secondary" @click=${view.onBack}>
              ${messages.reschedule.backToAppointment}
            </button>`
          : ''
      }
    </div>
    <p>
      <a class="manage-link" href=${view.manageHref}>${messages.manage.link}</a><br />
      <span class="hint">${messages.manage.linkHint}</span>
    </p>`;
}
