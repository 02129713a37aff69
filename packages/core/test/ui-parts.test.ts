import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pressKey } from '../test-support/keys.js';
import { API_ERROR_KINDS, coreDe, describeError, CivicFormatter, errorKindOf } from '../src/index.js';
import { en as coreEn } from '../src/i18n/en.js';
import { PartsPreview } from '../test-support/parts-preview.js';

const ERROR_KINDS = API_ERROR_KINDS;

async function host(lang: string, view: PartsPreview['view'], error?: unknown) {
  const el = await fixture<PartsPreview>(
    html`<civic-parts-preview lang=${lang} view=${view} .error=${error}></civic-parts-preview>`,
  );
  await el.updateComplete;
  return el;
}

describe('shared UI parts', () => {
  describe('status views', () => {
    for (const lang of ['de', 'en']) {
      it(`loading marks the region busy and passes axe (${lang})`, async () => {
        const el = await host(lang, 'loading');
        expect(el.shadowRoot!.querySelector('.preview')!.getAttribute('aria-busy')).to.equal('true');
        expect(el.shadowRoot!.querySelector('.loading')!.textContent).to.contain(
          lang === 'de' ? 'Wird geladen' : 'Loading',
        );
        await expect(el).to.be.accessible();
      });

      it(`empty says so and passes axe (${lang})`, async () => {
        const el = await host(lang, 'empty');
        expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain(
          lang === 'de' ? 'Keine Einträge' : 'Nothing found',
        );
        await expect(el).to.be.accessible();
      });

      for (const kind of ERROR_KINDS) {
        it(`error "${kind}" explains itself, offers retry and passes axe (${lang})`, async () => {
          const el = await host(lang, 'error', { kind });
          const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
          const catalog = lang === 'de' ? coreDe : coreEn;
          expect(alert.textContent).to.contain(catalog.errors[kind]);
          const retry = alert.querySelector('button')!;
          expect(retry.textContent.trim()).to.equal(catalog.status.retry);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('each error kind has its own message', () => {
      const texts = new Set(ERROR_KINDS.map((kind) => coreDe.errors[kind]));
      expect(texts.size).to.equal(ERROR_KINDS.length);
    });

    it('retry works by keyboard', async () => {
      const el = await host('de', 'error', { kind: 'network' });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.focus();
      await pressKey('Enter');
      await pressKey('Space');
      expect(el.retries).to.equal(2);
    });

    it('treats unknown errors as unknown and tells when to retry after a 429', () => {
      const format = new CivicFormatter('de');
      expect(errorKindOf(new TypeError('boom'))).to.equal('unknown');
      expect(errorKindOf(null)).to.equal('unknown');
      expect(describeError({ kind: 'rate-limited', retryAfterSeconds: 30 }, coreDe, format)).to.equal(
        'Gerade gibt es sehr viele Anfragen. Bitte versuchen Sie es in 30 Sekunden erneut.',
      );
      expect(
        describeError({ kind: 'rate-limited', retryAfterSeconds: 1 }, coreEn, new CivicFormatter('en')),
      ).to.contain('one second');
    });
  });

  describe('form field', () => {
    it('wires label, hint and error for screen readers', async () => {
      const el = await host('de', 'field');
      const input = el.shadowRoot!.querySelector('input')!;
      expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal('email');
      expect(input.getAttribute('aria-describedby')).to.equal('email-hint');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(input.autocomplete).to.equal('email');
      el.fieldError = 'Bitte geben Sie eine E-Mail-Adresse an.';
      await el.updateComplete;
      expect(input.getAttribute('aria-describedby')).to.equal('email-hint email-error');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById('email-error')!.textContent).to.contain('Fehler: Bitte geben Sie');
      await expect(el).to.be.accessible();
    });

    it('keeps what the citizen typed across re-renders and errors', async () => {
      const el = await host('en', 'field');
      const input = el.shadowRoot!.querySelector('input')!;
      input.focus();
      await pressKey('a');
      await pressKey('@');
      await pressKey('b');
      expect(el.fieldValue).to.equal('a@b');
      el.fieldError = 'Please enter a complete e-mail address.';
      await el.updateComplete;
      expect(input.value).to.equal('a@b');
      await expect(el).to.be.accessible();
    });
  });

  describe('live announcer', () => {
    it('announces politely, and again when the same text repeats', async () => {
      const el = await host('de', 'empty');
      const region = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      el.announcer.announce('5 Termine gefunden');
      await waitUntil(() => region().textContent === '5 Termine gefunden');
      el.announcer.announce('5 Termine gefunden');
      await el.updateComplete;
      expect(region().textContent).to.equal('');
      await waitUntil(() => region().textContent === '5 Termine gefunden');
      el.announcer.announce('Reservierung läuft ab', 'assertive');
      await aTimeout(80);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"][aria-live="assertive"]')!.textContent).to.equal(
        'Reservierung läuft ab',
      );
    });
  });
});
