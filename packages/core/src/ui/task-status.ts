import type { Task } from '@lit/task';
import { TaskStatus } from '@lit/task';
import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { CivicElement } from '../element/civic-element.js';
import type { LiveAnnouncer } from './live-announcer.js';
import { renderEmpty, renderError, renderLoading } from './status.js';

export interface TaskViewOptions<T> {
  /** The view once data is there. */
  complete: (value: T) => TemplateResult;
  /** When true, the empty view shows instead of `complete`. */
  isEmpty?: (value: T) => boolean;
  /** The empty view; default: "Keine Einträge gefunden." */
  empty?: () => TemplateResult;
  /** Said while loading, e.g. "Freie Termine werden gesucht …". */
  loadingLabel?: () => string | undefined;
  /** Said when data arrived, e.g. "12 freie Termine". Default: "Geladen." */
  announceComplete?: (value: T) => string;
  /** Headline of the error view in the widget's words. */
  errorTitle?: () => string | undefined;
}

let taskRegions = 0;

/**
 * Renders a `@lit/task` in its states the same way in every widget: pending (busy region, spinner,
 * polite announcement), complete or empty (announced), and error (plain-language message per error
 * kind, announced as an alert, with a retry button that runs the task again).
 */
export class TaskStatusController<T> implements ReactiveController {
  private announcedStatus?: TaskStatus;
  private focusRegionAfterUpdate = false;
  /** Tells this controller's region apart from others in the same shadow root (no `ref`: saves a directive). */
  private readonly key = String(++taskRegions);

  constructor(
    private readonly host: CivicElement,
    private readonly task: Pick<Task<readonly unknown[], T>, 'status' | 'value' | 'error' | 'render' | 'run'>,
    private readonly announcer: LiveAnnouncer,
    private readonly options: TaskViewOptions<T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.focusRegionAfterUpdate) {
      // The retry button is gone with the error view; keep focus in the widget, not on <body>.
      this.focusRegionAfterUpdate = false;
      this.host.renderRoot.querySelector<HTMLElement>(`[data-civic-task="${this.key}"]`)?.focus();
    }
    const status = this.task.status;
    if (status === this.announcedStatus) return;
    this.announcedStatus = status;
    const messages = this.host.coreMessages;
    if (status === TaskStatus.PENDING) {
      this.announcer.announce(this.options.loadingLabel?.() ?? messages.status.loading);
    } else if (status === TaskStatus.COMPLETE) {
      const value = this.task.value as T;
      this.announcer.announce(
        this.options.isEmpty?.(value)
          ? messages.status.empty
          : (this.options.announceComplete?.(value) ?? messages.status.loaded),
      );
    }
    // Errors render with role="alert", which screen readers announce themselves.
  }

  render(): TemplateResult {
    const messages = this.host.coreMessages;
    const loading = () => renderLoading(messages, this.options.loadingLabel?.());
    const busy = this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
    return html`<div
      class="civic-task"
      part="content"
      tabindex="-1"
      aria-busy=${busy ? 'true' : 'false'}
      data-civic-task=${this.key}
    >
      ${this.task.render({
        initial: loading,
        pending: loading,
        complete: (value) =>
          this.options.isEmpty?.(value)
            ? (this.options.empty?.() ?? renderEmpty(messages))
            : this.options.complete(value),
        error: (error) =>
          renderError({
            error,
            messages,
            format: this.host.format,
            title: this.options.errorTitle?.(),
            onRetry: () => {
              this.focusRegionAfterUpdate = true;
              void this.task.run();
            },
          }),
      })}
    </div>`;
  }
}
