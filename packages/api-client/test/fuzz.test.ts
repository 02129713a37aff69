// Property: whatever a server answers (any status, headers, body), a call either returns data that
// matches the contract or throws a CivicApiError. Nothing else ever escapes.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CivicApiError, CivicClient, kindForStatus } from '../src/index.js';

interface FakeAnswer {
  status: number;
  body: string;
  retryAfter?: string;
  contentType: string;
}

const jsonBodies = fc.jsonValue().map((value) => JSON.stringify(value));
const answers: fc.Arbitrary<FakeAnswer> = fc.record(
  {
    status: fc.oneof(fc.constant(200), fc.constant(201), fc.constant(204), fc.integer({ min: 200, max: 599 })),
    body: fc.oneof(
      jsonBodies,
      fc.string(),
      fc.constant(''),
      fc.constant('{"services":[{"id":"x"}]}'),
      fc.constant('{"title":"t","status":409,"code":"slot-taken"}'),
    ),
    retryAfter: fc.oneof(
      fc.constant('0'),
      fc.string(),
      fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
    ),
    contentType: fc.constantFrom('application/json', 'application/problem+json', 'text/plain', 'text/calendar'),
  },
  { requiredKeys: ['status', 'body', 'contentType'] },
);

/** A client whose fetch answers with `answer`, without a network. */
function clientAnswering(answer: FakeAnswer): CivicClient {
  const fakeFetch: typeof fetch = () => {
    const headers = new Headers({ 'Content-Type': answer.contentType });
    if (answer.retryAfter !== undefined) headers.set('Retry-After', answer.retryAfter);
    const nullBody = answer.status === 204 || answer.status === 205 || answer.status === 304;
    return Promise.resolve(new Response(nullBody ? null : answer.body, { status: answer.status, headers }));
  };
  return new CivicClient({
    baseUrl: 'https://stadt.example/api/v1',
    fetch: fakeFetch,
    retry: { attempts: 1, maxRetryAfterSeconds: 0 },
  });
}

const appointment = { id: 'a-1', token: 'tok_0123456789abcdef' };
const calls: [string, (client: CivicClient) => Promise<unknown>][] = [
  ['appointments.listServices', (c) => c.appointments.listServices()],
  ['appointments.listOffices', (c) => c.appointments.listOffices(['personalausweis'])],
  [
    'appointments.getAvailability',
    (c) =>
      c.appointments.getAvailability({
        officeIds: ['o'],
        services: [{ serviceId: 's', count: 1 }],
        from: '2026-12-01',
        to: '2026-12-31',
      }),
  ],
  [
    'appointments.reserve',
    (c) =>
      c.appointments.reserve({
        officeId: 'o',
        start: '2026-12-01T08:00:00+01:00',
        services: [{ serviceId: 's', count: 1 }],
        variant: 'in-person',
      }),
  ],
  ['appointments.confirm', (c) => c.appointments.confirm(appointment, { name: 'E', email: 'e@example.org' })],
  ['appointments.get', (c) => c.appointments.get(appointment)],
  ['appointments.releaseReservation', (c) => c.appointments.releaseReservation(appointment)],
  ['appointments.calendar', (c) => c.appointments.calendar(appointment)],
  ['waste.searchStreets', (c) => c.waste.searchStreets('haupt')],
  ['waste.getCollections', (c) => c.waste.getCollections({ streetId: 's' }, { from: '2026-01-01', to: '2026-12-31' })],
  ['waste.getSubscription', (c) => c.waste.getSubscription({ streetId: 's' })],
  ['facilities.search', (c) => c.facilities.search({ bbox: [8, 49, 9, 50] })],
  ['payments.quote', (c) => c.payments.quote([{ serviceId: 's', count: 1 }])],
  [
    'payments.create',
    (c) => c.payments.create({ items: [{ feeId: 'f', quantity: 1 }], methodId: 'm', returnUrl: 'https://x.example/' }),
  ],
  ['payments.receipt', (c) => c.payments.receipt('p')],
  ['video.getTicket', (c) => c.video.getTicket(appointment)],
  ['video.listDocuments', (c) => c.video.listDocuments(appointment)],
];

describe('fuzzing responses', () => {
  for (const [name, call] of calls) {
    it(`${name}: only data or a CivicApiError`, async () => {
      await fc.assert(
        fc.asyncProperty(answers, async (answer) => {
          try {
            await call(clientAnswering(answer));
            return answer.status >= 200 && answer.status < 300; // success only on a 2xx
          } catch (error) {
            if (!(error instanceof CivicApiError) || error.cause instanceof Response) return false;
            // The kind must say what really happened: a broken 2xx is an invalid response, never a
            // "network" problem; an error status maps to its documented kind.
            const expected = answer.status < 300 ? 'invalid-response' : kindForStatus(answer.status);
            return error.kind === expected && (answer.status < 300 || error.status === answer.status);
          }
        }),
        { numRuns: 150, seed: 20261122 },
      );
    });
  }

  it('maps statuses to kinds as documented', async () => {
    const kinds = new Map<number, string>();
    for (const status of [400, 401, 404, 409, 410, 429, 500, 503]) {
      try {
        await clientAnswering({ status, body: '', contentType: 'text/plain' }).waste.listFractions();
      } catch (error) {
        kinds.set(status, (error as CivicApiError).kind);
      }
    }
    expect(Object.fromEntries(kinds)).to.deep.equal({
      400: 'http',
      401: 'http',
      404: 'not-found',
      409: 'conflict',
      410: 'not-found',
      429: 'rate-limited',
      500: 'http',
      503: 'http',
    });
  });
});
