import { expect } from '@open-wc/testing';
import { CivicApiError, CivicClient, type ReserveRequest } from '@civic-widgets/api-client';
import { useMockApi } from '../test-support/worker.js';

const client = () => new CivicClient({ baseUrl: '/api/v1', retry: { attempts: 1 } });

async function reject(promise: Promise<unknown>): Promise<CivicApiError> {
  try {
    await promise;
  } catch (error) {
    return error as CivicApiError;
  }
  throw new Error('expected a rejection');
}

async function freeSlot(
  civic: CivicClient,
  officeId = 'buergeramt-nord',
  serviceId = 'personalausweis',
  variant: ReserveRequest['variant'] = 'in-person',
): Promise<ReserveRequest> {
  const availability = await civic.appointments.getAvailability({
    officeIds: [officeId],
    services: [{ serviceId, count: 1 }],
    from: '2026-12-07',
    to: '2026-12-31',
    variant,
  });
  const office = availability.days[0]!.offices[0]!;
  return { officeId: office.officeId, start: office.slots[0]!, services: [{ serviceId, count: 1 }], variant };
}

async function slotsOn(civic: CivicClient, request: ReserveRequest) {
  const date = request.start.slice(0, 10);
  const availability = await civic.appointments.getAvailability({
    officeIds: [request.officeId],
    services: request.services,
    from: date,
    to: date,
  });
  return availability.days[0]?.offices[0]?.slots ?? [];
}

