// Story-only element: waste fractions through the real client, from whatever API the story mocks.
// It shows the whole data path (client → task → status views) against each mock scenario.
import { Task } from '@lit/task';
import { CivicElement, LiveAnnouncer, statusStyles, TaskStatusController } from '@civic-widgets/core';
import { createWasteClient, type Fraction, type WasteApi } from '@civic-widgets/api-client/waste';
import { css, html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';

export class StoryFractionList extends CivicElement<{ waste: WasteApi }> {
  static override styles = [
    CivicElement.styles,
    statusStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.25em;
      }
      .swatch {
        display: inline-block;
        inline-size: 1em;
        block-size: 1em;
        margin-inline-end: 0.5em;
        vertical-align: -0.15em;
        border: 1px solid currentColor;
      }
    `,
  ];

  private readonly announcer = new LiveAnnouncer(this);

  private readonly fractions = new Task(this, {
    args: () => [this.resolveClient((baseUrl) => createWasteClient({ baseUrl })), this.locale.intlLocale] as const,
    task: async ([resolution, locale], { signal }) => {
      if (!resolution.ok) return [] as Fraction[];
      return (await resolution.client.waste.listFractions({ signal, locale })).fractions;
    },
  });

  private readonly status: TaskStatusController<Fraction[]> = new TaskStatusController(
    this,
    this.fractions,
    this.announcer,
    {
      complete: (fractions) =>
        html`<ul>
          ${fractions.map((fraction) => html`<li><span class="swatch" style=${styleMap({ background: fraction.color })}></span>${fraction.name}</li>`)}
        </ul>`,
      isEmpty: (fractions) => fractions.length === 0,
    },
  );

  protected override render() {
    const resolution = this.resolveClient((baseUrl) => createWasteClient({ baseUrl }));
    if (!resolution.ok) return this.renderConfigProblem(resolution.problem);
    return html`${this.status.render()}${this.announcer.render()}`;
  }
}

StoryFractionList.define('story-fraction-list');

declare global {
  interface HTMLElementTagNameMap {
    'story-fraction-list': StoryFractionList;
  }
}
