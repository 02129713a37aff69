import { html, nothing, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { calendarMessages } from './messages.js';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import {
  addDays,
  addMonthsToMonth,
  clampDate,
  dateInZone,
  firstOfMonth,
  isIsoDate,
  isIsoMonth,
  parseIsoDate,
  lastOfMonth,
  monthOf,
  type IsoDate,
  type IsoMonth,
} from '../dates/calendar-date.js';
import { CivicElement } from '../element/civic-element.js';
import { weekStartFor } from '../i18n/locale.js';
import { calendarGridStyles } from './calendar-grid.styles.js';
import { targetDate } from './keyboard.js';
import { monthMatrix, weekdayOrder } from './month-matrix.js';

/** Something happening on a day (a free slot, a collection), shown as a small symbol and read out in full. */
export interface CalendarMarker {
  /** Read by screen readers and shown as a tooltip, e.g. "Papier" or "3 freie Termine". */
  label: string;
  /** One or two characters drawn in the marker; markers never rely on colour alone. */
  symbol?: string;
  /** Drawn instead of `symbol`, e.g. a small inline SVG icon (decorative: `label` is what is read). */
  content?: TemplateResult | SVGTemplateResult;
  /** Any CSS colour for the marker's background. */
  color?: string;
  /** Colour of the symbol on that background (default: the on-primary token); keep 4.5:1 contrast. */
  textColor?: string;
}

export interface CalendarDateSelectedDetail {
  date: IsoDate;
}

export interface CalendarMonthChangedDetail {
  month: IsoMonth;
  first: IsoDate;
  last: IsoDate;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-calendar-date-selected': CustomEvent<CalendarDateSelectedDetail>;
    'civic-calendar-month-changed': CustomEvent<CalendarMonthChangedDetail>;
  }
}

/** A reference Monday, to name weekdays through Intl. */
const A_MONDAY = '2024-01-01';

/**
 * An accessible month calendar following the WAI-ARIA date grid pattern: one tab stop (roving
 * tabindex); arrows move by day and week, Home/End to the week's start and end, PageUp/PageDown by
 * month, Shift+PageUp/PageDown by year; Enter or Space selects. Disabled days stay reachable so they
 * can be read ("nicht verfügbar") but cannot be selected. Dates are ISO calendar dates; "today" is
 * today in the city's time zone, not the browser's.
 *
 * @tag civic-calendar-grid
 * @fires civic-calendar-date-selected - A day was chosen; `detail.date` is `YYYY-MM-DD`.
 * @fires civic-calendar-month-changed - The visible month changed; load its data. `detail`: month, first, last.
 * @csspart base - The wrapper around header and grid.
 * @csspart header - Month heading with the navigation buttons.
 * @csspart heading - The month name.
 * @csspart nav-button - Previous/next month buttons.
 * @csspart grid - The table.
 * @csspart day - Each day cell.
 * @csspart marker - Each marker symbol.
 * @cssprop [--civic-calendar-grid-cell-size=2.75em] Width and height of a day cell.
 * @cssprop [--civic-calendar-grid-marker-size=1.1em] Size of a marker symbol.
 */
export class CivicCalendarGrid extends CivicElement {
  static override styles = [CivicElement.styles, calendarGridStyles];

  /** The selected day, `YYYY-MM-DD`. */
  @property({ reflect: true }) value?: IsoDate;

  /** The month shown, `YYYY-MM`; defaults to the selected day's month, else this month. */
  @property({ reflect: true }) month?: IsoMonth;

  /** First selectable day, `YYYY-MM-DD`. */
  @property() min?: IsoDate;

  /** Last selectable day, `YYYY-MM-DD`. */
  @property() max?: IsoDate;

  /** Overrides "today" (`YYYY-MM-DD`), e.g. for the mocks' fixed clock. Default: today in the city's zone. */
  @property() today?: IsoDate;

  /** Level of the month heading inside the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Extra accessible name for the grid, e.g. "Freie Tage". */
  @property() label?: string;

  /** Markers per day, keyed by `YYYY-MM-DD`. */
  @property({ attribute: false }) markers: Readonly<Record<IsoDate, readonly CalendarMarker[]>> = {};

  /** Days that cannot be chosen (besides those outside min/max). */
  @property({ attribute: false }) isDateDisabled?: (date: IsoDate) => boolean;

  /** The day that holds the roving tab stop. */
  @state() private focusedDate?: IsoDate;

  /** Focuses the day that holds the tab stop (not the navigation buttons). */
  override focus(options?: FocusOptions): void {
    this.activeCell()?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Bad input from a page never breaks the grid: an empty value clears, anything else invalid is
    // reported to the webmaster and ignored.
    if (changed.has('value') && this.value !== undefined && !parseIsoDate(this.value)) {
      if (this.value !== '')
        console.error(`civic-calendar-grid: value "${this.value}" is not a date (YYYY-MM-DD); ignored.`);
      this.value = undefined;
    }
    if (changed.has('month') && this.month !== undefined && !isIsoMonth(this.month)) {
      if (this.month !== '')
        console.error(`civic-calendar-grid: month "${this.month}" is not a month (YYYY-MM); ignored.`);
      this.month = undefined;
    }
  }

  private get todayDate(): IsoDate {
    return isIsoDate(this.today) ? this.today : dateInZone(new Date(), this.effectiveTimeZone);
  }

  private get bounds(): { min?: IsoDate; max?: IsoDate } {
    return { min: isIsoDate(this.min) ? this.min : undefined, max: isIsoDate(this.max) ? this.max : undefined };
  }

  private get visibleMonth(): IsoMonth {
    if (this.month) return this.month;
    const { min, max } = this.bounds;
    return monthOf(this.value ?? clampDate(this.todayDate, min, max));
  }