describe('stateful mocks', () => {
  it('a reservation takes the slot, releasing frees it', async () => {
    await useMockApi();
    const civic = client();
    const request = await freeSlot(civic);
    const reservation = await civic.appointments.reserve(request);
    expect(reservation.expiresAt > '2026-11-23T09:09').to.be.true;
    expect(await slotsOn(civic, request)).not.to.include(request.start);
    await civic.appointments.releaseReservation(reservation);
    expect(await slotsOn(civic, request)).to.include(request.start);
  });

  it('a hold expires with the clock, frees the slot and cannot be confirmed', async () => {
    const api = await useMockApi();
    const civic = client();
    const request = await freeSlot(civic);
    const reservation = await civic.appointments.reserve(request);
    api.clock.advance(11 * 60_000);
    expect(await slotsOn(civic, request)).to.include(request.start);
    const error = await reject(civic.appointments.confirm(reservation, { name: 'Erika', email: 'erika@example.org' }));
    expect(error.kind).to.equal('not-found'); // 410 Gone
    expect(error.code).to.equal('hold-expired');
  });

  it('holds for holdSeconds when a test asks for a short hold', async () => {
    const api = await useMockApi({ holdSeconds: 5 });
    const civic = client();
    const request = await freeSlot(civic);
    const reservation = await civic.appointments.reserve(request);
    expect(Date.parse(reservation.expiresAt) - api.clock.now().getTime()).to.equal(5000);
    api.clock.advance(6000);
    expect(await slotsOn(civic, request)).to.include(request.start);
  });

  it('dates every answer with its clock, for clients that correct the citizen’s clock', async () => {
    const api = await useMockApi({ now: '2026-11-23T09:00:00.700+01:00' });
    const response = await fetch('/api/v1/appointments/services');
    expect(response.headers.get('Date')).to.equal('Mon, 23 Nov 2026 08:00:00 GMT');
    expect(response.headers.get('Access-Control-Expose-Headers')).to.contain('Date');
    api.clock.advance(90_000);
    const missing = await fetch('/api/v1/no-such-route');
    expect(missing.status).to.equal(404);
    expect(missing.headers.get('Date')).to.equal('Mon, 23 Nov 2026 08:01:30 GMT');
  });

  it('a hold can be extended once', async () => {
    await useMockApi();
    const civic = client();
    const reservation = await civic.appointments.reserve(await freeSlot(civic));
    const extended = await civic.appointments.extendReservation(reservation);
    expect(extended.extendable).to.be.false;
    expect((await reject(civic.appointments.extendReservation(reservation))).code).to.equal('not-extendable');
  });

  it('books, manages by token, reschedules and cancels', async () => {
    await useMockApi();
    const civic = client();
    const first = await civic.appointments.reserve(await freeSlot(civic));
    const appointment = await civic.appointments.confirm(first, {
      name: 'Erika Mustermann',
      email: 'erika@example.org',
    });
    expect(appointment.status).to.equal('confirmed');
    expect(appointment.bookingCode).to.match(/^MS-/);
    expect(appointment.fee).to.deep.equal({ amount: 3700, currency: 'EUR' });
    expect(
      (await reject(civic.appointments.get({ id: appointment.id, token: 'wrong-token-wrong-token' }))).status,
    ).to.equal(401);

    const later = await civic.appointments.getAvailability({
      officeIds: ['buergeramt-west'],
      services: appointment.services,
      from: '2027-01-11',
      to: '2027-01-31',
    });
    const target = {
      officeId: 'buergeramt-west',
      start: later.days[0]!.offices[0]!.slots[0]!,
      services: appointment.services,
      variant: appointment.variant,
    };
    const hold = await civic.appointments.reserve(target);
    const moved = await civic.appointments.reschedule(appointment, hold);
    expect(moved.start).to.equal(target.start);
    expect(moved.officeId).to.equal('buergeramt-west');
    expect(await slotsOn(civic, { ...target, officeId: first.officeId, start: first.start })).to.include(first.start);

    const ics = await civic.appointments.calendar(appointment);
    expect(ics).to.contain('BEGIN:VEVENT').and.contain(`UID:${appointment.id}@`).and.contain('\r\n');
    const cancelled = await civic.appointments.cancel(appointment);
    expect(cancelled.status).to.equal('cancelled');
    expect(await slotsOn(civic, target)).to.include(target.start);
  });

  it('keeps the appointment pending until the e-mail is confirmed (double opt-in)', async () => {
    const api = await useMockApi();
    const civic = client();
    const reservation = await civic.appointments.reserve(await freeSlot(civic, 'buergeramt-mitte'));
    const pending = await civic.appointments.confirm(reservation, { name: 'Erika', email: 'erika@example.org' });
    expect(pending.status).to.equal('pending-email-confirmation');
    expect((await reject(civic.appointments.confirmEmail(pending, '000000'))).code).to.equal('invalid-code');
    const confirmed = await civic.appointments.confirmEmail(pending, api.appointments.emailCodeFor(pending.id)!);
    expect(confirmed.status).to.equal('confirmed');
  });

  it('asks for the phone where the office requires it', async () => {
    await useMockApi();
    const civic = client();
    const reservation = await civic.appointments.reserve(await freeSlot(civic, 'buergeramt-sued'));
    const error = await reject(civic.appointments.confirm(reservation, { name: 'Erika', email: 'erika@example.org' }));
    expect(error.status).to.equal(400);
    expect(error.problem?.errors).to.have.property('contact.phone');
    const booked = await civic.appointments.confirm(reservation, {
      name: 'Erika',
      email: 'erika@example.org',
      phone: '06221 123456',
    });
    expect(booked.status).to.equal('confirmed');
  });

  it('runs a payment through redirect, status and receipt', async () => {
    const api = await useMockApi();
    const civic = client();
    const quote = await civic.payments.quote([
      { serviceId: 'personalausweis', count: 2 },
      { serviceId: 'wohnsitz-anmelden', count: 1 },
    ]);
    expect(quote.total).to.deep.equal({ amount: 7400, currency: 'EUR' });
    const { methods } = await civic.payments.listMethods();
    const payment = await civic.payments.create({
      items: quote.items.map(({ feeId, quantity }) => ({ feeId, quantity })),
      methodId: methods[0]!.id,
      returnUrl: 'https://stadt.example/bezahlt',
    });
    expect(payment.status).to.equal('pending');
    expect(payment.redirectUrl).to.match(/^https:\/\//);
    expect((await reject(civic.payments.receipt(payment.id))).code).to.equal('not-paid');
    api.payments.settle(payment.id, 'paid');
    expect((await civic.payments.get(payment.id)).status).to.equal('paid');
    expect((await civic.payments.receipt(payment.id)).total).to.deep.equal({ amount: 7400, currency: 'EUR' });
  });

  it('expires an unpaid payment after 30 minutes', async () => {
    const api = await useMockApi();
    const civic = client();
    const payment = await civic.payments.create({
      items: [{ feeId: 'pa-ab-24', quantity: 1 }],
      methodId: 'paypal',
      returnUrl: 'https://stadt.example/r',
    });
    api.clock.advance(31 * 60_000);
    expect((await civic.payments.get(payment.id)).status).to.equal('expired');
  });

  it('opens the video room only around the appointment and takes documents by policy', async () => {
    const api = await useMockApi();
    const civic = client();
    const reservation = await civic.appointments.reserve(
      await freeSlot(civic, 'buergerbuero-digital', 'wohngeld-beratung', 'video'),
    );
    const appointment = await civic.appointments.confirm(reservation, { name: 'Erika', email: 'erika@example.org' });
    const before = await civic.video.getTicket(appointment);
    expect(before.roomUrl).to.be.undefined;
    api.clock.set(appointment.start);
    const during = await civic.video.getTicket(appointment);
    expect(during.roomUrl).to.match(/^https:\/\/video\./);
    const pdf = new File(['%PDF-1.4 sample'], 'mietvertrag.pdf', { type: 'application/pdf' });
    const uploaded = await civic.video.uploadDocument(appointment, pdf);
    expect(uploaded.name).to.equal('mietvertrag.pdf');
    const exe = new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' });
    expect((await reject(civic.video.uploadDocument(appointment, exe))).status).to.equal(415);
    const { documents, policy } = await civic.video.listDocuments(appointment);
    expect(documents).to.have.length(1);
    expect(policy.allowedTypes).to.include('application/pdf');
  });

  it('applies a scenario the given number of times, then answers normally', async () => {
    const api = await useMockApi({ scenarios: { listFractions: { kind: 'server-error', times: 1 } } });
    const civic = client();
    expect((await reject(civic.waste.listFractions())).status).to.equal(500);
    expect((await civic.waste.listFractions()).fractions.length).to.be.greaterThan(5);
    api.scenarios.set('*', 'empty');
    expect((await civic.appointments.listServices()).services).to.deep.equal([]);
    api.scenarios.clear();
    expect((await civic.appointments.listServices()).services.length).to.be.greaterThan(5);
  });
});

describe('idempotency in the mocks', () => {
  it('concurrent repeats with one key create one payment', async () => {
    const api = await useMockApi();
    const civic = client();
    const request = {
      items: [{ feeId: 'pa-ab-24', quantity: 1 }],
      methodId: 'paypal',
      returnUrl: 'https://stadt.example/r',
    };
    const [a, b] = await Promise.all([
      civic.payments.create(request, { idempotencyKey: 'k1' }),
      civic.payments.create(request, { idempotencyKey: 'k1' }),
    ]);
    expect(a.id).to.equal(b.id);
    expect(api.payments.payments.size).to.equal(1);
  });

  it('a failed attempt is not remembered: the corrected repeat with the same key succeeds', async () => {
    await useMockApi();
    const civic = client();
    const reservation = await civic.appointments.reserve(await freeSlot(civic, 'buergeramt-sued'));
    const withoutPhone = await reject(
      civic.appointments.confirm(reservation, { name: 'Erika', email: 'erika@example.org' }, { idempotencyKey: 'c1' }),
    );
    expect(withoutPhone.status).to.equal(400);
    const booked = await civic.appointments.confirm(
      reservation,
      { name: 'Erika', email: 'erika@example.org', phone: '06221 1' },
      { idempotencyKey: 'c1' },
    );
    expect(booked.status).to.equal('confirmed');
  });
});

describe('mock details', () => {
  it('serves the subscription feed with a reminder alarm, on the page’s own scheme', async () => {
    await useMockApi();
    const civic = client();
    const { streets } = await civic.waste.searchStreets('b', { limit: 50 });
    const street = streets.find((candidate) => !candidate.split)!;
    const subscription = await civic.waste.getSubscription(
      { streetId: street.id },

      { fractionIds: ['paper'], reminder: '19:00' },
    );
    expect(new URL(subscription.icsUrl).protocol).to.equal(location.protocol);
    expect(subscription.webcalUrl).to.match(/^webcal:\/\//);
    const feed = await (await fetch(subscription.icsUrl)).text();
    expect(feed).to.contain('BEGIN:VCALENDAR\r\n').and.contain('DTSTART;VALUE=DATE:').and.contain('SUMMARY:Papier');
    expect(feed).to.contain('TRIGGER:-PT300M'); // 19:00 the evening before
  });

  it('gives hold expiry in the right offset in the hour that repeats when clocks go back', async () => {
    const api = await useMockApi({ now: '2026-10-25T00:55:00Z' }); // 02:55 summer time, then 02:00 winter time again
    const civic = client();
    const availability = await civic.appointments.getAvailability({
      officeIds: ['buergeramt-nord'],
      services: [{ serviceId: 'personalausweis', count: 1 }],
      from: '2026-11-02',
      to: '2026-11-30',
    });
    const office = availability.days[0]!.offices[0]!;
    const reservation = await civic.appointments.reserve({
      officeId: office.officeId,
      start: office.slots[0]!,
      services: [{ serviceId: 'personalausweis', count: 1 }],
      variant: 'in-person',
    });
    expect(reservation.expiresAt).to.equal('2026-10-25T02:05:00+01:00'); // 01:05 UTC
    expect(Date.parse(reservation.expiresAt)).to.equal(Date.parse('2026-10-25T01:05:00Z'));
    expect(api.appointments.reservations.size).to.equal(1);
  });
});
