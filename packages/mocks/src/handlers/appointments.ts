import type { Appointment, AppointmentVariant, Office, Reservation, ServiceCount } from '@civic-widgets/api-client';
import type { ConfirmBody, RescheduleBody, ReserveBody } from '@civic-widgets/api-client/contract';
import type * as z from 'zod/mini';
import { offices } from '../city/offices.js';
import { services } from '../city/services.js';
import type { MockClock } from '../clock.js';
import { invalidToken, MockProblem, notFound, validation } from '../problem.js';
import { SeededRandom } from '../random.js';
import type { Implementation } from '../router.js';
import { addDays, minutesOf, offsetMinutes, timeOf, wallClock, weekday, zonedIso } from '../zoned-time.js';

const SLOT_MINUTES = 10;
/** How long a reservation holds its slot unless `createMockApi({ holdSeconds })` says otherwise. */
export const HOLD_SECONDS = 10 * 60;
const BOOKING_HORIZON_DAYS = 92;
const MAX_RANGE_DAYS = 92;

interface StoredReservation extends Reservation {
  extended: boolean;
  released: boolean;
}

interface StoredAppointment extends Appointment {
  emailCode: string;
  contactEmail: string;
}

/** Everything the appointment routes remember between calls. */
export class AppointmentStore {
  readonly reservations = new Map<string, StoredReservation>();
  readonly appointments = new Map<string, StoredAppointment>();
  /** Base slots (office|date|minute) taken in this session, by reservation or appointment id. */
  private readonly taken = new Map<string, string>();
  private readonly random: SeededRandom;

  constructor(
    private readonly clock: MockClock,
    private readonly seed: number,
    private readonly holdSeconds = HOLD_SECONDS,
  ) {
    this.random = new SeededRandom(seed ^ 0x5eed);
  }

  /** The e-mail confirmation code of an appointment, as the e-mail would show it. */
  emailCodeFor(appointmentId: string): string | undefined {
    return this.appointments.get(appointmentId)?.emailCode;
  }

  /** Takes every free slot of a day at an office ("fully booked"), except `keep` if given. */
  bookOut(officeId: string, date: string, keep?: { start: string; minutes: number }): void {
    const from = keep ? minutesOf(keep.start) : -1;
    const to = keep ? from + keep.minutes : -1;
    for (const minute of this.baseSlots(officeById(officeId), date)) {
      if (minute < from || minute >= to) this.taken.set(slotKey(officeId, date, minute), 'others');
    }
  }

  // ---- Availability ----

  availability(officeIds: string[], counts: ServiceCount[], from: string, to: string, variant: AppointmentVariant) {
    const duration = this.duration(counts, variant);
    const candidates = officeIds
      .map(officeById)
      .filter((office) => counts.every(({ serviceId }) => office.serviceIds.includes(serviceId)));
    const days: { date: string; offices: { officeId: string; slots: string[] }[] }[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const perOffice = candidates
        .map((office) => ({
          officeId: office.id,
          slots: this.freeStarts(office, date, duration).map((minute) => zonedIso(date, timeOf(minute))),
        }))
        .filter((entry) => entry.slots.length > 0);
      if (perOffice.length > 0) days.push({ date, offices: perOffice });
    }
    let nextAvailableDate: string | undefined;
    const horizon = addDays(this.today(), BOOKING_HORIZON_DAYS);
    for (let date = addDays(to, 1); date <= horizon && !nextAvailableDate; date = addDays(date, 1)) {
      if (candidates.some((office) => this.freeStarts(office, date, duration).length > 0)) nextAvailableDate = date;
    }
    return { days, ...(nextAvailableDate ? { nextAvailableDate } : {}) };
  }

  // ---- Reservations ----

  reserve(body: z.infer<typeof ReserveBody>): StoredReservation {
    const office = officeById(body.officeId);
    const counts = body.services;
    if (!counts.every(({ serviceId }) => office.serviceIds.includes(serviceId))) {
      throw validation({ officeId: 'This office does not offer every chosen service' });
    }
    const duration = this.duration(counts, body.variant);
    const { date, time } = wallClock(new Date(body.start));
    const startMinute = minutesOf(time);
    if (!this.freeStarts(office, date, duration).includes(startMinute)) {
      throw new MockProblem(409, 'slot-taken', 'This time is no longer free');
    }
    const id = `r-${this.random.token(8)}`;
    this.occupy(office.id, date, startMinute, duration, id);
    const reservation: StoredReservation = {
      id,
      token: `tok_${this.random.token(24)}`,
      officeId: office.id,
      start: zonedIso(date, time),
      end: zonedIso(date, timeOf(startMinute + duration)),
      services: counts,
      variant: body.variant,
      expiresAt: this.isoIn(this.holdSeconds),
      extendable: true,
      extended: false,
      released: false,
    };
    this.reservations.set(id, reservation);
    return reservation;
  }

