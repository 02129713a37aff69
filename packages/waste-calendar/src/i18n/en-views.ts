import type { ViewsMessages } from './messages.js';

// Loaded with the views (calendar-views.ts), not with the first script.
export const enViews: ViewsMessages = {
  current: ({ label }) => `Collection dates for ${label}`,
  views: { legend: 'View', list: 'Next dates', month: 'Month', year: 'Year overview' },
  fractions: {
    legend: 'Waste types',
    loading: 'Loading waste types …',
    errorTitle: 'The waste types could not be loaded',
    noneChosen: 'Choose at least one waste type.',
  },
  collections: {
    loading: 'Loading collection dates …',
    errorTitle: 'The collection dates could not be loaded',
    loaded: ({ count }, f) =>
      f.plural(count, { zero: 'No collection dates', one: 'One collection date', other: '# collection dates' }),
    none: 'No collection of the chosen waste types is planned in this period.',
    shifted: ({ date, reason }) => `moved from ${date} because of ${reason}`,
    shiftedNoReason: ({ date }) => `moved from ${date}`,
  },
  list: {
    heading: 'Next collections',
    today: 'Today',
    tomorrow: 'Tomorrow',
    more: 'Show more dates',
  },
  month: {
    calendarLabel: 'Collection dates',
    nothingOnDay: 'No collection on this day.',
  },
  year: {
    heading: ({ from, to }) => `Collection dates ${from} to ${to}`,
    print: 'Print',
    tableLabel: 'Year overview of collection dates',
    day: 'Day',
    scrollHint: 'The table scrolls sideways.',
  },
  export: {
    heading: 'Add to your own calendar',
    download: 'Download calendar file (.ics)',
    reminder: 'Reminder the evening before',
    reminderTime: 'Time of the reminder',
    fileName: 'waste-collection',
    calendarName: ({ address }) => `Waste collection ${address}`,
    reminderText: ({ fraction }) => `Tomorrow: ${fraction}`,
    exported: ({ count }, f) =>
      f.plural(count, { one: 'Calendar file with one date created.', other: 'Calendar file with # dates created.' }),
    subscribe: 'Subscribe to the calendar',
    subscribeHint: 'A subscription keeps your calendar up to date, even when dates change.',
    feedUrl: 'Address to subscribe to',
  },
};
