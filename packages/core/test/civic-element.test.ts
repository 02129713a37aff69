import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/config/civic-config.js';
import '../src/calendar-grid/calendar-grid.js';
import type { CivicCalendarGrid } from '../src/index.js';
import { FakeClient, ConfigProbe } from '../test-support/config-probe.js';

function stubConsole(method: 'warn' | 'error') {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => calls.push(args);
  return { calls, restore: () => (console[method] = original) };
}

const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('CivicElement', () => {
  describe('guarded define', () => {
    it('keeps the first definition and warns once when a second copy defines the same tag', async () => {
      const warn = stubConsole('warn');
      try {
        const original = customElements.get('civic-calendar-grid');
        // Two more copies of the element class, as when two bundles land on one page.
        const componentUrl = new URL('../src/calendar-grid/calendar-grid.component.ts', import.meta.url).href;
        type Module = { CivicCalendarGrid: typeof CivicCalendarGrid };
        const first = (await import(/* @vite-ignore */ `${componentUrl}?copy=1`)) as Module;
        const second = (await import(/* @vite-ignore */ `${componentUrl}?copy=2`)) as Module;
        expect(first.CivicCalendarGrid).not.to.equal(second.CivicCalendarGrid);
        expect(() => first.CivicCalendarGrid.define('civic-calendar-grid')).not.to.throw();
        expect(() => second.CivicCalendarGrid.define('civic-calendar-grid')).not.to.throw();
        const kept = customElements.get('civic-calendar-grid');
        expect(kept).to.exist;
        if (original) expect(kept).to.equal(original);
        const warnings = warn.calls.filter((args) =>
          String(args[0]).includes('<civic-calendar-grid> is already defined'),
        );
        expect(warnings).to.have.length(1);
        // A third attempt stays silent.
        second.CivicCalendarGrid.define('civic-calendar-grid');
        expect(warn.calls.filter((args) => String(args[0]).includes('civic-calendar-grid'))).to.have.length(1);
      } finally {
        warn.restore();
      }
    });

    it('defining the same class again is a silent no-op', () => {
      const warn = stubConsole('warn');
      try {
        expect(() => ConfigProbe.define('civic-config-probe')).not.to.throw();
        expect(warn.calls).to.have.length(0);
      } finally {
        warn.restore();
      }
    });
  });

  describe('emit', () => {
    it('fires a bubbling, composed event that crosses shadow roots', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe api-base="/api/v1"></civic-config-probe>`);
      setTimeout(() => el.emit('civic-probe-happened', { id: 'a1' }));
      const event = await oneEvent(document, 'civic-probe-happened');
      expect(event.detail).to.deep.equal({ id: 'a1' });
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
    });

    it('reports a veto of a cancelable event', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe api-base="/api/v1"></civic-config-probe>`);
      el.addEventListener('civic-probe-happened', (event) => event.preventDefault(), { once: true });
      expect(el.emit('civic-probe-happened', { id: 'x' }, { cancelable: true })).to.be.false;
      expect(el.emit('civic-probe-happened', { id: 'x' }, { cancelable: true })).to.be.true;
    });
  });

  describe('client resolution', () => {
    it('makes a client from the api-base attribute, resolved against the page', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe api-base="/api/v1"></civic-config-probe>`);
      expect(el.shadowRoot!.querySelector('output')!.textContent).to.equal(new URL('/api/v1/', location.href).href);
    });

    it('takes api-base from the nearest <civic-config> and prefers its own attribute', async () => {
      const wrapper = await fixture(
        html`<civic-config api-base="https://stadt.example/api/v1">
          <civic-config-probe id="inherits"></civic-config-probe>
          <civic-config-probe id="own" api-base="https://other.example/v1/"></civic-config-probe>
        </civic-config>`,
      );
      const inherits = wrapper.querySelector<ConfigProbe>('#inherits')!;
      const own = wrapper.querySelector<ConfigProbe>('#own')!;
      await inherits.updateComplete;
      expect(inherits.shadowRoot!.querySelector('output')!.textContent).to.equal('https://stadt.example/api/v1/');
      expect(own.shadowRoot!.querySelector('output')!.textContent).to.equal('https://other.example/v1/');
    });

    it('prefers the client property over everything, then the config client', async () => {
      const given = new FakeClient(new URL('https://given.example/'));
      const shared = new FakeClient(new URL('https://shared.example/'));
      const wrapper = await fixture(
        html`<civic-config api-base="https://stadt.example/api/v1" .client=${shared}>
          <civic-config-probe id="a" .client=${given}></civic-config-probe>
          <civic-config-probe id="b"></civic-config-probe>
        </civic-config>`,
      );
      const [a, b] = [...wrapper.querySelectorAll<ConfigProbe>('civic-config-probe')] as [ConfigProbe, ConfigProbe];
      await b.updateComplete;
      expect(a.shadowRoot!.querySelector('output')!.textContent).to.equal('https://given.example/');
      expect(b.shadowRoot!.querySelector('output')!.textContent).to.equal('https://shared.example/');
    });

    it('returns the very same resolution while nothing changed, so Task args stay stable', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe api-base="/api/v1"></civic-config-probe>`);
      const resolve = () =>
        (el as unknown as { resolveClient: (make: (url: URL) => FakeClient) => unknown }).resolveClient(
          (url) => new FakeClient(url),
        );
      const first = resolve();
      el.requestUpdate();
      await el.updateComplete;
      expect(resolve()).to.equal(first);
      el.apiBase = '/api/v2';
      await el.updateComplete;
      expect(resolve()).not.to.equal(first);
      const missing = await fixture<ConfigProbe>(html`<civic-config-probe lang="en"></civic-config-probe>`);
      const error = console.error;
      console.error = () => undefined;
      try {
        const resolveMissing = () =>
          (missing as unknown as { resolveClient: (make: (url: URL) => FakeClient) => unknown }).resolveClient(
            (url) => new FakeClient(url),
          );
        expect(resolveMissing()).to.equal(resolveMissing());
      } finally {
        console.error = error;
      }
    });

    it('keeps one client while the base URL stays and makes a new one when it changes', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe api-base="/api/v1"></civic-config-probe>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.clientsMade).to.equal(1);
      el.apiBase = '/api/v2';
      await el.updateComplete;
      expect(el.clientsMade).to.equal(2);
    });

    it('follows a change of the <civic-config> api-base', async () => {
      const wrapper = await fixture<HTMLElement & { apiBase?: string }>(
        html`<civic-config api-base="https://a.example/">
          <civic-config-probe></civic-config-probe>
        </civic-config>`,
      );
      const el = wrapper.querySelector<ConfigProbe>('civic-config-probe')!;
      wrapper.setAttribute('api-base', 'https://b.example/');
      await aTimeout(0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('output')!.textContent).to.equal('https://b.example/');
    });
  });

  describe('configuration problems', () => {
    it('names the missing api-base attribute in German and logs one console error', async () => {
      const error = stubConsole('error');
      try {
        const el = await fixture<ConfigProbe>(html`<civic-config-probe></civic-config-probe>`);
        el.requestUpdate();
        await el.updateComplete;
        const alert = el.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, 'a configuration message').to.exist;
        expect(shadowText(el)).to.contain('„api-base“');
        expect(shadowText(el)).to.contain('nicht eingerichtet');
        expect(error.calls).to.have.length(1);
        expect(String(error.calls[0]![0])).to.contain('"api-base"');
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('says so in English when the widget is in English', async () => {
      const error = stubConsole('error');
      try {
        const el = await fixture<ConfigProbe>(
          html`<civic-config-probe lang="en" api-base="htps//typo"></civic-config-probe>`,
        );
        expect(shadowText(el)).to.contain('has not been set up');
        expect(shadowText(el)).to.contain('"api-base" attribute');
        expect(shadowText(el)).to.contain('htps//typo');
        await expect(el).to.be.accessible();
      } finally {
        error.restore();
      }
    });

    it('rejects an unknown time zone, naming the time-zone attribute', async () => {
      const error = stubConsole('error');
      try {
        const el = await fixture<ConfigProbe>(
          html`<civic-config-probe api-base="/api" time-zone="Europe/Atlantis"></civic-config-probe>`,
        );
        expect(shadowText(el)).to.contain('„time-zone“');
        expect(shadowText(el)).to.contain('Europe/Atlantis');
        expect(el.effectiveTimeZone).to.equal('Europe/Berlin');
        expect(error.calls).to.have.length(1);
      } finally {
        error.restore();
      }
    });

    it('names <civic-config> when its time-zone is the wrong one', async () => {
      const error = stubConsole('error');
      try {
        const wrapper = await fixture(
          html`<civic-config api-base="/api" time-zone="Berlin"
            ><civic-config-probe></civic-config-probe
          ></civic-config>`,
        );
        const el = wrapper.querySelector<ConfigProbe>('civic-config-probe')!;
        await el.updateComplete;
        expect(shadowText(el)).to.contain('von <civic-config>');
        expect(String(error.calls[0]![0])).to.contain('<civic-config-probe>');
      } finally {
        error.restore();
      }
    });

    it('recovers when the webmaster fixes the attribute', async () => {
      const error = stubConsole('error');
      try {
        const el = await fixture<ConfigProbe>(html`<civic-config-probe></civic-config-probe>`);
        el.setAttribute('api-base', '/api/v1');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
        expect(el.shadowRoot!.querySelector('output')).to.exist;
      } finally {
        error.restore();
      }
    });
  });

  describe('locale', () => {
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));

    it('is German by default and follows the document language', async () => {
      document.documentElement.removeAttribute('lang');
      const el = await fixture<ConfigProbe>(html`<civic-config-probe api-base="/a"></civic-config-probe>`);
      expect(el.locale.language).to.equal('de');
      expect(el.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Wird geladen …');
      document.documentElement.setAttribute('lang', 'en');
      await aTimeout(0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Loading …');
    });

    it('prefers its own lang over the nearest [lang] ancestor, and re-renders when either changes', async () => {
      const wrapper = await fixture(
        html`<section lang="en">
          <div><civic-config-probe api-base="/a"></civic-config-probe></div>
        </section>`,
      );
      const el = wrapper.querySelector<ConfigProbe>('civic-config-probe')!;
      expect(el.locale.language).to.equal('en');
      wrapper.setAttribute('lang', 'de-DE');
      await aTimeout(0);
      await el.updateComplete;
      expect(el.locale).to.deep.equal({ language: 'de', intlLocale: 'de-DE' });
      el.setAttribute('lang', 'en-GB');
      await el.updateComplete;
      expect(el.locale).to.deep.equal({ language: 'en', intlLocale: 'en-GB' });
      expect(el.shadowRoot!.querySelector('.greeting')!.textContent).to.equal('Loading …');
    });

    it('falls back to German for a language without a catalog', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe lang="fr" api-base="/a"></civic-config-probe>`);
      expect(el.locale).to.deep.equal({ language: 'de', intlLocale: 'de' });
    });

    it('takes language and time zone from <civic-config>', async () => {
      const wrapper = await fixture(
        html`<civic-config lang="en" time-zone="Asia/Tokyo" api-base="/a">
          <civic-config-probe></civic-config-probe>
        </civic-config>`,
      );
      const el = wrapper.querySelector<ConfigProbe>('civic-config-probe')!;
      await el.updateComplete;
      expect(el.locale.language).to.equal('en');
      expect(el.effectiveTimeZone).to.equal('Asia/Tokyo');
    });
  });

  describe('time zone', () => {
    it('shows instants in the city zone (Europe/Berlin) although the browser is in New York', async () => {
      const el = await fixture<ConfigProbe>(html`<civic-config-probe lang="de" api-base="/a"></civic-config-probe>`);
      // 00:30 UTC on 29 March 2026 is 01:30 in Berlin (and 20:30 on 28 March in New York).
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.equal('29, 01:30');
    });
  });
});
