import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Screen-reader announcements from inside a shadow root. The element renders `announcer.render()`
 * once (two visually hidden live regions that exist before anything is said) and calls
 * `announce(text)`. Repeating the same text is announced again.
 */
export class LiveAnnouncer implements ReactiveController {
  private polite = '';
  private assertive = '';
  private pending?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The text last announced, for tests. */
  get lastMessage(): string {
    return this.assertive || this.polite;
  }

  announce(text: string, politeness: 'polite' | 'assertive' = 'polite'): void {
    // Clear first, then set on the next task: screen readers react to a change of content.
    this.polite = '';
    this.assertive = '';
    this.host.requestUpdate();
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      if (politeness === 'assertive') this.assertive = text;
      else this.polite = text;
      this.host.requestUpdate();
    }, 50);
  }

  hostDisconnected(): void {
    clearTimeout(this.pending);
  }

  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.polite}</div>
      <div class="sr-only" role="alert" aria-live="assertive" aria-atomic="true">${this.assertive}</div>`;
  }
}
