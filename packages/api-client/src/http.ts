import { CivicApiError, kindForStatus } from './errors.js';
import { newIdempotencyKey } from './idempotency.js';
import type { Problem } from './schemas/common.js';
import { parseProblem } from './validation/generated/common.js';
import type { Parser } from './validation/validate.js';

export interface RetryOptions {
  /** Tries in all for a call that may be repeated (safe, or carrying an Idempotency-Key). Default 3. */
  attempts?: number;
  /** First back-off delay; doubles each try, with jitter. Default 300 ms. */
  baseDelayMs?: number;
  /** Longest back-off delay. Default 4 s. */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for; the error reports it instead. Default 10 s. */
  maxRetryAfterSeconds?: number;
}

export interface ClientOptions {
  /** Base URL of the city's API, e.g. "https://stadt.example/api/v1/". */
  baseUrl: string | URL;
  /** Per-request timeout. Default 10 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Extra headers on every request, e.g. an API key a city requires. */
  headers?: Record<string, string>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Jitter source, replaceable in tests. */
  random?: () => number;
  /** This computer's clock; defaults to `Date.now`. Replaceable in tests. */
  now?: () => number;
}

/** Options any single call takes. */
export interface RequestOptions {
  /** Aborting it rejects the call with kind "aborted"; an element passes its task's signal. */
  signal?: AbortSignal;
  /** BCP 47 tag sent as Accept-Language, e.g. the widget's "de" or "en-GB". */
  locale?: string;
  timeoutMs?: number;
  /** Keep one key for one intent (e.g. a confirm button) so a repeat returns the first result. */
  idempotencyKey?: string;
}

type Query = Record<string, string | number | boolean | undefined | readonly string[]>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a service module asks of the transport. */
export interface Call<T> {
  method: Method;
  /** Relative to the base URL, without a leading slash, e.g. "appointments/services". */
  path: string;
  query?: Query;
  json?: unknown;
  form?: FormData;
  /** Bearer token of a reservation or appointment. */
  token?: string;
  /** Creating calls get an Idempotency-Key and may then be retried safely. */
  creates?: boolean;
  /** How to read a successful answer: checked against its contract schema, as text, or nothing. */
  response: { parse: Parser<T> } | { text: (body: string) => T } | { empty: T };
}

const RETRYABLE_STATUS = new Set([408, 429, 502, 503, 504]);

/**
 * Smaller measured clock offsets are treated as 0. An HTTP `Date` has whole seconds, so even after
 * centring it (+500 ms) a measurement is off by up to ±0.5 s plus half the round trip; below 2 s we
 * cannot tell a wrong clock from that noise, and keeping it would only make a seconds countdown
 * jump by one when the next answer measures a slightly different offset.
 */
export const CLOCK_OFFSET_THRESHOLD_MS = 2000;

interface SharedRequest {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
}

/** fetch with the contract's rules: see ARCHITECTURE.md, "The contract" and "Data flow". */
export class HttpTransport {
  readonly baseUrl: URL;
  private readonly inFlight = new Map<string, SharedRequest>();
  private readonly retry: Required<RetryOptions>;
  private offsetMs = 0;

  constructor(private readonly options: ClientOptions) {
    // Relative bases resolve against the page; outside a browser (a server, a script) give a full URL.
    const base = new URL(options.baseUrl, typeof location === 'undefined' ? undefined : location.href);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.baseUrl = base;
    this.retry = {
      attempts: options.retry?.attempts ?? 3,
      baseDelayMs: options.retry?.baseDelayMs ?? 300,
      maxDelayMs: options.retry?.maxDelayMs ?? 4000,
      maxRetryAfterSeconds: options.retry?.maxRetryAfterSeconds ?? 10,
    };
  }

  /**
   * The server's clock minus this computer's, in ms, from the `Date` of the latest successful answer
   * that carried a usable one; 0 until then and whenever it is within ±2 s (see
   * `CLOCK_OFFSET_THRESHOLD_MS`). Cross-origin this needs `Access-Control-Expose-Headers: Date`.
   */
  get clockOffsetMs(): number {
    return this.offsetMs;
  }

  /**
   * Now on the server's clock, as epoch ms: compare server instants (a hold's `expiresAt`) with this,
   * not with `Date.now()`, which is wrong on a citizen's computer whose clock is off.
   */
  serverNow(): number {
    return this.localNow() + this.offsetMs;
  }

