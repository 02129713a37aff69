// Every error kind, retries, timeouts, aborts and idempotency, against the stateful MSW mocks.
import { expect } from '@open-wc/testing';
import { recordRequests, useMockApi } from '../../mocks/test-support/worker.js';
import { CivicApiError, CivicClient, type CivicApiErrorKind } from '../src/index.js';

const fastRetries = { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 };
const client = (options: Partial<ConstructorParameters<typeof CivicClient>[0]> = {}) =>
  new CivicClient({ baseUrl: '/api/v1', retry: fastRetries, ...options });

async function failure(promise: Promise<unknown>): Promise<CivicApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error, 'only CivicApiError escapes').to.be.instanceOf(CivicApiError);
    return error as CivicApiError;
  }
  throw new Error('expected the call to fail');
}

/** A free slot: the first start time at the first office that has one in December. */
async function firstFreeSlot(api: CivicClient) {
  const availability = await api.appointments.getAvailability({
    officeIds: ['buergeramt-mitte'],
    services: [{ serviceId: 'personalausweis', count: 1 }],
    from: '2026-12-01',
    to: '2026-12-31',
  });
  const day = availability.days[0]!;
  return { officeId: day.offices[0]!.officeId, start: day.offices[0]!.slots[0]! };
}

describe('CivicClient against the mocks', () => {
  it('loads typed data and sends Accept-Language', async () => {
    await useMockApi();
    const recorder = recordRequests();
    const { services } = await client().appointments.listServices({ locale: 'en-GB' });
    recorder.stop();
    expect(services.length).to.be.at.least(20);
    expect(services.find((service) => service.id === 'personalausweis')?.fee).to.deep.equal({
      amount: 3700,
      currency: 'EUR',
    });
    expect(recorder.requests[0]!.headers.get('Accept-Language')).to.equal('en-GB');
  });

  describe('error kinds', () => {
    const cases: [CivicApiErrorKind, string][] = [
      ['network', 'network'],
      ['http', 'server-error'],
      ['invalid-response', 'malformed'],
      ['invalid-response', 'wrong-shape'],
    ];
    for (const [kind, scenario] of cases) {
      it(`reports "${kind}" for the ${scenario} scenario`, async () => {
        const api = await useMockApi();
        api.scenarios.set('listServices', scenario as never);
        const error = await failure(client().appointments.listServices());
        expect(error.kind).to.equal(kind);
        expect(error.messageKey).to.equal(`errors.${kind}`);
      });
    }

    it('reports "timeout" when the server is too slow', async () => {
      const api = await useMockApi();
      api.scenarios.set('listServices', { kind: 'slow', delayMs: 1000 });
      const error = await failure(client({ timeoutMs: 100, retry: { attempts: 1 } }).appointments.listServices());
      expect(error.kind).to.equal('timeout');
    });

    it('reports "not-found" with the status and the problem code', async () => {
      await useMockApi();
      const error = await failure(client().facilities.get('no-such-place'));
      expect(error.kind).to.equal('not-found');
      expect(error.status).to.equal(404);
      expect(error.code).to.equal('not-found');
    });

    it('reports "conflict" (slot-taken) when the slot is gone', async () => {
      await useMockApi();
      const api = client();
      const slot = await firstFreeSlot(api);
      const request = {
        ...slot,
        services: [{ serviceId: 'personalausweis', count: 1 }],
        variant: 'in-person' as const,
      };
      await api.appointments.reserve(request);
      const error = await failure(api.appointments.reserve(request));
      expect(error.kind).to.equal('conflict');
      expect(error.code).to.equal('slot-taken');
    });

    it('reports "rate-limited" with Retry-After when the wait is too long to retry', async () => {
      const api = await useMockApi();
      api.scenarios.set('listServices', { kind: 'rate-limited', retryAfterSeconds: 60 });
      const recorder = recordRequests();
      const error = await failure(client().appointments.listServices());
      recorder.stop();
      expect(error.kind).to.equal('rate-limited');
      expect(error.retryAfterSeconds).to.equal(60);
      expect(recorder.requests).to.have.length(1);
    });

    it('reports "aborted" when the caller aborts', async () => {
      const api = await useMockApi();
      api.scenarios.set('listServices', { kind: 'slow', delayMs: 1000 });
      const controller = new AbortController();
      const pending = client().appointments.listServices({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      expect((await failure(pending)).kind).to.equal('aborted');
    });

    it('reports validation problems with the fields', async () => {
      await useMockApi();
      const error = await failure(client().waste.searchStreets(''));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(400);
      expect(error.problem?.errors).to.have.property('q');
    });
  });

  describe('retries', () => {
    it('retries a GET after a 503, honouring Retry-After', async () => {
      const api = await useMockApi();
      api.scenarios.set('listFractions', { kind: 'unavailable', times: 1, retryAfterSeconds: 1 });
      const recorder = recordRequests();
      const started = performance.now();
      const { fractions } = await client().waste.listFractions();
      recorder.stop();
      expect(fractions.length).to.be.at.least(6);
      expect(recorder.requests).to.have.length(2);
      expect(performance.now() - started).to.be.at.least(950);
    });

    it('backs off and retries network failures up to the attempt limit', async () => {
      const api = await useMockApi();
      api.scenarios.set('listFractions', { kind: 'network', times: 2 });
      const recorder = recordRequests();
      await client().waste.listFractions();
      recorder.stop();
      expect(recorder.requests).to.have.length(3);
      api.scenarios.set('listFractions', { kind: 'network', times: 3 });
      expect((await failure(client().waste.listFractions())).kind).to.equal('network');
    });

    it('does not retry an unsafe call without an Idempotency-Key', async () => {
      const api = await useMockApi();
      const civic = client();
      const slot = await firstFreeSlot(civic);
      const reservation = await civic.appointments.reserve({
        ...slot,
        services: [{ serviceId: 'personalausweis', count: 1 }],
        variant: 'in-person',
      });
      api.scenarios.set('extendReservation', { kind: 'unavailable', times: 1, retryAfterSeconds: 0 });
      const recorder = recordRequests();
      expect((await failure(civic.appointments.extendReservation(reservation))).kind).to.equal('http');
      recorder.stop();
      expect(recorder.requests).to.have.length(1);
    });

    it('an idempotent retry after a lost answer creates one reservation', async () => {
      const api = await useMockApi();
      const civic = client();
      const slot = await firstFreeSlot(civic);
      api.scenarios.set('reserve', { kind: 'drop-response', times: 1 });
      const recorder = recordRequests();
      const reservation = await civic.appointments.reserve({
        ...slot,
        services: [{ serviceId: 'personalausweis', count: 1 }],
        variant: 'in-person',
      });
      recorder.stop();
      const posts = recorder.requests.filter((request) => request.method === 'POST');
      expect(posts).to.have.length(2);
      const keys = posts.map((request) => request.headers.get('Idempotency-Key'));
      expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
      expect(keys[1]).to.equal(keys[0]);
      expect(api.appointments.reservations.size).to.equal(1);
      expect(reservation.id).to.equal([...api.appointments.reservations.keys()][0]);
    });

    it('a repeated confirm with the same key books once', async () => {
      const api = await useMockApi();
      const civic = client();
      const slot = await firstFreeSlot(civic);
      const reservation = await civic.appointments.reserve({
        ...slot,
        services: [{ serviceId: 'personalausweis', count: 1 }],
        variant: 'in-person',
      });
      const contact = { name: 'Erika Mustermann', email: 'erika@example.org' };
      const first = await civic.appointments.confirm(reservation, contact, { idempotencyKey: 'confirm-1' });
      const second = await civic.appointments.confirm(reservation, contact, { idempotencyKey: 'confirm-1' });
      expect(second.id).to.equal(first.id);
      expect(api.appointments.appointments.size).to.equal(1);
    });
  });

  describe('concurrency', () => {
    it('two concurrent reservations of the last slot: one wins, one conflicts', async () => {
      const api = await useMockApi();
      const civic = client();
      const slot = await firstFreeSlot(civic);
      const day = slot.start.slice(0, 10);
      const service = [{ serviceId: 'personalausweis', count: 1 }];
      const dayAvailability = () =>
        civic.appointments.getAvailability({ officeIds: [slot.officeId], services: service, from: day, to: day });
      // Everything else that day is taken: this 20-minute slot really is the last one.
      api.appointments.bookOut(slot.officeId, day, { start: slot.start.slice(11, 16), minutes: 20 });
      expect((await dayAvailability()).days[0]?.offices[0]?.slots).to.deep.equal([slot.start]);

      const request = {
        ...slot,
        services: [{ serviceId: 'personalausweis', count: 1 }],
        variant: 'in-person' as const,
      };
      const results = await Promise.allSettled([
        civic.appointments.reserve(request),
        civic.appointments.reserve(request),
      ]);
      expect(results.filter((result) => result.status === 'fulfilled')).to.have.length(1);
      const rejected = results.find((result) => result.status === 'rejected');
      expect((rejected?.reason as CivicApiError).kind).to.equal('conflict');
      expect(api.appointments.reservations.size).to.equal(1);
      expect((await dayAvailability()).days).to.deep.equal([]);
    });

    it('identical concurrent GETs share one request', async () => {
      await useMockApi();
      const civic = client();
      const recorder = recordRequests();
      const [a, b, c] = await Promise.all([
        civic.waste.listFractions(),
        civic.waste.listFractions(),
        civic.waste.listFractions(),
      ]);
      recorder.stop();
      expect(recorder.requests).to.have.length(1);
      expect(a).to.deep.equal(b);
      expect(b).to.deep.equal(c);
    });

    it('a GET right after every caller aborted starts afresh instead of joining the aborted one', async () => {
      const api = await useMockApi();
      api.scenarios.set('listFractions', { kind: 'slow', delayMs: 100, times: 1 });
      const civic = client();
      const controller = new AbortController();
      const first = civic.waste.listFractions({ signal: controller.signal });
      controller.abort(); // as when a widget is moved in the DOM: disconnect aborts …
      const again = civic.waste.listFractions(); // … and reconnect asks again at once
      expect((await failure(first)).kind).to.equal('aborted');
      expect((await again).fractions.length).to.be.at.least(6);
    });

    it('one caller aborting a shared GET does not abort the others', async () => {
      const api = await useMockApi();
      api.scenarios.set('listFractions', { kind: 'slow', delayMs: 200, times: 1 });
      const civic = client();
      const controller = new AbortController();
      const aborted = civic.waste.listFractions({ signal: controller.signal });
      const kept = civic.waste.listFractions();
      setTimeout(() => controller.abort(), 20);
      expect((await failure(aborted)).kind).to.equal('aborted');
      expect((await kept).fractions.length).to.be.at.least(6);
    });
  });
});
