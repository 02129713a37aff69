// Reads an iCalendar file with a real parser (ical.js) and checks the RFC 5545 rules ical.js is lenient about.
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  stamp: string;
  summary: string;
  description?: string;
  /** Seconds from the start to the alarm (negative: before), when there is one. */
  alarmSeconds?: number;
  alarmText?: string;
}

const encoder = new TextEncoder();

/** Lines end in CRLF only; no line is longer than 75 octets; folded lines start with one space. */
export function checkLines(text: string): void {
  if (!text.endsWith('\r\n')) throw new Error('The file must end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(text)) throw new Error('Every line must end with CRLF');
  for (const line of text.slice(0, -2).split('\r\n')) {
    if (encoder.encode(line).length > 75) throw new Error(`Line longer than 75 octets: ${line}`);
    if (line === '') throw new Error('Empty line');
  }
}

export function parseIcs(text: string): { name: string; events: ParsedEvent[] } {
  checkLines(text);
  const jcal: unknown = ICAL.parse(text);
  const calendar = new ICAL.Component(jcal as unknown[]);
  if (calendar.name !== 'vcalendar') throw new Error('Not a VCALENDAR');
  if (calendar.getFirstPropertyValue('version') !== '2.0') throw new Error('VERSION must be 2.0');
  if (!calendar.getFirstPropertyValue('prodid')) throw new Error('PRODID is required');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    const alarm = vevent.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger');
    const description = vevent.getFirstPropertyValue('description');
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      stamp: stamp instanceof ICAL.Time ? stamp.toString() : '',
      summary: event.summary,
      ...(typeof description === 'string' ? { description } : {}),
      ...(trigger instanceof ICAL.Duration ? { alarmSeconds: trigger.toSeconds() } : {}),
      ...(alarm ? { alarmText: String(alarm.getFirstPropertyValue('description')) } : {}),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}
