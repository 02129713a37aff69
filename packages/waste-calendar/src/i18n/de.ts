import type { ShellMessages } from './messages.js';

// The frame and the address step; the views' texts come with the views (de-views.ts).
export const de: ShellMessages = {
  title: 'Abfuhrkalender',
  address: {
    heading: 'Ihre Adresse',
    street: 'Straße',
    streetHint: 'Die ersten Buchstaben genügen, zum Beispiel „Haupt“.',
    searching: 'Straßen werden gesucht …',
    results: ({ count }, f) =>
      f.plural(count, { zero: 'Keine Straße gefunden', one: 'Eine Straße gefunden', other: '# Straßen gefunden' }),
    noMatch: ({ query }) => `Zu „${query}“ haben wir keine Straße gefunden. Prüfen Sie die Schreibweise.`,
    searchErrorTitle: 'Die Straßen konnten nicht gesucht werden',
    houseNumber: 'Hausnummer',
    houseNumberHint: 'In dieser Straße hängen die Abfuhrtage von der Hausnummer ab.',
    chooseHouseNumber: 'Bitte wählen',
    houseNumbersLoading: 'Hausnummern werden geladen …',
    houseNumbersErrorTitle: 'Die Hausnummern konnten nicht geladen werden',
    remember: 'Adresse auf diesem Gerät merken',
    rememberHint: 'Nur in diesem Browser gespeichert, nicht bei der Stadt. Sie können sie jederzeit entfernen.',
    saved: 'Gemerkte Adressen',
    forget: ({ label }) => `${label} vergessen`,
    forgotten: ({ label }) => `${label} wurde von diesem Gerät entfernt.`,
    remembered: ({ label }) => `${label} wird auf diesem Gerät gemerkt.`,
  },
  loadingViews: 'Die Termine werden vorbereitet …',
  loadingViewsError: 'Die Terminansicht konnte nicht geladen werden',
};
