import type { Appointment } from '@civic-widgets/api-client/appointments';
import type { CivicFormatter } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';

/** For video appointments: when the room opens and how the citizen gets in. */
export function renderVideoInfo(
  appointment: Appointment,
  messages: PickerMessages,
  format: CivicFormatter,
  where: 'done' | 'manage' = 'done',
): TemplateResult | typeof nothing {
  if (appointment.variant !== 'video' || appointment.status === 'cancelled') return nothing;
  const opens = appointment.videoOpensAt ?? appointment.start;
  return html`<div class="notice video-info" part="video-info">
    <p>
      <strong
        >${messages.done.video({ date: format.date(opens, { weekday: 'long', day: 'numeric', month: 'long' }), time: format.time(opens) })}</strong
      >
    </p>
    <p>${where === 'done' ? messages.done.videoHow : messages.done.videoHowHere}</p>
  </div>`;
}
