import type { HttpTransport, RequestOptions } from '../http.js';
import {
  parseCollectionSchedule,
  parseFractionList,
  parseHouseNumberList,
  parseStreetList,
  parseSubscription,
} from '../validation/generated/waste.js';

export interface AddressRef {
  streetId: string;
  houseNumberId?: string;
}

/** The household waste calendar. */
export class WasteApi {
  constructor(private readonly http: HttpTransport) {}

  /** Streets by prefix, ignoring case and diacritics ("strasse" finds "Straße"). */
  searchStreets(query: string, options?: RequestOptions & { limit?: number }) {
    return this.http.request(
      {
        method: 'GET',
        path: 'waste/streets',
        query: { q: query, limit: options?.limit },
        response: { parse: parseStreetList },
      },
      options,
    );
  }

  listHouseNumbers(streetId: string, options?: RequestOptions) {
    return this.http.request(
      {
        method: 'GET',
        path: `waste/streets/${encodeURIComponent(streetId)}/house-numbers`,
        response: { parse: parseHouseNumberList },
      },
      options,
    );
  }

  listFractions(options?: RequestOptions) {
    return this.http.request(
      { method: 'GET', path: 'waste/fractions', response: { parse: parseFractionList } },
      options,
    );
  }

  getCollections(
    address: AddressRef,
    range: { from: string; to: string; fractionIds?: readonly string[] },
    options?: RequestOptions,
  ) {
    return this.http.request(
      {
        method: 'GET',
        path: 'waste/collections',
        query: {
          street: address.streetId,
          houseNumber: address.houseNumberId,
          from: range.from,
          to: range.to,
          fractions: range.fractionIds?.length ? range.fractionIds : undefined,
        },
        response: { parse: parseCollectionSchedule },
      },
      options,
    );
  }

  /** A calendar feed to subscribe to, optionally with a reminder at `reminder` ("HH:MM") the day before. */
  getSubscription(
    address: AddressRef,
    settings: { fractionIds?: readonly string[]; reminder?: string } = {},
    options?: RequestOptions,
  ) {
    return this.http.request(
      {
        method: 'GET',
        path: 'waste/subscription',
        query: {
          street: address.streetId,
          houseNumber: address.houseNumberId,
          fractions: settings.fractionIds?.length ? settings.fractionIds : undefined,
          reminder: settings.reminder,
        },
        response: { parse: parseSubscription },
      },
      options,
    );
  }
}