  private localNow(): number {
    return this.options.now ? this.options.now() : Date.now();
  }

  /** Learns the clock offset from an answer's `Date`, taken as read halfway between send and receipt. */
  private observeClock(response: Response, sentAt: number, receivedAt: number): void {
    const date = parseHttpDate(response.headers.get('Date'));
    if (date === undefined) return;
    // A shared cache keeps the first Date and says how old its copy is in `Age` (seconds).
    const age = /^\d+$/.test(response.headers.get('Age') ?? '') ? Number(response.headers.get('Age')) : 0;
    // The server wrote the Date somewhere in [date, date + 1 s): +500 ms centres the rounding error.
    const offset = date + age * 1000 + 500 - (sentAt + receivedAt) / 2;
    this.offsetMs = Math.abs(offset) > CLOCK_OFFSET_THRESHOLD_MS ? Math.round(offset) : 0;
  }

  request<T>(call: Call<T>, options: RequestOptions = {}): Promise<T> {
    if (options.signal?.aborted) return Promise.reject(abortedError(options.signal));
    const url = this.url(call.path, call.query);
    if (call.method !== 'GET') {
      const key = call.creates ? (options.idempotencyKey ?? newIdempotencyKey()) : undefined;
      return this.send(call, url, options, key, options.signal);
    }
    // Identical concurrent GETs share one request; it is aborted only when every caller gave up.
    const shareKey = `${url.href}|${options.locale ?? ''}|${call.token ?? ''}`;
    let shared = this.inFlight.get(shareKey);
    if (!shared) {
      const controller = new AbortController();
      const promise = this.send(call, url, options, undefined, controller.signal).finally(() => {
        if (this.inFlight.get(shareKey) === entry) this.inFlight.delete(shareKey);
      });
      const entry: SharedRequest = { promise, controller, waiting: 0 };
      shared = entry;
      this.inFlight.set(shareKey, entry);
    }
    return this.join(shareKey, shared, options.signal) as Promise<T>;
  }

