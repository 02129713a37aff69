import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey } from '../test-support/keys.js';
import '../test-support/task-preview.js';
import type { TaskPreview, TaskPreviewOutcome } from '../test-support/task-preview.js';

async function preview(outcome: TaskPreviewOutcome, lang = 'de') {
  return fixture<TaskPreview>(html`<civic-task-preview lang=${lang} outcome=${outcome}></civic-task-preview>`);
}
const region = (el: TaskPreview) => el.shadowRoot!.querySelector('[part="content"]')!;
const politeText = (el: TaskPreview) =>
  el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent;

describe('TaskStatusController', () => {
  it('marks the region busy while loading and announces it politely', async () => {
    const el = await preview('pending');
    expect(region(el).getAttribute('aria-busy')).to.equal('true');
    expect(region(el).textContent).to.contain('Wird geladen');
    await waitUntil(() => politeText(el) === 'Wird geladen …', 'loading announced');
    await expect(el).to.be.accessible();
  });

  it('shows the content when loaded and announces the result', async () => {
    const el = await preview('items');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 3, 'items rendered');
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    await waitUntil(() => politeText(el) === '3 Einträge', 'result announced');
    await expect(el).to.be.accessible();
  });

  it('shows and announces the empty view', async () => {
    const el = await preview('empty', 'en');
    await waitUntil(() => region(el).textContent.includes('Nothing found'), 'empty view');
    await waitUntil(() => politeText(el) === 'Nothing found.', 'empty announced');
    await expect(el).to.be.accessible();
  });

  for (const lang of ['de', 'en']) {
    it(`explains an error and runs the task again from the retry button, by keyboard (${lang})`, async () => {
      const el = await preview('error:timeout', lang);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] button'), 'error view');
      expect(region(el).textContent).to.contain(lang === 'de' ? 'nicht rechtzeitig' : 'not answering in time');
      await expect(el).to.be.accessible();
      const runsBefore = el.runs;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.focus();
      await pressKey('Enter');
      await waitUntil(() => el.runs === runsBefore + 1, 'task ran again');
      await el.updateComplete;
      // The button went away with the error view; focus stays in the widget.
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(region(el));
    });
  }

  it('recovers when the next run succeeds', async () => {
    const el = await preview('error:network');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'error view');
    el.outcome = 'items';
    await waitUntil(() => el.shadowRoot!.querySelectorAll('li').length === 3, 'items after recovery');
    expect(el.shadowRoot!.querySelector('[part~="status-error"]')).to.be.null;
  });
});
