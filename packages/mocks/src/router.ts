import type { Route } from '@civic-widgets/api-client/contract';
import { delay, http, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw';
import type { MockClock } from './clock.js';
import { MockProblem, validation } from './problem.js';
import type { Scenarios } from './scenarios.js';

export interface RequestContext<Body = unknown> {
  request: Request;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Body;
  /** Bearer token, if sent. */
  token?: string;
  locale: string;
}

export type MockResult =
  { status: 200 | 201; json: unknown } | { status: 200; text: string; contentType: string } | { status: 204 };

export type Implementation = (context: RequestContext) => MockResult | Promise<MockResult>;

interface Cached {
  /** Pending or done: a concurrent repeat with the same key waits for the first. */
  result: Promise<MockResult>;
}

export interface RouterOptions {
  baseUrl: string;
  scenarios: Scenarios;
  /** Idempotency-Key → first result, per route. */
  idempotency: Map<string, Cached>;
  clock: MockClock;
}

/**
 * Headers of every answer. `Date` comes from the mocks' clock, so a test that sets the clock away
 * from the browser's plays a server whose clock differs from the citizen's computer; the clock stands
 * still unless a test moves it, like the rest of the mocks. A real API on another origin must expose
 * `Date` (and `Retry-After`): neither is a CORS-safelisted response header. MSW answers on the page's
 * own origin, where it is not needed; it is sent to show what the contract asks for.
 */
function baseHeaders(clock: MockClock): Record<string, string> {
  return {
    'X-Civic-Sample-Data': 'Musterstadt (sample data, not a real city)',
    Date: clock.now().toUTCString(),
    'Access-Control-Expose-Headers': 'Date, Retry-After',
  };
}

/** Turns a contract route and its implementation into an MSW handler with the contract's rules. */
export function routeHandler(route: Route, implementation: Implementation, options: RouterOptions): HttpHandler {
  const path = `${options.baseUrl.replace(/\/$/, '')}${route.path.replace(/\{(\w+)\}/g, ':$1')}`;
  return http[route.method](path, async ({ request, params }) => {
    const scenario = options.scenarios.take(route.id);
    if (scenario?.kind === 'slow') await delay(scenario.delayMs ?? 2500);
    const { clock } = options;
    switch (scenario?.kind) {
      case 'server-error':
        return problemResponse(clock, new MockProblem(500, 'internal', 'Internal server error (scenario)'));
      case 'unavailable':
        return problemResponse(
          clock,
          new MockProblem(503, 'unavailable', 'Unavailable (scenario)'),
          scenario.retryAfterSeconds ?? 2,
        );
      case 'rate-limited':
        return problemResponse(
          clock,
          new MockProblem(429, 'rate-limited', 'Too many requests (scenario)'),
          scenario.retryAfterSeconds ?? 2,
        );
      case 'network':
        return HttpResponse.error();
      case 'malformed':
        return new HttpResponse('{"this is": not json', {
          status: 200,
          headers: { 'Content-Type': 'application/json', ...baseHeaders(clock) },
        });
      case 'wrong-shape':
        return HttpResponse.json({ unexpected: true, items: 'nope' }, { headers: baseHeaders(clock) });
      default:
        break;
    }
    try {
      const idempotencyKey = route.idempotent ? request.headers.get('Idempotency-Key') : null;
      const cacheKey = idempotencyKey ? `${route.id}|${idempotencyKey}` : undefined;
      const run = async () => implementation(await buildContext(route, request, params));
      let result: MockResult;
      if (cacheKey) {
        // Looked up and stored in one synchronous step, so a double click shares the first call.
        let cached = options.idempotency.get(cacheKey);
        if (!cached) {
          cached = { result: run() };
          options.idempotency.set(cacheKey, cached);
          // Only successes are remembered: after a 4xx the citizen corrects and retries with the key.
          cached.result.catch(() => options.idempotency.delete(cacheKey));
        }
        result = await cached.result;
      } else {
        result = await run();
      }

      if (scenario?.kind === 'drop-response') return HttpResponse.error();
      return respond(route, result, scenario?.kind === 'empty', clock);
    } catch (error) {
      if (error instanceof MockProblem) return problemResponse(clock, error);
      throw error;
    }
  });
}

/** Any other path under the base: a 404 problem, as a real server would answer. */
export function unknownRouteHandler(baseUrl: string, clock: MockClock): HttpHandler {
  return http.all(`${baseUrl.replace(/\/$/, '')}/*`, () =>
    problemResponse(clock, new MockProblem(404, 'not-found', 'No such route')),
  );
}

async function buildContext(route: Route, request: Request, params: Record<string, unknown>): Promise<RequestContext> {
  const authorization = request.headers.get('Authorization');
  let body: unknown;
  if (route.body) {
    let json: unknown;
    try {
      json = await request.json();
    } catch {
      throw validation({ body: 'The body must be JSON' });
    }
    const parsed = route.body.safeParse(json);
    if (!parsed.success) {
      throw validation(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.') || 'body', issue.message])),
      );
    }
    body = parsed.data;
  } else if (route.upload) {
    body = await request.formData();
  }
  return {
    request,
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [name, String(value)])),
    query: new URL(request.url).searchParams,
    body,
    token: authorization?.startsWith('Bearer ') ? authorization.slice(7) : undefined,
    locale: request.headers.get('Accept-Language') ?? 'de',
  };
}

function respond(route: Route, result: MockResult, emptyLists: boolean, clock: MockClock): Response {
  if (result.status === 204) return new HttpResponse(null, { status: 204, headers: baseHeaders(clock) });
  if ('text' in result)
    return new HttpResponse(result.text, {
      status: result.status,
      headers: { 'Content-Type': result.contentType, ...baseHeaders(clock) },
    });
  const json = emptyLists ? emptied(result.json) : result.json;
  // The mocks must keep the contract too: a mock bug is a test failure, not a silent drift.
  const check = route.response.schema?.safeParse(json);
  if (check && !check.success) {
    const issues = check.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Mock answer for ${route.id} breaks the contract: ${issues}`);
  }
  return HttpResponse.json(json as JsonBodyType, { status: result.status, headers: baseHeaders(clock) });
}

function emptied(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (key === 'nextAvailableDate') continue;
    copy[key] = Array.isArray(value) ? [] : value;
  }
  return copy;
}

export function problemResponse(clock: MockClock, problem: MockProblem, retryAfterSeconds?: number): Response {
  return HttpResponse.json(
    {
      type: `https://civic-widgets.example/problems/${problem.code}`,
      title: problem.title,
      status: problem.status,
      code: problem.code,
      ...(problem.errors ? { errors: problem.errors } : {}),
    },
    {
      status: problem.status,
      headers: {
        'Content-Type': 'application/problem+json',
        ...baseHeaders(clock),
        ...(retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) }),
      },
    },
  );
}