  /** The tab stop: the focused day if shown, else the selected day, today, or the first day in range. */
  private get activeDate(): IsoDate {
    const month = this.visibleMonth;
    const { min, max } = this.bounds;
    // Clamping can push a day out of the shown month (a month wholly outside min/max, which a host
    // may show); the month still needs its one tab stop.
    for (const candidate of [this.focusedDate, this.value, this.todayDate, firstOfMonth(month)]) {
      if (!candidate || monthOf(candidate) !== month) continue;
      const clamped = clampDate(candidate, min, max);
      if (monthOf(clamped) === month) return clamped;
    }
    return firstOfMonth(month);
  }

  private isDisabled(date: IsoDate): boolean {
    const { min, max } = this.bounds;
    return (
      (min !== undefined && date < min) || (max !== undefined && date > max) || (this.isDateDisabled?.(date) ?? false)
    );
  }

  protected override render(): TemplateResult {
    const messages = this.messagesFrom(calendarMessages);
    const month = this.visibleMonth;
    const weekStart = weekStartFor(this.locale.intlLocale);
    const { min, max } = this.bounds;
    const active = this.activeDate;
    const today = this.todayDate;
    const canGoBack = !min || monthOf(min) < month;
    const canGoForward = !max || monthOf(max) > month;
    // The month buttons stay focusable at the first and last month (aria-disabled, not disabled): a
    // keyboard user who reaches the last month keeps focus on the button instead of losing it.
    return html`<div class="calendar" part="base">
      <div class="header" part="header">
        <button
          type="button"
          class="nav"
          part="nav-button"
          aria-label=${messages.previousMonth}
          aria-disabled=${canGoBack ? 'false' : 'true'}
          @click=${() => canGoBack && this.moveMonth(-1)}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <div
          class="heading"
          part="heading"
          id="heading"
          role="heading"
          aria-level=${this.headingLevel}
          aria-live="polite"
        >
          ${this.format.month(month)}
        </div>
        <button
          type="button"
          class="nav"
          part="nav-button"
          aria-label=${messages.nextMonth}
          aria-disabled=${canGoForward ? 'false' : 'true'}
          @click=${() => canGoForward && this.moveMonth(1)}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      ${this.label ? html`<span id="label" class="sr-only">${this.label}</span>` : nothing}
      <span id="hint" class="sr-only">${messages.keyboardHint}</span>
      <table
        role="grid"
        part="grid"
        aria-labelledby=${this.label ? 'label heading' : 'heading'}
        aria-describedby="hint"
        @keydown=${this.onKeyDown}
      >
        <thead>
          <tr>
            ${weekdayOrder(weekStart).map((weekday) => {
              const date = addDays(A_MONDAY, weekday - 1);
              return html`<th scope="col" abbr=${this.format.date(date, { weekday: 'long' })}>
                ${this.format.date(date, { weekday: 'short' })}
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${monthMatrix(month, weekStart).map(
            (week) =>
              html`<tr>
                ${week.map((date) => (date ? this.renderDay(date, active, today) : html`<td></td>`))}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderDay(date: IsoDate, active: IsoDate, today: IsoDate): TemplateResult {
    const messages = this.messagesFrom(calendarMessages);
    const disabled = this.isDisabled(date);
    const selected = date === this.value;
    const markers = this.markers[date] ?? [];
    const spoken = [
      this.format.date(date),
      date === today ? messages.today : '',
      selected ? messages.selected : '',
      markers.map((marker) => marker.label).join(', '),
      disabled ? messages.unavailable : '',
    ]
      .filter(Boolean)
      .join(', ');
    return html`<td
      part="day"
      data-date=${date}
      tabindex=${date === active ? 0 : -1}
      aria-selected=${selected ? 'true' : 'false'}
      aria-disabled=${disabled ? 'true' : nothing}
      aria-current=${date === today ? 'date' : nothing}
      @click=${() => this.choose(date)}
    >
      <span class="day" aria-hidden="true">${Number(date.slice(8))}</span>
      <span class="markers" aria-hidden="true">
        ${markers.map(
          (marker) =>
            html`<span
              class="marker"
              part="marker"
              title=${marker.label}
              style=${styleMap({ '--_marker-color': marker.color, '--_marker-text': marker.textColor })}
              >${marker.content ?? marker.symbol ?? ''}</span
            >`,
        )}
      </span>
      <span class="sr-only">${spoken}</span>
    </td>`;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const from = (event.target as HTMLElement).closest('td')?.dataset.date;
    if (!from) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(from);
      return;
    }
    const { min, max } = this.bounds;
    const target = targetDate(from, event, weekStartFor(this.locale.intlLocale), min, max);
    if (!target) return;
    event.preventDefault();
    void this.moveFocusTo(target);
  }

  private moveMonth(delta: number): void {
    const { min, max } = this.bounds;
    const month = addMonthsToMonth(this.visibleMonth, delta);
    this.focusedDate = clampDate(firstOfMonth(month), min, max);
    this.showMonth(month);
  }

  private async moveFocusTo(date: IsoDate): Promise<void> {
    this.focusedDate = date;
    if (monthOf(date) !== this.visibleMonth) this.showMonth(monthOf(date));
    await this.updateComplete;
    this.activeCell()?.focus();
  }

  private showMonth(month: IsoMonth): void {
    this.month = month;
    this.emit('civic-calendar-month-changed', { month, first: firstOfMonth(month), last: lastOfMonth(month) });
  }

  private choose(date: IsoDate): void {
    this.focusedDate = date;
    if (this.isDisabled(date)) return;
    this.value = date;
    this.emit('civic-calendar-date-selected', { date });
  }

  private activeCell(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]');
  }
}
