import type { Street } from '@civic-widgets/api-client/waste';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SearchStatus = 'idle' | 'pending' | 'complete' | 'error';

/**
 * The street search behind the combobox: waits until typing pauses (debounce), aborts the request
 * of an older query when a newer one starts, and ignores any answer that is not for the newest
 * query. Diacritics are the server's business (the contract: "strasse" finds "Straße").
 */
export class StreetSearch implements ReactiveController {
  query = '';
  results: Street[] = [];
  status: SearchStatus = 'idle';
  error?: unknown;
  /** The query the results belong to. */
  resultsFor = '';

  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly search: (query: string, signal: AbortSignal) => Promise<Street[]>,
    readonly delayMs = 250,
  ) {
    host.addController(this);
  }

  /** Sets the query; the request starts after `delayMs` without further typing. */
  input(query: string): void {
    this.query = query;
    this.cancel();
    if (!query.trim()) {
      this.status = 'idle';
      this.results = [];
      this.resultsFor = '';
    } else {
      this.status = 'pending';
      this.timer = setTimeout(() => void this.run(), this.delayMs);
    }
    this.host.requestUpdate();
  }

  /** Runs the search for the current query now (retry, or Enter before the pause). */
  async run(): Promise<void> {
    this.cancel();
    const query = this.query.trim();
    if (!query) return;
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const results = await this.search(query, controller.signal);
      if (controller !== this.controller) return; // a newer query took over
      this.results = results;
      this.resultsFor = query;
      this.status = 'complete';
      this.error = undefined;
    } catch (error) {
      if (controller.signal.aborted || controller !== this.controller) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Stops the pending timer and request. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = undefined;
  }

  clear(): void {
    this.cancel();
    this.query = '';
    this.results = [];
    this.resultsFor = '';
    this.status = 'idle';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
    if (this.status === 'pending') this.status = 'idle';
  }
}