  private join(shareKey: string, shared: SharedRequest, signal?: AbortSignal): Promise<unknown> {
    shared.waiting++;
    let settled = false;
    const leave = () => {
      if (settled) return;
      settled = true;
      shared.waiting--;
      if (shared.waiting === 0) {
        // Nobody waits any more: abort it, and let the next identical GET start afresh rather than
        // join a request that is already aborted.
        if (this.inFlight.get(shareKey) === shared) this.inFlight.delete(shareKey);
        shared.controller.abort();
      }
    };
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        leave();
        reject(abortedError(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (value) => {
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          settled = true;
          signal?.removeEventListener('abort', onAbort);
          reject(
            error instanceof CivicApiError && error.kind === 'aborted' && signal?.aborted
              ? abortedError(signal)
              : error instanceof CivicApiError
                ? error
                : new CivicApiError('network', 'Request failed', { cause: error }),
          );
        },
      );
    });
  }

  private async send<T>(
    call: Call<T>,
    url: URL,
    options: RequestOptions,
    idempotencyKey: string | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    const repeatable = call.method === 'GET' || idempotencyKey !== undefined;
    const attempts = repeatable ? Math.max(1, this.retry.attempts) : 1;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(call, url, options, idempotencyKey, signal);
      } catch (error) {
        const failure =
          error instanceof CivicApiError ? error : new CivicApiError('network', 'Request failed', { cause: error });
        const wait = attempt < attempts ? this.retryDelay(failure, attempt) : undefined;
        if (wait === undefined) throw failure;
        await sleep(wait, signal);
      }
    }
  }

  /** Milliseconds to wait before the next try, or undefined when this failure is final. */
  private retryDelay(error: CivicApiError, attempt: number): number | undefined {
    const transient =
      error.kind === 'network' ||
      error.kind === 'timeout' ||
      (error.status !== undefined && RETRYABLE_STATUS.has(error.status));
    if (!transient) return undefined;
    if (error.retryAfterSeconds !== undefined) {
      return error.retryAfterSeconds <= this.retry.maxRetryAfterSeconds ? error.retryAfterSeconds * 1000 : undefined;
    }
    const backoff = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
    const random = this.options.random ?? Math.random;
    return backoff / 2 + (backoff / 2) * random(); // "equal jitter": spreads retries of many clients
  }

  private async attempt<T>(
    call: Call<T>,
    url: URL,
    options: RequestOptions,
    idempotencyKey: string | undefined,
    signal?: AbortSignal,
  ): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? 10_000;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort();
    signal?.addEventListener('abort', forwardAbort, { once: true });
    try {
      let init: RequestInit;
      try {
        init = {
          method: call.method,
          headers: this.headers(call, options, idempotencyKey),
          body: call.form ?? (call.json === undefined ? undefined : JSON.stringify(call.json)),
          signal: controller.signal,
        };
      } catch (error) {
        // E.g. a token with characters a header cannot carry (a damaged manage link): no network
        // problem, and repeating will not help.
        throw new CivicApiError('http', 'The request could not be built', { cause: error });
      }
      let response: Response;
      const sentAt = this.localNow();
      try {
        response = await (this.options.fetch ?? fetch)(url, init);
      } catch (error) {
        throw this.transportError(error, timedOut, timeoutMs, signal);
      }
      if (!response.ok) throw await errorFromResponse(response);
      this.observeClock(response, sentAt, this.localNow());
      try {
        return await readBody(call, response);
      } catch (error) {
        if (error instanceof CivicApiError) throw error;
        throw this.transportError(error, timedOut, timeoutMs, signal);
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }
  }

  private transportError(error: unknown, timedOut: boolean, timeoutMs: number, signal?: AbortSignal): CivicApiError {
    if (signal?.aborted) return abortedError(signal);
    if (timedOut) return new CivicApiError('timeout', `No answer within ${timeoutMs} ms`, { cause: error });
    return new CivicApiError('network', 'The server could not be reached', { cause: error });
  }

  private headers(call: Call<unknown>, options: RequestOptions, idempotencyKey?: string): Headers {
    const headers = new Headers(this.options.headers);
    headers.set('Accept', 'text' in call.response ? 'text/calendar, text/plain' : 'application/json');
    if (options.locale) headers.set('Accept-Language', options.locale);
    if (call.json !== undefined) headers.set('Content-Type', 'application/json');
    if (call.token) headers.set('Authorization', `Bearer ${call.token}`);
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    return headers;
  }

  private url(path: string, query: Query = {}): URL {
    const url = new URL(path.replace(/^\/+/, ''), this.baseUrl);
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      url.searchParams.set(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url;
  }
}

async function readBody<T>(call: Call<T>, response: Response): Promise<T> {
  const spec = call.response;
  if ('empty' in spec) return spec.empty;
  const text = await response.text();
  if ('text' in spec) {
    try {
      return spec.text(text);
    } catch (error) {
      throw new CivicApiError('invalid-response', 'The answer is not what was asked for', {
        status: response.status,
        cause: error,
      });
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CivicApiError('invalid-response', 'The answer is not JSON', { status: response.status, cause: error });
  }
  const parsed = spec.parse(json);
  if (!parsed.ok) {
    throw new CivicApiError('invalid-response', `The answer does not match the contract (${parsed.issue})`, {
      status: response.status,
    });
  }
  return parsed.value;
}

async function errorFromResponse(response: Response): Promise<CivicApiError> {
  let problem: Problem | undefined;
  try {
    const parsed = parseProblem(JSON.parse(await response.text()));
    if (parsed.ok) problem = parsed.value;
  } catch {
    // no or broken body: the status says enough
  }
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  const kind = kindForStatus(response.status);
  return new CivicApiError(kind, problem?.title ?? `HTTP ${response.status}`, {
    status: response.status,
    problem,
    retryAfterSeconds,
  });
}

/** `Retry-After` as seconds from now: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = parseHttpDate(text);
  return date === undefined ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * An HTTP date (IMF-fixdate, "Mon, 23 Nov 2026 08:00:00 GMT") as epoch ms, else undefined. Only that
 * form: Date.parse alone would take "1.5", "-1" or a bare "2026" as a date.
 */
export function parseHttpDate(value: string | null): number | undefined {
  const text = value?.trim();
  if (!text || !/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : date;
}

function abortedError(signal?: AbortSignal): CivicApiError {
  return new CivicApiError('aborted', 'The request was aborted', { cause: signal?.reason });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortedError(signal));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