  extend(id: string, token: string | undefined): StoredReservation {
    const reservation = this.liveReservation(id, token);
    if (reservation.extended) throw new MockProblem(409, 'not-extendable', 'This hold was extended already');
    reservation.expiresAt = this.isoIn(this.holdSeconds);
    reservation.extended = true;
    reservation.extendable = false;
    return reservation;
  }

  release(id: string, token: string | undefined): void {
    const reservation = this.reservationWithToken(id, token);
    if (!reservation.released) this.free(reservation.id);
    reservation.released = true;
  }

  confirm(id: string, token: string | undefined, body: z.infer<typeof ConfirmBody>): StoredAppointment {
    const reservation = this.liveReservation(id, token);
    const office = officeById(reservation.officeId);
    const errors: Record<string, string> = {};
    if (office.phoneRequired && !body.contact.phone?.trim())
      errors['contact.phone'] = 'This office needs a phone number';
    for (const field of office.customFields) {
      const value = body.contact.customFields?.[field.id]?.trim() ?? '';
      if (field.required && !value) errors[`contact.customFields.${field.id}`] = `${field.label} is required`;
      if (value.length > field.maxLength)
        errors[`contact.customFields.${field.id}`] = `At most ${field.maxLength} characters`;
    }
    if (Object.keys(errors).length > 0) throw validation(errors);
    const appointmentId = `a-${this.random.token(8)}`;
    this.transfer(reservation.id, appointmentId);
    reservation.released = true;
    const fee = reservation.services.reduce(
      (sum, { serviceId, count }) => sum + (serviceById(serviceId).fee?.amount ?? 0) * count,
      0,
    );
    const appointment: StoredAppointment = {
      id: appointmentId,
      token: `tok_${this.random.token(24)}`,
      bookingCode: `MS-${this.random.token(4).toUpperCase()}`,
      status: office.doubleOptIn ? 'pending-email-confirmation' : 'confirmed',
      officeId: office.id,
      start: reservation.start,
      end: reservation.end,
      services: reservation.services,
      variant: reservation.variant,
      contactName: body.contact.name,
      ...(fee > 0 ? { fee: { amount: fee, currency: 'EUR' } } : {}),
      ...(reservation.variant === 'video'
        ? { videoOpensAt: isoAt(new Date(Date.parse(reservation.start) - 10 * 60_000)) }
        : {}),
      emailCode: String(this.random.int(100000, 999999)),
      contactEmail: body.contact.email,
    };
    this.appointments.set(appointmentId, appointment);
    return appointment;
  }

  confirmEmail(id: string, token: string | undefined, code: string): StoredAppointment {
    const appointment = this.appointmentWithToken(id, token);
    if (appointment.status === 'pending-email-confirmation') {
      if (code !== appointment.emailCode) throw new MockProblem(400, 'invalid-code', 'The confirmation code is wrong');
      appointment.status = 'confirmed';
    }
    return appointment;
  }

  appointmentWithToken(id: string, token: string | undefined): StoredAppointment {
    const appointment = this.appointments.get(id);
    if (!appointment) throw notFound('Appointment');
    if (token !== appointment.token) throw invalidToken();
    return appointment;
  }

  cancel(id: string, token: string | undefined): StoredAppointment {
    const appointment = this.appointmentWithToken(id, token);
    if (appointment.status !== 'cancelled') {
      this.free(appointment.id);
      appointment.status = 'cancelled';
    }
    return appointment;
  }

  reschedule(id: string, token: string | undefined, body: z.infer<typeof RescheduleBody>): StoredAppointment {
    const appointment = this.appointmentWithToken(id, token);
    if (appointment.status === 'cancelled') throw new MockProblem(409, 'cancelled', 'The appointment was cancelled');
    const reservation = this.liveReservation(body.reservationId, body.reservationToken);
    this.free(appointment.id); // the old slot, only now that the new one is held
    this.transfer(reservation.id, appointment.id);
    reservation.released = true;
    Object.assign(appointment, {
      officeId: reservation.officeId,
      start: reservation.start,
      end: reservation.end,
      services: reservation.services,
      variant: reservation.variant,
    });
    return appointment;
  }

