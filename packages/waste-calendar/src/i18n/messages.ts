import type { CivicFormatter } from '@civic-widgets/core';

/**
 * What <civic-waste-calendar> says before its views load: the frame and the address step. One file per
 * language implements it (`de.ts`, `en.ts`); each is its own on-demand chunk.
 */
export interface ShellMessages {
  title: string;
  address: {
    heading: string;
    street: string;
    streetHint: string;
    searching: string;
    results: (p: { count: number }, f: CivicFormatter) => string;
    noMatch: (p: { query: string }) => string;
    searchErrorTitle: string;
    houseNumber: string;
    houseNumberHint: string;
    chooseHouseNumber: string;
    houseNumbersLoading: string;
    houseNumbersErrorTitle: string;
    remember: string;
    rememberHint: string;
    saved: string;
    forget: (p: { label: string }) => string;
    forgotten: (p: { label: string }) => string;
    remembered: (p: { label: string }) => string;
  };
  /** Loading the views on demand (usually done before an address is chosen). */
  loadingViews: string;
  loadingViewsError: string;
}

/** What the views say (filter, list, month, year, export): `de-views.ts`, `en-views.ts`, with the views. */
export interface ViewsMessages {
  /** Heading of the calendar, e.g. "Abfuhrtermine für Hauptstraße". */
  current: (p: { label: string }) => string;
  views: { legend: string; list: string; month: string; year: string };
  fractions: {
    legend: string;
    loading: string;
    errorTitle: string;
    noneChosen: string;
  };
  collections: {
    loading: string;
    errorTitle: string;
    loaded: (p: { count: number }, f: CivicFormatter) => string;
    none: string;
    shifted: (p: { date: string; reason: string }) => string;
    shiftedNoReason: (p: { date: string }) => string;
  };
  list: {
    heading: string;
    today: string;
    tomorrow: string;
    more: string;
  };
  month: {
    calendarLabel: string;
    nothingOnDay: string;
  };
  year: {
    heading: (p: { from: string; to: string }) => string;
    print: string;
    tableLabel: string;
    day: string;
    scrollHint: string;
  };
  export: {
    heading: string;
    download: string;
    reminder: string;
    reminderTime: string;
    fileName: string;
    calendarName: (p: { address: string }) => string;
    reminderText: (p: { fraction: string }) => string;
    exported: (p: { count: number }, f: CivicFormatter) => string;
    subscribe: string;
    subscribeHint: string;
    feedUrl: string;
  };
}
