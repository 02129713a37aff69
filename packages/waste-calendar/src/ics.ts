/**
 * A small RFC 5545 writer for waste collections, run in the browser: all-day events (DATE values,
 * so no zone and no daylight-saving change can move them), a stable UID per collection, DTSTAMP,
 * text escaping, an optional alarm the evening before, and CRLF line folding at 75 octets.
 */
import { addDays, type IsoDate } from '@civic-widgets/core';

export interface IcsEvent {
  /** Stable id of the collection (the API's), made into the UID. */
  id: string;
  date: IsoDate;
  summary: string;
  description?: string;
}

export interface IcsOptions {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  events: readonly IcsEvent[];
  /** When the file is made; DTSTAMP of every event. */
  now: Date;
  /** Domain part of the UIDs, e.g. the API's host. */
  uidDomain: string;
  /** An alarm the evening before at this wall-clock time, `HH:MM`. */
  reminder?: string;
  /** Text of the alarm; default: the event's summary. */
  reminderText?: (event: IcsEvent) => string;
}

const REMINDER = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Escapes TEXT values (RFC 5545 3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into chunks of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The alarm's trigger before the all-day start (local midnight) for a wall-clock time the day before. */
export function reminderTrigger(reminder: string): string {
  const match = REMINDER.exec(reminder);
  if (!match) throw new RangeError(`Reminder must be HH:MM, got "${reminder}"`);
  const before = 24 * 60 - (Number(match[1]) * 60 + Number(match[2]));
  const hours = Math.floor(before / 60);
  const minutes = before % 60;
  return `-PT${hours ? `${hours}H` : ''}${minutes || !hours ? `${minutes}M` : ''}`;
}

export function isReminder(value: string | undefined): value is string {
  return value !== undefined && REMINDER.test(value);
}

/** The whole iCalendar file, lines joined by CRLF and folded. */
export function buildIcs(options: IcsOptions): string {
  const stamp = utcStamp(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//civic-widgets//waste-calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  const trigger = isReminder(options.reminder) ? reminderTrigger(options.reminder) : undefined;
  for (const event of options.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@${options.uidDomain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      'TRANSP:TRANSPARENT',
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (trigger) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(options.reminderText?.(event) ?? event.summary)}`,
        `TRIGGER:${trigger}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
