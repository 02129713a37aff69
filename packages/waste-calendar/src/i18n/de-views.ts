import type { ViewsMessages } from './messages.js';

// Loaded with the views (calendar-views.ts), not with the first script.
export const deViews: ViewsMessages = {
  current: ({ label }) => `Abfuhrtermine für ${label}`,
  views: { legend: 'Ansicht', list: 'Nächste Termine', month: 'Monat', year: 'Jahresübersicht' },
  fractions: {
    legend: 'Abfallarten',
    loading: 'Abfallarten werden geladen …',
    errorTitle: 'Die Abfallarten konnten nicht geladen werden',
    noneChosen: 'Wählen Sie mindestens eine Abfallart aus.',
  },
  collections: {
    loading: 'Abfuhrtermine werden geladen …',
    errorTitle: 'Die Abfuhrtermine konnten nicht geladen werden',
    loaded: ({ count }, f) =>
      f.plural(count, { zero: 'Keine Abfuhrtermine', one: 'Ein Abfuhrtermin', other: '# Abfuhrtermine' }),
    none: 'In diesem Zeitraum ist keine Abfuhr der gewählten Abfallarten geplant.',
    shifted: ({ date, reason }) => `verschoben vom ${date} wegen ${reason}`,
    shiftedNoReason: ({ date }) => `verschoben vom ${date}`,
  },
  list: {
    heading: 'Die nächsten Abfuhrtermine',
    today: 'Heute',
    tomorrow: 'Morgen',
    more: 'Weitere Termine anzeigen',
  },
  month: {
    calendarLabel: 'Abfuhrtermine',
    nothingOnDay: 'An diesem Tag ist keine Abfuhr.',
  },
  year: {
    heading: ({ from, to }) => `Abfuhrtermine ${from} bis ${to}`,
    print: 'Drucken',
    tableLabel: 'Jahresübersicht der Abfuhrtermine',
    day: 'Tag',
    scrollHint: 'Die Tabelle lässt sich seitlich verschieben.',
  },
  export: {
    heading: 'In den eigenen Kalender übernehmen',
    download: 'Kalenderdatei (.ics) herunterladen',
    reminder: 'Erinnerung am Vorabend',
    reminderTime: 'Uhrzeit der Erinnerung',
    fileName: 'abfuhrkalender',
    calendarName: ({ address }) => `Abfuhr ${address}`,
    reminderText: ({ fraction }) => `Morgen: ${fraction}`,
    exported: ({ count }, f) =>
      f.plural(count, {
        one: 'Kalenderdatei mit einem Termin erstellt.',
        other: 'Kalenderdatei mit # Terminen erstellt.',
      }),
    subscribe: 'Kalender abonnieren',
    subscribeHint: 'Ein Abo hält Ihren Kalender aktuell, auch wenn sich Termine ändern.',
    feedUrl: 'Adresse zum Abonnieren',
  },
};
