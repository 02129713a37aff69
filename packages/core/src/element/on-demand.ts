import type { ReactiveControllerHost } from 'lit';

/**
 * A part of a widget that comes as a chunk of its own (the later steps, the views): loaded once when
 * first asked for, re-rendering the element when it arrives. A failure is kept until `retry()`, so
 * re-renders that ask again do not turn a missing file into a request loop.
 */
export class OnDemand<T> {
  value?: T;
  /** Why loading failed; the element shows it with a retry. */
  error?: unknown;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: () => Promise<T>,
  ) {}

  /** Starts loading unless the part is there, on its way, or failed. */
  ensure(): void {
    if (this.value !== undefined || this.loading || this.error !== undefined) return;
    this.loading = this.load()
      .then(
        (value) => void (this.value = value),
        (error: unknown) => void (this.error = error ?? new Error('The part could not be loaded.')),
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
  }

  retry(): void {
    this.error = undefined;
    this.ensure();
    this.host.requestUpdate();
  }
}
