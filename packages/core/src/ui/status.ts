import { css, html, nothing, type TemplateResult } from 'lit';
import type { CivicFormatter } from '../i18n/format.js';
import type { CoreMessages, ErrorKind } from '../i18n/messages.js';

/** The shape of an error the status view can explain: a `CivicApiError`, or anything with a kind. */
export interface ExplainableError {
  kind?: string;
  retryAfterSeconds?: number;
}

/** The kinds of CivicApiError, each with its own message in the catalogs. */
export const API_ERROR_KINDS = [
  'network',
  'timeout',
  'http',
  'not-found',
  'conflict',
  'rate-limited',
  'invalid-response',
  'aborted',
] as const satisfies readonly ErrorKind[];

const KNOWN_KINDS = new Set<string>(API_ERROR_KINDS);

export function errorKindOf(error: unknown): ErrorKind {
  const kind = (error as ExplainableError | null)?.kind;
  return typeof kind === 'string' && KNOWN_KINDS.has(kind) ? (kind as ErrorKind) : 'unknown';
}

/** The plain-language sentence for an error, with "try again in N seconds" when the server said so. */
export function describeError(error: unknown, messages: CoreMessages, format: CivicFormatter): string {
  const text = messages.errors[errorKindOf(error)];
  const seconds = (error as ExplainableError | null)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0
    ? `${text} ${messages.errors.retryAfter({ seconds }, format)}`
    : text;
}

/**
 * Loading view. The region being loaded should carry `aria-busy="true"` meanwhile; the polite
 * announcement comes from the element's `LiveAnnouncer`, since a live region inserted together with
 * its text is not reliably read.
 */
export function renderLoading(messages: CoreMessages, label: string = messages.status.loading): TemplateResult {
  return html`<div class="civic-status loading" part="status status-loading">
    <span class="spinner" aria-hidden="true"></span><span>${label}</span>
  </div>`;
}

export interface ErrorViewOptions {
  error: unknown;
  messages: CoreMessages;
  format: CivicFormatter;
  /** Omit when there is nothing to retry; the message should then say what to do instead. */
  onRetry?: () => void;
  /** A headline in the widget's words, e.g. "Die Termine konnten nicht geladen werden". */
  title?: string;
}

/** Error view: what happened in plain words and, where it helps, a retry button. */
export function renderError({ error, messages, format, onRetry, title }: ErrorViewOptions): TemplateResult {
  return html`<div class="civic-status error" part="status status-error" role="alert">
    <p class="title">
      <span class="icon" aria-hidden="true">!</span> <strong>${title ?? messages.status.errorTitle}</strong>
    </p>
    <p>${describeError(error, messages, format)}</p>
    ${
      onRetry
        ? html`<button type="button" class="civic-button" part="retry-button" @click=${onRetry}>
            ${messages.status.retry}
          </button>`
        : nothing
    }
  </div>`;
}

/** Empty view: says there is nothing and, via the slot-like `action`, what the citizen can do next. */
export function renderEmpty(
  messages: CoreMessages,
  text: string = messages.status.empty,
  action: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div class="civic-status empty" part="status status-empty">
    <p>${text}</p>
    ${action}
  </div>`;
}

export const statusStyles = css`
  .civic-status {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }
  .civic-status p {
    margin: 0 0 var(--_space);
  }
  .civic-status.loading {
    display: flex;
    gap: var(--_space);
    align-items: center;
  }
  .civic-status .spinner {
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid var(--_color-border);
    border-block-start-color: var(--_color-primary);
    border-radius: 50%;
    animation: civic-spin 0.9s linear infinite;
  }
  .civic-status.error {
    border-inline-start: 0.4em solid var(--_color-danger);
  }
  .civic-status .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.4em;
    block-size: 1.4em;
    border-radius: 50%;
    background: var(--_color-danger);
    color: var(--_color-surface);
    font-weight: bold;
  }
  @keyframes civic-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (forced-colors: active) {
    .civic-status {
      border: 1px solid CanvasText;
    }
  }
`;
