import { CivicWasteCalendar } from './waste-calendar.component.js';

export * from './waste-calendar.component.js';

CivicWasteCalendar.define('civic-waste-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'civic-waste-calendar': CivicWasteCalendar;
  }
}
