// Proves the harness itself: browsers run west of UTC, MSW's worker is served, keys are real.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

describe('test harness', () => {
  it('runs the browser in a time zone west of UTC (America/New_York)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    // Midnight UTC is still the previous evening in New York.
    expect(new Date('2026-01-01T00:00:00Z').getDate()).to.equal(31);
  });

  it('serves the MSW worker so tests can mock the API', async () => {
    const worker = setupWorker(http.get('/msw-probe', () => HttpResponse.json({ mocked: true })));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    try {
      const response = await fetch('/msw-probe');
      expect(await response.json()).to.deep.equal({ mocked: true });
    } finally {
      worker.stop();
    }
  });

  it('sends real key presses to the focused element', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="probe" />`);
    input.focus();
    await sendKeys({ type: 'ab' });
    expect(input.value).to.equal('ab');
  });

  it('runs axe for real: an unlabelled input fails the check', async () => {
    const broken = await fixture(html`<div><input type="text" /></div>`);
    await expect(broken).not.to.be.accessible();
  });
});
