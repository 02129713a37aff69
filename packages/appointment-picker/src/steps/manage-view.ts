import type { Appointment, Office, Service } from '@civic-widgets/api-client/appointments';
import type { CivicFormatter } from '@civic-widgets/core';
import { html, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';
import { officeLine, serviceLine } from '../flow-helpers.js';
import { renderVideoInfo } from './video-info.js';

export interface ManageView {
  appointment: Appointment;
  services: readonly Service[];
  office: Office | undefined;
  confirmingCancel: boolean;
  busy: boolean;
  messages: PickerMessages;
  format: CivicFormatter;
  onCalendar: () => void;
  onReschedule: () => void;
  onAskCancel: () => void;
  onCancel: () => void;
  onKeep: () => void;
}

/** Manage mode: the booked appointment, its .ics, moving it, and cancelling after a confirmation. */
export function renderManageView(view: ManageView): TemplateResult {
  const { appointment, messages, format } = view;
  const cancelled = appointment.status === 'cancelled';
  return html`<dl class="summary">
      <dt>${messages.summary.when}</dt>
      <dd>${format.dateTime(appointment.start)}</dd>
      <dt>${messages.summary.where}</dt>
      <dd>${officeLine(view.office, appointment.officeId)}</dd>
      <dt>${messages.summary.services}</dt>
      <dd>${serviceLine(appointment.services, view.services)}</dd>
      <dt>${messages.manage.codeLabel}</dt>
      <dd>${appointment.bookingCode}</dd>
      <dt>${messages.manage.statusLabel}</dt>
      <dd class="status ${appointment.status}">${messages.manage.status[appointment.status]}</dd>
    </dl>
    ${renderVideoInfo(appointment, messages, format, 'manage')}
    ${
      cancelled
        ? html`<p class="notice" role="status">${messages.manage.cancelled}</p>`
        : view.confirmingCancel
          ? html`<div class="notice confirm-cancel" role="group" aria-labelledby="cancel-question">
              <p id="cancel-question">${messages.manage.cancelQuestion}</p>
              <div class="nav">
                <button type="button" class="civic-button secondary" ?disabled=${view.busy} @click=${view.onKeep}>
                  ${messages.manage.cancelNo}
                </button>
                <button type="button" class="civic-button danger" ?disabled=${view.busy} @click=${view.onCancel}>
                  ${messages.manage.cancelYes}
                </button>
              </div>
            </div>`
          : html`<div class="nav">
              <button type="button" class="civic-button secondary" @click=${view.onCalendar}>
                ${messages.manage.calendar}
              </button>
              <button type="button" class="civic-button secondary reschedule" @click=${view.onReschedule}>
                ${messages.manage.reschedule}
              </button>

              <button type="button" class="civic-button secondary ask-cancel" @click=${view.onAskCancel}>
                ${messages.manage.cancel}
              </button>
            </div>`
    } `;
}
