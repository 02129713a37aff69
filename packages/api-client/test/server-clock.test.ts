// The transport learns the server's clock from answers' `Date`, so holds count down on server time.
import { expect } from '@open-wc/testing';
import { useMockApi } from '../../mocks/test-support/worker.js';
import { AppointmentsApi, CivicApiError, HttpTransport, parseHttpDate, type ClientOptions } from '../src/index.js';

const MINUTE = 60_000;

function appointmentsOver(transport: HttpTransport) {
  return new AppointmentsApi(transport);
}

/** A transport whose fetch answers with `headers` and whose local clock moves by `latencyMs` per call. */
function stubbed(answers: { status?: number; headers: Record<string, string> }[], latencyMs = 0) {
  let local = Date.parse('2026-11-23T08:00:00.000Z');
  const fetchStub: ClientOptions['fetch'] = () => {
    const answer = answers.shift();
    if (!answer) return Promise.reject(new Error('no more answers'));
    local += latencyMs;
    const status = answer.status ?? 200;
    return Promise.resolve(
      new Response(status === 200 ? '{"services":[]}' : '{}', {
        status,
        headers: { 'Content-Type': 'application/json', ...answer.headers },
      }),
    );
  };
  const transport = new HttpTransport({
    baseUrl: 'https://stadt.example/api/v1/',
    fetch: fetchStub,
    now: () => local,
    retry: { attempts: 1 },
  });
  return { transport, api: appointmentsOver(transport), local: () => local };
}

describe('server clock offset', () => {
  it('is measured from the mocks’ Date when the citizen’s clock is 4 minutes behind', async () => {
    await useMockApi({ now: new Date(Date.now() + 4 * MINUTE) });
    const transport = new HttpTransport({ baseUrl: '/api/v1' });
    const api = appointmentsOver(transport);
    expect(transport.clockOffsetMs, 'nothing measured yet').to.equal(0);
    expect(Math.abs(api.serverNow() - Date.now())).to.be.below(50);

    await api.listServices();
    // Date has whole seconds and the mocks' clock stands still while the test runs: about ±1 s.
    expect(transport.clockOffsetMs).to.be.closeTo(4 * MINUTE, 1500);
    expect(api.serverNow() - Date.now()).to.be.closeTo(4 * MINUTE, 1500);
  });

  it('is negative when the citizen’s clock runs ahead of the server', async () => {
    await useMockApi({ now: new Date(Date.now() - 4 * MINUTE) });
    const transport = new HttpTransport({ baseUrl: '/api/v1' });
    await appointmentsOver(transport).listOffices();
    expect(transport.clockOffsetMs).to.be.closeTo(-4 * MINUTE, 1500);
  });

  it('stays 0 when the clocks agree within the Date’s resolution', async () => {
    await useMockApi({ now: new Date() });
    const transport = new HttpTransport({ baseUrl: '/api/v1' });
    await appointmentsOver(transport).listServices();
    expect(transport.clockOffsetMs).to.equal(0);
  });

  it('takes the Date as read halfway through the round trip, centred in its second', async () => {
    // Sent at 08:00:00.000 local, received 2 s later; the server wrote 08:05:01 (somewhere in that second).
    const { transport, api, local } = stubbed([{ headers: { Date: 'Mon, 23 Nov 2026 08:05:01 GMT' } }], 2000);
    await api.listServices();
    expect(local()).to.equal(Date.parse('2026-11-23T08:00:02.000Z'));
    expect(transport.clockOffsetMs).to.equal(5 * MINUTE + 1000 + 500 - 1000);
    expect(api.serverNow()).to.equal(local() + transport.clockOffsetMs);
  });

  it('adds a shared cache’s Age to the Date it kept', async () => {
    const { transport, api } = stubbed([{ headers: { Date: 'Mon, 23 Nov 2026 08:04:00 GMT', Age: '60' } }]);
    await api.listServices();
    expect(transport.clockOffsetMs).to.equal(5 * MINUTE + 500);
  });

  it('ignores answers without a usable Date, and failed answers', async () => {
    const { transport, api } = stubbed([
      { headers: { Date: 'Mon, 23 Nov 2026 08:04:00 GMT' } },
      { headers: {} },
      { headers: { Date: 'yesterday' } },
      { headers: { Date: '1' } },
      { headers: { Date: 'Mon, 23 Nov 2026 08:04:00' } },
      { status: 500, headers: { Date: 'Mon, 23 Nov 2026 09:00:00 GMT' } },
    ]);
    await api.listServices();
    expect(transport.clockOffsetMs).to.equal(4 * MINUTE + 500);
    for (let call = 0; call < 4; call++) {
      await api.listServices();
      expect(transport.clockOffsetMs, `answer ${call + 2}`).to.equal(4 * MINUTE + 500);
    }
    let failure: unknown;
    try {
      await api.listServices();
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(CivicApiError);
    expect(transport.clockOffsetMs, 'an error answer').to.equal(4 * MINUTE + 500);
  });

  it('goes back to 0 when a later answer agrees with the local clock', async () => {
    const { transport, api } = stubbed([
      { headers: { Date: 'Mon, 23 Nov 2026 07:56:00 GMT' } },
      { headers: { Date: 'Mon, 23 Nov 2026 08:00:01 GMT' } },
    ]);
    await api.listServices();
    expect(transport.clockOffsetMs).to.equal(-4 * MINUTE + 500);
    await api.listServices();
    expect(transport.clockOffsetMs).to.equal(0);
  });
});

describe('parseHttpDate', () => {
  it('reads only IMF-fixdate', () => {
    expect(parseHttpDate('Mon, 23 Nov 2026 08:00:00 GMT')).to.equal(Date.parse('2026-11-23T08:00:00Z'));
    expect(parseHttpDate(' Mon, 23 Nov 2026 08:00:00 GMT ')).to.equal(Date.parse('2026-11-23T08:00:00Z'));
    expect(parseHttpDate('2026-11-23T08:00:00Z')).to.be.undefined;
    expect(parseHttpDate('Mon, 23 Nov 2026 08:00:00 CET')).to.be.undefined;
    expect(parseHttpDate('')).to.be.undefined;
    expect(parseHttpDate(null)).to.be.undefined;
  });
});
