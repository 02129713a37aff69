import { expect } from '@open-wc/testing';
import { buildIcs, escapeText, foldLine, reminderTrigger } from '../src/ics.js';
import { parseIcs } from './parse-ics.js';

const NOW = new Date('2026-11-23T08:00:00Z');

describe('.ics generator (checked with ical.js)', () => {
  it('writes all-day events with stable UIDs and DTSTAMP, across both daylight-saving changes', () => {
    // The browser runs in America/New_York; Berlin and New York change on different Sundays.
    const dates = [
      '2027-03-13',
      '2027-03-14',
      '2027-03-27',
      '2027-03-28',
      '2027-03-29',
      '2027-10-30',
      '2027-10-31',
      '2027-11-07',
      '2027-12-31',
    ];
    const text = buildIcs({
      name: 'Abfuhr Hauptstraße',
      events: dates.map((date) => ({ id: `hauptstrasse-paper-${date}`, date, summary: 'Papier' })),
      now: NOW,
      uidDomain: 'stadt.example',
    });
    const { name, events } = parseIcs(text);
    expect(name).to.equal('Abfuhr Hauptstraße');
    expect(events.map((event) => event.start)).to.deep.equal(dates);
    expect(events.map((event) => event.end)).to.deep.equal([
      '2027-03-14',
      '2027-03-15',
      '2027-03-28',
      '2027-03-29',
      '2027-03-30',
      '2027-10-31',
      '2027-11-01',
      '2027-11-08',
      '2028-01-01',
    ]);
    expect(events.every((event) => event.allDay)).to.equal(true);
    expect(events[0]!.uid).to.equal('hauptstrasse-paper-2027-03-13@stadt.example');
    expect(new Set(events.map((event) => event.uid)).size).to.equal(dates.length);
    expect(events[0]!.stamp).to.equal('2026-11-23T08:00:00Z');
    expect(text).to.contain('DTSTART;VALUE=DATE:20270328\r\n');
    // The same collections give the same UIDs in a later export.
    const again = parseIcs(
      buildIcs({
        name: 'x',
        events: dates.map((date) => ({ id: `hauptstrasse-paper-${date}`, date, summary: 'Papier' })),
        now: new Date(),
        uidDomain: 'stadt.example',
      }),
    );
    expect(again.events.map((event) => event.uid)).to.deep.equal(events.map((event) => event.uid));
  });

  it('adds an alarm the evening before at the chosen time', () => {
    const text = buildIcs({
      name: 'Abfuhr',
      events: [{ id: 'a', date: '2027-03-28', summary: 'Restmüll' }],
      now: NOW,
      uidDomain: 'stadt.example',
      reminder: '18:30',
      reminderText: (event) => `Morgen: ${event.summary}`,
    });
    const [event] = parseIcs(text).events;
    expect(event!.alarmSeconds).to.equal(-(5 * 3600 + 30 * 60)); // 18:30 the day before a midnight start
    expect(event!.alarmText).to.equal('Morgen: Restmüll');
    expect(reminderTrigger('18:00')).to.equal('-PT6H');
    expect(reminderTrigger('20:15')).to.equal('-PT3H45M');
    expect(reminderTrigger('23:59')).to.equal('-PT1M');
    expect(reminderTrigger('00:00')).to.equal('-PT24H');
    expect(() => reminderTrigger('25:00')).to.throw(RangeError);
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    const reason =
      'verschoben vom 25.12. wegen Weihnachten; Tonnen bitte bis 6 Uhr bereitstellen, danke\nÄußerst wichtig: ßüöä';
    const text = buildIcs({
      name: 'Abfuhr Hölderlinweg, Süd',
      events: [{ id: 'x', date: '2026-12-28', summary: 'Bioabfall', description: reason }],
      now: NOW,
      uidDomain: 'stadt.example',
    });
    const { name, events } = parseIcs(text); // also checks CRLF and ≤ 75 octets per line
    // ical.js does not know X-WR-CALNAME's type and leaves its TEXT escapes; calendar apps read it as TEXT.
    expect(name.replace(/\\([\\;,])/g, '$1')).to.equal('Abfuhr Hölderlinweg, Süd');
    expect(events[0]!.description).to.equal(reason);
    expect(escapeText('a;b,c\\d')).to.equal('a\\;b\\,c\\\\d');
    const long = `DESCRIPTION:${'ü'.repeat(80)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
  });
});
