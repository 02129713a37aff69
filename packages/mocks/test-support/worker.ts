// One MSW worker per test page; each test gets a fresh, stateful mock API.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockApi, type MockApi, type MockApiOptions } from '../src/index.js';

let worker: SetupWorker | undefined;

/** Starts the worker once, then installs a new mock API (fresh state, clock and scenarios). */
export async function useMockApi(options: MockApiOptions = {}): Promise<MockApi> {
  const api = createMockApi(options);
  if (!worker) {
    worker = setupWorker(...api.handlers);
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  } else {
    worker.resetHandlers(...api.handlers);
  }
  return api;
}

/** Records requests the page sends to the mocked API: method, path and headers. */
export function recordRequests(): { requests: { method: string; path: string; headers: Headers }[]; stop: () => void } {
  if (!worker) throw new Error('Call useMockApi first');
  const requests: { method: string; path: string; headers: Headers }[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.startsWith('/api/'))
      requests.push({ method: request.method, path: url.pathname, headers: request.headers });
  };
  worker.events.on('request:start', listener);
  return { requests, stop: () => worker?.events.removeListener('request:start', listener) };
}
