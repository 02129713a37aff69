import type { CivicFormatter } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';

export interface TimeStepView {
  slots: { start: string; officeId: string }[];
  officeName: (id: string) => string;
  showOffice: boolean;
  busy: boolean;
  messages: PickerMessages;
  format: CivicFormatter;
  onChoose: (slot: { start: string; officeId: string }) => void;
}

/** Step 4: the day's free times, grouped into morning and afternoon (city time). Choosing reserves. */
export function renderTimeStep(view: TimeStepView): TemplateResult {
  const { messages, format } = view;
  const groups: [string, { start: string; officeId: string }[]][] = [
    [messages.time.morning, view.slots.filter((slot) => format.time(slot.start) < '12:00')],
    [messages.time.afternoon, view.slots.filter((slot) => format.time(slot.start) >= '12:00')],
  ];
  return html`${groups.map(([label, slots]) =>
    slots.length === 0
      ? nothing
      : html`<h3 class="list-heading">${label}</h3>
          <ul class="slots">
            ${slots.map(
              (slot) =>
                html`<li>
                  <button
                    type="button"
                    class="slot"
                    part="slot"
                    ?disabled=${view.busy}
                    @click=${() => view.onChoose(slot)}
                  >
                    ${view.showOffice ? messages.time.at({ time: format.time(slot.start), office: view.officeName(slot.officeId) }) : format.time(slot.start)}
                  </button>
                </li>`,
            )}
          </ul>`,
  )}`;
}
