// A widget-shaped element whose data comes through @lit/task, to show and test TaskStatusController.
import { Task } from '@lit/task';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CivicElement, LiveAnnouncer, statusStyles, TaskStatusController } from '../src/index.js';

/** What the fake load does: return items, return none, fail with an error kind, or never finish. */
export type TaskPreviewOutcome = 'items' | 'empty' | 'pending' | `error:${string}`;

export class TaskPreview extends CivicElement {
  static override styles = [CivicElement.styles, statusStyles];

  @property() outcome: TaskPreviewOutcome = 'items';
  runs = 0;
  readonly announcer = new LiveAnnouncer(this);

  private readonly items = new Task(this, {
    args: () => [this.outcome] as const,
    task: ([outcome], { signal }) => {
      this.runs++;
      return new Promise<string[]>((resolve, reject) => {
        if (outcome === 'pending') return; // stays loading, for stories
        const timer = setTimeout(() => {
          if (outcome === 'items') resolve(['Papier', 'Glas', 'Bio']);
          else if (outcome === 'empty') resolve([]);
          else reject(Object.assign(new Error(outcome), { kind: outcome.slice('error:'.length) }));
        }, 30);
        signal.addEventListener('abort', () => clearTimeout(timer));
      });
    },
  });

  private readonly status: TaskStatusController<string[]> = new TaskStatusController(this, this.items, this.announcer, {
    complete: (items) =>
      html`<ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`,
    isEmpty: (items) => items.length === 0,
    announceComplete: (items) => this.format.plural(items.length, { one: '# Eintrag', other: '# Einträge' }),
  });

  protected override render() {
    return html`${this.status.render()}${this.announcer.render()}`;
  }
}

TaskPreview.define('civic-task-preview');

declare global {
  interface HTMLElementTagNameMap {
    'civic-task-preview': TaskPreview;
  }
}
