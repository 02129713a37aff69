import type { Collection, Fraction } from '@civic-widgets/api-client/waste';
import {
  addDays,
  addMonthsToMonth,
  daysInMonth,
  isoWeekday,
  monthOf,
  type CalendarMarker,
  type CivicFormatter,
  type IsoDate,
} from '@civic-widgets/core';
import '@civic-widgets/core/calendar-grid.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { ViewsMessages } from '../i18n/messages.js';
import { contrastOn, fractionMark, markShapes, markSpan } from './fraction-mark.js';

export interface Entry {
  collection: Collection;
  fraction: Fraction;
}

export interface Day {
  date: IsoDate;
  entries: Entry[];
}

/** Collections of the chosen fractions, grouped by day in date order. */
export function groupByDay(collections: readonly Collection[], fractions: ReadonlyMap<string, Fraction>): Day[] {
  const days: Day[] = [];
  for (const collection of collections) {
    const fraction = fractions.get(collection.fractionId);
    if (!fraction) continue;
    const last = days[days.length - 1];
    if (last?.date === collection.date) last.entries.push({ collection, fraction });
    else days.push({ date: collection.date, entries: [{ collection, fraction }] });
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface ViewContext {
  messages: ViewsMessages;
  format: CivicFormatter;
  today: IsoDate;
  headingLevel: number;
}

/** "verschoben vom 25.12. wegen Weihnachten", or nothing when the date did not move. */
export function shiftNote(
  collection: Collection,
  { messages, format }: Pick<ViewContext, 'messages' | 'format'>,
): string {
  if (!collection.originalDate) return '';
  const date = format.date(collection.originalDate, { day: '2-digit', month: '2-digit' });
  return collection.shiftReason
    ? messages.collections.shifted({ date, reason: collection.shiftReason })
    : messages.collections.shiftedNoReason({ date });
}

function heading(level: number, text: string, className: string): TemplateResult {
  return html`<div class=${className} role="heading" aria-level=${Math.min(level, 6)}>${text}</div>`;
}

function renderEntries(entries: readonly Entry[], context: ViewContext): TemplateResult {
  return html`<ul class="entries">
    ${entries.map(({ collection, fraction }) => {
      const note = shiftNote(collection, context);
      return html`<li class="entry" part="entry">
        ${fractionMark(fraction)}<span class="fraction-name">${fraction.name}</span>${
          note ? html`<span class="shift" part="shift-note">(${note})</span>` : nothing
        }
      </li>`;
    })}
  </ul>`;
}

/** "Next collections": today and tomorrow stand out ("Morgen: Papier"). */
export function renderListView(
  days: readonly Day[],
  limit: number,
  context: ViewContext,
  onMore: () => void,
): TemplateResult {
  const { messages, format, today } = context;
  const upcoming = days.filter((day) => day.date >= today);
  const tomorrow = addDays(today, 1);
  const shown = upcoming.slice(0, limit);
  return html`<section class="view list-view" part="list">
    ${heading(context.headingLevel, messages.list.heading, 'view-heading')}
    ${
      shown.length
        ? html`<ol class="days">
            ${shown.map((day) => {
              const relative =
                day.date === today ? messages.list.today : day.date === tomorrow ? messages.list.tomorrow : '';
              return html`<li
                class="day ${relative ? 'soon' : ''}"
                part=${relative ? 'day day-soon' : 'day'}
                tabindex="-1"
              >
                <p class="when">
                  ${relative ? html`<strong class="relative">${relative}:</strong> ` : nothing}
                  <span
                    >${format.date(day.date, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })}</span
                  >
                  ${
                    relative
                      ? html`<strong class="soon-names"
                          >${format.list(day.entries.map((entry) => entry.fraction.name))}</strong
                        >`
                      : nothing
                  }
                </p>
                ${renderEntries(day.entries, context)}
              </li>`;
            })}
          </ol>`
        : html`<p class="none">${messages.collections.none}</p>`
    }
    ${
      upcoming.length > limit
        ? html`<button type="button" class="civic-button secondary more" @click=${onMore}>
            ${messages.list.more}
          </button>`
        : nothing
    }
  </section>`;
}

export interface MonthViewOptions {
  month: string;
  selected?: IsoDate;
  min: IsoDate;
  max: IsoDate;
  onMonth: (month: string) => void;
  onDate: (date: IsoDate) => void;
}

/** The month on the core calendar grid, one marker per collection, and the chosen day's details. */
export function renderMonthView(days: readonly Day[], options: MonthViewOptions, context: ViewContext): TemplateResult {
  const { messages, format } = context;
  const markers: Record<IsoDate, CalendarMarker[]> = {};
  for (const day of days) {
    if (monthOf(day.date) !== options.month) continue;
    markers[day.date] = day.entries.map(({ collection, fraction }) => {
      const note = shiftNote(collection, context);
      return {
        label: note ? `${fraction.name} (${note})` : fraction.name,
        color: fraction.color,
        textColor: contrastOn(fraction.color),
        content: html`<svg class="grid-mark" viewBox="0 0 24 24" width="100%" height="100%" aria-hidden="true">
          ${markShapes(fraction)}
        </svg>`,
      };
    });
  }
  const selected = options.selected && monthOf(options.selected) === options.month ? options.selected : undefined;
  const selectedDay = selected ? days.find((day) => day.date === selected) : undefined;
  return html`<section class="view month-view" part="month">
    <civic-calendar-grid
      part="calendar"
      exportparts="day, marker"
      month=${options.month}
      .value=${selected}
      today=${context.today}
      min=${options.min}
      max=${options.max}
      heading-level=${context.headingLevel}
      label=${messages.month.calendarLabel}
      .markers=${markers}
      @civic-calendar-month-changed=${(event: CustomEvent<{ month: string }>) => options.onMonth(event.detail.month)}
      @civic-calendar-date-selected=${(event: CustomEvent<{ date: string }>) => options.onDate(event.detail.date)}
    ></civic-calendar-grid>
    <div class="day-details" aria-live="polite">
      ${
        selected
          ? html`${heading(context.headingLevel + 1, format.date(selected), 'details-heading')}
            ${selectedDay ? renderEntries(selectedDay.entries, context) : html`<p>${messages.month.nothingOnDay}</p>`}`
          : nothing
      }
    </div>
  </section>`;
}

/** The months shown by the year view: `count` months from `firstMonth`. */
export function yearMonths(firstMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addMonthsToMonth(firstMonth, index));
}

/**
 * The year overview: one column per month, one row per day of the month, marks drawn through
 * <use> so a year of collections stays cheap. Prints on one A4 page.
 */
export function renderYearView(
  days: readonly Day[],
  months: readonly string[],
  fractions: readonly Fraction[],
  context: ViewContext,
  onPrint: () => void,
): TemplateResult {
  const { messages, format } = context;
  const byDate = new Map(days.map((day) => [day.date, day]));
  const weekdays = Array.from({ length: 7 }, (_, index) =>
    format.date(addDays('2024-01-01', index), { weekday: 'short' }),
  );
  const monthNames = months.map((month) => format.date(`${month}-01`, { month: 'short' }));
  const years = months.map((month) => month.slice(0, 4));
  const first = months[0] ?? monthOf(context.today);
  const last = months[months.length - 1] ?? first;
  const rows = Array.from({ length: 31 }, (_, index) => index + 1);
  const monthInfo = months.map((month) => {
    const [year, monthNumber] = month.split('-').map(Number) as [number, number];
    return { month, length: daysInMonth(year, monthNumber), firstWeekday: isoWeekday(`${month}-01`) };
  });
  const shown = new Set(months);
  const shifted = days
    .filter((day) => shown.has(monthOf(day.date)))
    .flatMap((day) => day.entries.filter((entry) => entry.collection.originalDate));
  return html`<section class="view year-view" part="year">
    <div class="year-header">
      ${heading(
        context.headingLevel,
        messages.year.heading({ from: format.month(first), to: format.month(last) }),
        'view-heading',
      )}
      <button type="button" class="civic-button secondary print" part="print-button" @click=${onPrint}>
        ${messages.year.print}
      </button>
    </div>
    <div class="year-scroll" tabindex="0" role="region" aria-label=${messages.year.tableLabel}>
      <table class="year" part="year-table">
        <caption class="sr-only">
          ${messages.year.tableLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="day-col">${messages.year.day}</th>
            ${months.map(
              (month, index) =>
                html`<th scope="col" abbr=${format.month(month)}>
                  ${monthNames[index]}<span class="year-number"
                    >${index === 0 || month.endsWith('-01') ? ` ${years[index]}` : ''}</span
                  >
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (dayNumber) =>
              html`<tr>
                <th scope="row">${dayNumber}</th>
                ${monthInfo.map(({ month, length, firstWeekday }) => {
                  if (dayNumber > length) return html`<td class="void"></td>`;
                  const date = `${month}-${dayNumber < 10 ? '0' : ''}${dayNumber}`;
                  const weekday = ((firstWeekday - 1 + dayNumber - 1) % 7) + 1;
                  const day = byDate.get(date);
                  const moved = day?.entries.some((entry) => entry.collection.originalDate) ?? false;
                  // Few elements per cell: a year has ~370 cells. Each mark is an image named by its waste type.
                  return html`<td class=${`${weekday > 5 ? 'weekend' : ''}${date === context.today ? ' today' : ''}`}>
                    ${weekdays[weekday - 1]}${moved ? html`<span class="moved" aria-hidden="true">*</span>` : nothing}
                    ${day?.entries.map(({ collection, fraction }) => {
                      const note = shiftNote(collection, context);
                      return markSpan(fraction, note ? `${fraction.name} (${note})` : fraction.name);
                    })}
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="scroll-hint">${messages.year.scrollHint}</p>
    <ul class="legend" part="legend">
      ${fractions.map((fraction) => html`<li>${markSpan(fraction)} ${fraction.name}</li>`)}
    </ul>
    ${
      shifted.length
        ? html`<ul class="shifts">
            ${shifted.map(
              ({ collection, fraction }) =>
                html`<li>
                  ${format.date(collection.date, { weekday: 'short', day: '2-digit', month: '2-digit' })}
                  ${fraction.name}: ${shiftNote(collection, context)}
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </section>`;
}
