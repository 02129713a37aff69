import type { ShellMessages } from './messages.js';

// The frame and the address step; the views' texts come with the views (en-views.ts).
export const en: ShellMessages = {
  title: 'Waste collection calendar',
  address: {
    heading: 'Your address',
    street: 'Street',
    streetHint: 'The first letters are enough, for example “Haupt”.',
    searching: 'Searching streets …',
    results: ({ count }, f) =>
      f.plural(count, { zero: 'No street found', one: 'One street found', other: '# streets found' }),
    noMatch: ({ query }) => `We found no street for “${query}”. Please check the spelling.`,
    searchErrorTitle: 'The streets could not be searched',
    houseNumber: 'House number',
    houseNumberHint: 'In this street, collection days depend on the house number.',
    chooseHouseNumber: 'Please choose',
    houseNumbersLoading: 'Loading house numbers …',
    houseNumbersErrorTitle: 'The house numbers could not be loaded',
    remember: 'Remember the address on this device',
    rememberHint: 'Stored in this browser only, not by the city. You can remove it at any time.',
    saved: 'Remembered addresses',
    forget: ({ label }) => `Forget ${label}`,
    forgotten: ({ label }) => `${label} was removed from this device.`,
    remembered: ({ label }) => `${label} is remembered on this device.`,
  },
  loadingViews: 'Preparing the dates …',
  loadingViewsError: 'The calendar view could not be loaded',
};
