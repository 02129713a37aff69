import { expect, fixture, html } from '@open-wc/testing';
import { deepActiveElement, pressKey } from '../../core/test-support/keys.js';
import { useMockApi } from '../../mocks/test-support/worker.js';
import '../src/appointment-picker.js';
import type { CivicAppointmentPicker } from '../src/appointment-picker.js';
import { clickNext, root, until } from './support/flow.js';

describe('<civic-appointment-picker> switching months', function () {
  this.timeout(30_000);
  it('keeps the calendar and the focus on the month button while the next month loads', async () => {
    const api = await useMockApi({ now: new Date() });
    const el = await fixture<CivicAppointmentPicker>(
      html`<civic-appointment-picker
        api-base="/api/v1"
        lang="de"
        service="personalausweis"
      ></civic-appointment-picker>`,
    );
    await until(() => root(el).querySelector('select'), 'services');
    clickNext(el);
    await until(() => root(el).querySelector('input[value="buergeramt-sued"]'), 'offices');
    root(el).querySelector<HTMLInputElement>('input[value="buergeramt-sued"]')!.click();
    clickNext(el);
    const grid = await until(() => root(el).querySelector('civic-calendar-grid'), 'calendar').then(() =>
      root(el).querySelector('civic-calendar-grid')!,
    );
    await until(() => grid.shadowRoot?.querySelector('td[data-date]:not([aria-disabled])'), 'free days');
    const next = grid.shadowRoot!.querySelector<HTMLButtonElement>('button.nav[aria-label="Nächster Monat"]')!;
    // A slow answer makes the loading state long enough to look at.
    api.scenarios.set('getAvailability', { kind: 'slow', delayMs: 800, times: 1 });
    next.focus();
    await pressKey('Enter');
    await until(() => root(el).querySelector('[aria-busy="true"]'), 'busy while loading');
    expect(root(el).querySelector('civic-calendar-grid'), 'the same calendar element').to.equal(grid);
    expect(deepActiveElement(), 'focus stays on "next month"').to.equal(next);
    await expect(el).to.be.accessible();
    await until(() => root(el).querySelector('[aria-busy="false"]'), 'loaded');
    expect(root(el).querySelector('civic-calendar-grid')).to.equal(grid);
    expect(deepActiveElement()).to.equal(next);
  });
});
