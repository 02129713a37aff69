import { CivicCalendarGrid } from './calendar-grid.component.js';

export * from './calendar-grid.component.js';

CivicCalendarGrid.define('civic-calendar-grid');

declare global {
  interface HTMLElementTagNameMap {
    'civic-calendar-grid': CivicCalendarGrid;
  }
}