  calendarFile(appointment: StoredAppointment): string {
    const office = officeById(appointment.officeId);
    const stamp = (iso: string) =>
      new Date(iso)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    const names = appointment.services
      .map(({ serviceId, count }) => `${count} × ${serviceById(serviceId).name}`)
      .join(', ');
    const escape = (text: string) => text.replace(/[\\;,]/g, (char) => `\\${char}`);
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//civic-widgets//Musterstadt mocks//DE',
      'BEGIN:VEVENT',
      `UID:${appointment.id}@musterstadt.example`,
      `DTSTAMP:${stamp(this.clock.now().toISOString())}`,
      `DTSTART:${stamp(appointment.start)}`,
      `DTEND:${stamp(appointment.end)}`,
      `SUMMARY:${escape(`Termin ${office.name} (${appointment.bookingCode})`)}`,
      `DESCRIPTION:${escape(names)}`,
      `LOCATION:${escape(`${office.address.street} ${office.address.houseNumber ?? ''}, ${office.address.postalCode} ${office.address.city}`)}`,
      `STATUS:${appointment.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }

  // ---- Internals ----

  today(): string {
    return wallClock(this.clock.now()).date;
  }

  private duration(counts: ServiceCount[], variant: AppointmentVariant): number {
    if (counts.length === 0) throw validation({ services: 'Choose at least one service' });
    let minutes = 0;
    for (const { serviceId, count } of counts) {
      const service = serviceById(serviceId);
      if (count > service.maxCount) throw validation({ services: `${service.name}: at most ${service.maxCount}` });
      if (!service.variants.includes(variant))
        throw validation({ variant: `${service.name} is not offered as ${variant}` });
      minutes += service.durationMinutes * count;
    }
    return Math.ceil(minutes / SLOT_MINUTES) * SLOT_MINUTES;
  }

  /** Start minutes with `duration` free minutes inside one opening range, after now and within the horizon. */
  private freeStarts(office: Office, date: string, duration: number): number[] {
    this.expireHolds();
    const today = this.today();
    if (date < today || date > addDays(today, BOOKING_HORIZON_DAYS)) return [];
    const earliest = date === today ? minutesOf(wallClock(this.clock.now()).time) + 60 : 0;
    const needed = duration / SLOT_MINUTES;
    const starts: number[] = [];
    for (const range of openingRanges(office, date)) {
      for (let start = range.opens; start + duration <= range.closes; start += SLOT_MINUTES) {
        if (start < earliest) continue;
        let free = true;
        for (let index = 0; index < needed && free; index++)
          free = this.isFree(office.id, date, start + index * SLOT_MINUTES);
        if (free) starts.push(start);
      }
    }
    return starts;
  }

  private baseSlots(office: Office, date: string): number[] {
    return openingRanges(office, date).flatMap((range) => {
      const minutes: number[] = [];
      for (let minute = range.opens; minute < range.closes; minute += SLOT_MINUTES) minutes.push(minute);
      return minutes;
    });
  }

  /** Free unless booked by "other citizens" (seeded: busier soon, some days full) or taken here. */
  private isFree(officeId: string, date: string, minute: number): boolean {
    const key = slotKey(officeId, date, minute);
    if (this.taken.has(key)) return false;
    const daysAhead = Math.round((Date.parse(date) - Date.parse(this.today())) / 86_400_000);
    const dayLoad = hash(`${this.seed}|${officeId}|${date}`);
    const busy = dayLoad < 0.12 ? 1 : daysAhead <= 7 ? 0.85 : daysAhead <= 21 ? 0.6 : 0.4;
    return hash(`${this.seed}|${key}`) >= busy;
  }

  private occupy(officeId: string, date: string, start: number, duration: number, owner: string): void {
    for (let minute = start; minute < start + duration; minute += SLOT_MINUTES)
      this.taken.set(slotKey(officeId, date, minute), owner);
  }

  private free(owner: string): void {
    for (const [key, value] of this.taken) if (value === owner) this.taken.delete(key);
  }

  private transfer(from: string, to: string): void {
    for (const [key, value] of this.taken) if (value === from) this.taken.set(key, to);
  }

  private expireHolds(): void {
    const now = this.clock.now().getTime();
    for (const reservation of this.reservations.values()) {
      if (!reservation.released && Date.parse(reservation.expiresAt) <= now) {
        this.free(reservation.id);
        reservation.released = true;
      }
    }
  }

  private reservationWithToken(id: string, token: string | undefined): StoredReservation {
    const reservation = this.reservations.get(id);
    if (!reservation) throw notFound('Reservation');
    if (token !== reservation.token) throw invalidToken();
    return reservation;
  }

  private liveReservation(id: string, token: string | undefined): StoredReservation {
    const reservation = this.reservationWithToken(id, token);
    this.expireHolds();
    if (reservation.released) throw new MockProblem(410, 'hold-expired', 'The hold has expired or was released');
    return reservation;
  }

  private isoIn(seconds: number): string {
    return isoAt(new Date(this.clock.now().getTime() + seconds * 1000));
  }
}

function openingRanges(office: Office, date: string): { opens: number; closes: number }[] {
  const exception = office.openingHours.exceptions.find((entry) => entry.date === date);
  if (exception?.closed) return [];
  if (exception?.opens && exception.closes)
    return [{ opens: minutesOf(exception.opens), closes: minutesOf(exception.closes) }];
  return office.openingHours.weekly
    .filter((range) => range.day === weekday(date))
    .map((range) => ({ opens: minutesOf(range.opens), closes: minutesOf(range.closes) }));
}

/** An instant as ISO with the city's offset (to the minute). */
export function isoAt(instant: Date): string {
  // Straight from the instant: going through wall-clock time would be ambiguous in the hour that
  // repeats when clocks go back.
  const offset = offsetMinutes(instant);
  const local = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const slotKey = (officeId: string, date: string, minute: number) => `${officeId}|${date}|${minute}`;

/** FNV-1a to [0, 1): stable pseudo-randomness per key. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) / 4294967296;
}

export function officeById(id: string): Office {
  const office = offices.find((candidate) => candidate.id === id);
  if (!office) throw validation({ officeId: `Unknown office ${id}` });
  return office;
}

function serviceById(id: string) {
  const service = services.find((candidate) => candidate.id === id);
  if (!service) throw validation({ services: `Unknown service ${id}` });
  return service;
}

/** Parses "id:count,id:count". */
export function parseServiceCounts(value: string | null): ServiceCount[] {
  if (!value) throw validation({ services: 'Required' });
  return value.split(',').map((part) => {
    const [serviceId = '', count = '1'] = part.split(':');
    const parsed = Number(count);
    if (!serviceId || !Number.isInteger(parsed) || parsed < 1)
      throw validation({ services: `Invalid entry "${part}"` });
    return { serviceId, count: parsed };
  });
}

const publicAppointment = ({
  emailCode: _code,
  contactEmail: _email,
  ...appointment
}: StoredAppointment): Appointment => appointment;
const publicReservation = ({
  extended: _extended,
  released: _released,
  ...reservation
}: StoredReservation): Reservation => reservation;

/** Route implementations by route id. */
export function appointmentRoutes(store: AppointmentStore): Record<string, Implementation> {
  return {
    listServices: () => ({ status: 200, json: { services } }),
    listOffices: ({ query }) => {
      const wanted = query.get('services')?.split(',').filter(Boolean) ?? [];
      return {
        status: 200,
        json: { offices: offices.filter((office) => wanted.every((id) => office.serviceIds.includes(id))) },
      };
    },
    getAvailability: ({ query }) => {
      const from = query.get('from') ?? '';
      const to = query.get('to') ?? '';
      const officeIds = query.get('offices')?.split(',').filter(Boolean) ?? [];
      const errors: Record<string, string> = {};
      if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) errors.from = 'YYYY-MM-DD';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(to)) errors.to = 'YYYY-MM-DD';
      if (officeIds.length === 0) errors.offices = 'Required';
      if (!errors.from && !errors.to && (to < from || Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000))
        errors.to = `Within ${MAX_RANGE_DAYS} days after from`;
      if (Object.keys(errors).length > 0) throw validation(errors);
      const variant = (query.get('variant') ?? 'in-person') as AppointmentVariant;
      if (!['in-person', 'video', 'phone'].includes(variant))
        throw validation({ variant: 'in-person, video or phone' });
      return {
        status: 200,
        json: store.availability(officeIds, parseServiceCounts(query.get('services')), from, to, variant),
      };
    },
    reserve: ({ body }) => ({
      status: 201,
      json: publicReservation(store.reserve(body as z.infer<typeof ReserveBody>)),
    }),
    extendReservation: ({ params, token }) => ({
      status: 200,
      json: publicReservation(store.extend(params.reservationId ?? '', token)),
    }),
    releaseReservation: ({ params, token }) => {
      store.release(params.reservationId ?? '', token);
      return { status: 204 };
    },
    confirm: ({ params, token, body }) => ({
      status: 201,
      json: publicAppointment(store.confirm(params.reservationId ?? '', token, body as z.infer<typeof ConfirmBody>)),
    }),
    confirmEmail: ({ params, token, body }) => ({
      status: 200,
      json: publicAppointment(store.confirmEmail(params.appointmentId ?? '', token, (body as { code: string }).code)),
    }),
    getAppointment: ({ params, token }) => ({
      status: 200,
      json: publicAppointment(store.appointmentWithToken(params.appointmentId ?? '', token)),
    }),
    cancelAppointment: ({ params, token }) => ({
      status: 200,
      json: publicAppointment(store.cancel(params.appointmentId ?? '', token)),
    }),
    rescheduleAppointment: ({ params, token, body }) => ({
      status: 200,
      json: publicAppointment(
        store.reschedule(params.appointmentId ?? '', token, body as z.infer<typeof RescheduleBody>),
      ),
    }),
    appointmentCalendar: ({ params, token }) => ({
      status: 200,
      text: store.calendarFile(store.appointmentWithToken(params.appointmentId ?? '', token)),
      contentType: 'text/calendar; charset=utf-8',
    }),
  };
}
