import type { Collection } from '@civic-widgets/api-client';
import { foldForSearch } from '@civic-widgets/api-client/search';
import { collectionsFor, fractions, streetRules } from '../city/waste.js';
import type { MockClock } from '../clock.js';
import { addDays, wallClock } from '../zoned-time.js';
import { notFound, validation } from '../problem.js';
import type { Implementation } from '../router.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_RANGE_DAYS = 400;

function findStreet(id: string | null) {
  const rule = streetRules.find((candidate) => candidate.street.id === id);
  if (!rule) throw notFound('Street');
  return rule;
}

/** The schedule group of an address; a split street needs its house number. */
function groupFor(streetId: string | null, houseNumberId: string | null): number {
  const rule = findStreet(streetId);
  if (!rule.street.split) return rule.group;
  const entry = rule.houseNumbers.find((candidate) => candidate.number.id === houseNumberId);
  if (!entry) throw validation({ houseNumber: houseNumberId ? 'Unknown house number' : 'Required for this street' });
  return entry.group;
}

export function wasteRoutes(baseUrl: string, clock: MockClock): Record<string, Implementation> {
  return {
    searchStreets: ({ query }) => {
      const text = foldForSearch(query.get('q') ?? '').trim();
      if (!text) throw validation({ q: 'Type at least one character' });
      const limit = Math.min(50, Math.max(1, Number(query.get('limit') ?? 10) || 10));
      const matches = streetRules
        .map((rule) => rule.street)
        .filter((street) => {
          const name = foldForSearch(street.name);
          return name.split(/[\s-]+/).some((word) => word.startsWith(text)) || name.startsWith(text);
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'de'))
        .slice(0, limit);
      return { status: 200, json: { streets: matches } };
    },
    listHouseNumbers: ({ params }) => ({
      status: 200,
      json: { houseNumbers: findStreet(params.streetId ?? null).houseNumbers.map((entry) => entry.number) },
    }),
    listFractions: () => ({ status: 200, json: { fractions } }),
    getCollections: ({ query }) => {
      const from = query.get('from') ?? '';
      const to = query.get('to') ?? '';
      if (!DATE.test(from) || !DATE.test(to) || to < from)
        throw validation({ range: 'from and to as YYYY-MM-DD, from ≤ to' });
      if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000)
        throw validation({ to: `At most ${MAX_RANGE_DAYS} days after from` });
      const streetId = query.get('street');
      const houseNumberId = query.get('houseNumber');
      const group = groupFor(streetId, houseNumberId);
      const rule = findStreet(streetId);
      const houseNumber = rule.houseNumbers.find((entry) => entry.number.id === houseNumberId)?.number;
      const fractionIds = query.get('fractions')?.split(',').filter(Boolean);
      return {
        status: 200,
        json: {
          address: {
            streetId: rule.street.id,
            ...(houseNumber ? { houseNumberId: houseNumber.id } : {}),
            label: houseNumber ? `${rule.street.name} ${houseNumber.label}` : rule.street.name,
          },
          collections: collectionsFor(rule.street.id, group, from, to, fractionIds),
        },
      };
    },
    getSubscription: ({ query, request }) => {
      const streetId = query.get('street');
      const houseNumberId = query.get('houseNumber');
      groupFor(streetId, houseNumberId);
      const reminder = query.get('reminder');
      if (reminder && !/^([01]\d|2[0-3]):[0-5]\d$/.test(reminder)) throw validation({ reminder: 'HH:MM' });
      const feed = new URL(`${baseUrl.replace(/\/$/, '')}/waste/feed.ics`, request.url);
      for (const name of ['street', 'houseNumber', 'fractions', 'reminder']) {
        const value = query.get(name);
        if (value) feed.searchParams.set(name, value);
      }
      return { status: 200, json: { icsUrl: feed.href, webcalUrl: feed.href.replace(/^https?:/, 'webcal:') } };
    },
    wasteFeed: ({ query }) => {
      const streetId = query.get('street');
      const houseNumberId = query.get('houseNumber');
      const group = groupFor(streetId, houseNumberId);
      const rule = findStreet(streetId);
      const reminder = query.get('reminder');
      if (reminder && !/^([01]\d|2[0-3]):[0-5]\d$/.test(reminder)) throw validation({ reminder: 'HH:MM' });
      const today = wallClock(clock.now()).date;
      const collections = collectionsFor(
        rule.street.id,
        group,
        today,
        addDays(today, 365),
        query.get('fractions')?.split(',').filter(Boolean),
      );
      return {
        status: 200,
        text: calendarFeed(rule.street.name, collections, reminder ?? undefined),
        contentType: 'text/calendar; charset=utf-8',
      };
    },
  };
}

/** A minimal RFC 5545 feed: all-day events, CRLF lines, optional alarm the evening before. */
function calendarFeed(street: string, collections: Collection[], reminder?: string): string {
  const names = new Map(fractions.map((fraction) => [fraction.id, fraction.name]));
  const compact = (date: string) => date.replace(/-/g, '');
  const escape = (text: string) => text.replace(/[\\;,]/g, (char) => `\\${char}`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//civic-widgets//Musterstadt mocks//DE',
    `X-WR-CALNAME:${escape(`Abfuhr ${street}`)}`,
  ];
  for (const collection of collections) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${collection.id}@musterstadt.example`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART;VALUE=DATE:${compact(collection.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(collection.date, 1))}`,
      `SUMMARY:${escape(names.get(collection.fractionId) ?? collection.fractionId)}`,
    );
    if (reminder) {
      const [hours = '0', minutes = '0'] = reminder.split(':');
      const before = 24 * 60 - (Number(hours) * 60 + Number(minutes));
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escape(names.get(collection.fractionId) ?? '')}`,
        `TRIGGER:-PT${before}M`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}
