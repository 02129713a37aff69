import type { AddressRef, WasteApi } from '@civic-widgets/api-client/waste';
import type { CivicElement, ClientResolution, IsoDate, LiveAnnouncer } from '@civic-widgets/core';

export type WasteClient = { waste: WasteApi };

export type WasteView = 'list' | 'month' | 'year';
export const VIEWS: readonly WasteView[] = ['list', 'month', 'year'];

export interface WasteAddressSelectedDetail {
  streetId: string;
  houseNumberId?: string;
}

export interface WasteExportedDetail {
  /** `ics`: a file was generated in the browser; `webcal`: the subscription link was followed. */
  format: 'ics' | 'webcal';
  fractionIds: string[];
  /** Number of collections in the file (ics only). */
  count?: number;
  /** Reminder time the evening before, `HH:MM`, when one was chosen. */
  reminder?: string;
}

/**
 * What the views (loaded on demand) need from the element: its settings, the chosen address and
 * the shared announcer. The element owns the address step; the views own the filter, the list,
 * month and year, and the export.
 */
export interface CalendarHost extends CivicElement<WasteClient> {
  view: WasteView;
  readonly fractions?: string;
  readonly monthsAhead: number;
  readonly headingLevel: number;
  /** Today in the city's zone (or the `today` override). */
  readonly currentDate: IsoDate;
  /** The complete address, once street (and house number where needed) are known. */
  readonly address: AddressRef | undefined;
  /** The street's name as chosen in the search, until the schedule names the address. */
  readonly streetName?: string;
  readonly api: ClientResolution<WasteClient>;
  /** The API's host name ('' when unknown), for the .ics event ids. */
  readonly apiHostname: string;
  readonly announcer: LiveAnnouncer;
}
