import type { CivicFormatter } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';

type Slot = { start: string; officeId: string };

export interface TimeStepView {
  slots: Slot[];
  officeName: (id: string) => string;
  showOffice: boolean;
  busy: boolean;
  /** Shown above the slots after a 409: the chosen time went to someone else, the list is fresh. */
  takenNotice: string | undefined;
  messages: PickerMessages;
  format: CivicFormatter;
  onChoose: (slot: Slot) => void;
}

/** Above this many slots a day reads better in hourly groups than in two long lists. */
export const HOURLY_FROM = 16;

/** Groups of the day's slots: morning and afternoon, or by hour on busy days (all in city time). */
export function groupSlots(
  slots: readonly Slot[],
  messages: PickerMessages,
  format: CivicFormatter,
): [string, Slot[]][] {
  const groups = new Map<string, Slot[]>();
  const hourly = slots.length > HOURLY_FROM;
  for (const slot of slots) {
    const hour = format.hour(slot.start); // on the city's clock
    const label = hourly ? messages.time.hour({ hour }) : hour < 12 ? messages.time.morning : messages.time.afternoon;
    groups.set(label, [...(groups.get(label) ?? []), slot]);
  }
  return [...groups];
}

/** Step 4: the day's free times in groups. Choosing one reserves it. */
export function renderTimeStep(view: TimeStepView): TemplateResult {
  const { messages, format } = view;
  return html`${view.takenNotice ? html`<p class="notice taken" role="alert">${view.takenNotice}</p>` : nothing}
  ${groupSlots(view.slots, messages, format).map(
    ([label, slots]) =>
      html`<h3 class="list-heading">${label}</h3>
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
