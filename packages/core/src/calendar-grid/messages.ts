import type { Catalogs } from '../i18n/catalog.js';

// The grid's own words travel with the grid (a widget may load it on demand), in every language.
export interface CalendarMessages {
  previousMonth: string;
  nextMonth: string;
  today: string;
  selected: string;
  unavailable: string;
  keyboardHint: string;
}

export const calendarMessages: Catalogs<CalendarMessages> = {
  de: {
    previousMonth: 'Vorheriger Monat',
    nextMonth: 'Nächster Monat',
    today: 'heute',
    selected: 'ausgewählt',
    unavailable: 'nicht verfügbar',
    keyboardHint: 'Pfeiltasten: Tag wechseln. Bild auf/ab: Monat. Umschalt und Bild auf/ab: Jahr.',
  },
  en: {
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    today: 'today',
    selected: 'selected',
    unavailable: 'not available',
    keyboardHint: 'Arrow keys: change day. Page up/down: month. Shift and page up/down: year.',
  },
};
