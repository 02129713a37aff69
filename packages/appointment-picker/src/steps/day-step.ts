import type { Availability } from '@civic-widgets/api-client/appointments';
import '@civic-widgets/core/calendar-grid.js';
import type { CalendarMarker, CivicFormatter } from '@civic-widgets/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { PickerMessages } from '../i18n/messages.js';

export interface DayStepView {
  availability: Availability;
  /** Another month is loading: `availability` is the previous answer, so say nothing about free days yet. */
  busy?: boolean;
  month: string;
  today: string;
  max: string;
  date: string | undefined;
  headingLevel: number;
  messages: PickerMessages;
  format: CivicFormatter;
  onMonth: (month: string) => void;
  onDate: (date: string) => void;
  /** Set when one office is chosen: offers all suitable offices when it has nothing free. */
  onEverywhere?: () => void;
}

/** Step 3: bookable days of the visible month in the calendar grid, with a list alternative. */
export function renderDayStep(view: DayStepView): TemplateResult {
  const { availability, messages, format } = view;
  const free = new Map(
    availability.days.map((day) => [day.date, day.offices.reduce((sum, office) => sum + office.slots.length, 0)]),
  );
  const markers: Record<string, CalendarMarker[]> = {};
  for (const [date, count] of free) markers[date] = [{ label: messages.day.freeSlots({ count }, format), symbol: '•' }];
  const next = availability.nextAvailableDate;
  return html`
    <civic-calendar-grid
      part="calendar"
      month=${view.month}
      min=${view.today}
      max=${view.max}
      .value=${view.date}
      heading-level=${view.headingLevel + 1}
      label=${messages.day.calendarLabel}
      .markers=${markers}
      .isDateDisabled=${(date: string) => !free.has(date)}
      @civic-calendar-month-changed=${(event: CustomEvent<{ month: string }>) => view.onMonth(event.detail.month)}
      @civic-calendar-date-selected=${(event: CustomEvent<{ date: string }>) => view.onDate(event.detail.date)}
    ></civic-calendar-grid>
    ${
      view.busy
        ? html`<p class="hint">${messages.day.loading}</p>`
        : free.size === 0
          ? html`<div class="notice" role="status">
              <p>
                ${next ? messages.day.nothingThisMonth : view.onEverywhere ? messages.day.nothingHere : messages.day.nothingAtAll}
              </p>
              ${
                next
                  ? html`<button
                      type="button"
                      class="civic-button secondary"
                      @click=${() => view.onMonth(next.slice(0, 7))}
                    >
                      ${messages.day.nextFree({ date: format.date(next, { weekday: 'long', day: 'numeric', month: 'long' }) })}
                    </button>`
                  : nothing
              }
              ${
                view.onEverywhere
                  ? html`<button type="button" class="civic-button secondary everywhere" @click=${view.onEverywhere}>
                      ${messages.day.searchEverywhere}
                    </button>`
                  : nothing
              }
            </div>`
          : html`<details class="day-list">
              <summary>${messages.day.listLabel}</summary>
              <ul>
                ${[...free].map(
                  ([date, count]) =>
                    html`<li>
                      <button type="button" class="link" @click=${() => view.onDate(date)}>
                        ${format.date(date, { weekday: 'long', day: 'numeric', month: 'long' })} –
                        ${messages.day.freeSlots({ count }, format)}
                      </button>
                    </li>`,
                )}
              </ul>
            </details>`
    }
  `;
}
