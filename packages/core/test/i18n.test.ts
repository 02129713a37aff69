import { expect } from '@open-wc/testing';
import { catalogKeys, CivicFormatter, coreDe, dateInZone, resolveLocale, weekStartFor } from '../src/index.js';
import { en as coreEn } from '../src/i18n/en.js';

describe('i18n', () => {
  describe('catalogs', () => {
    it('English has exactly the German keys', () => {
      expect(catalogKeys(coreEn)).to.deep.equal(catalogKeys(coreDe));
      expect(catalogKeys(coreDe).length).to.be.greaterThan(20);
    });

    it('has no empty message in any language', () => {
      const format = new CivicFormatter('de');
      for (const catalog of [coreDe, coreEn]) {
        for (const key of catalogKeys(catalog)) {
          const message = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
          const text =
            typeof message === 'function'
              ? (message as (p: object, f: CivicFormatter) => string)(
                  { tag: 'civic-x', value: 'v', seconds: 2 },
                  format,
                )
              : message;
          expect(text, key).to.be.a('string').and.not.empty;
          expect(String(text), key).not.to.contain('undefined');
        }
      }
    });
  });

  describe('resolveLocale', () => {
    it('maps tags onto catalogs and keeps the region for Intl', () => {
      expect(resolveLocale('de-AT')).to.deep.equal({ language: 'de', intlLocale: 'de-AT' });
      expect(resolveLocale('EN-gb')).to.deep.equal({ language: 'en', intlLocale: 'en-GB' });
      expect(resolveLocale('tr')).to.deep.equal({ language: 'de', intlLocale: 'de' });
      expect(resolveLocale('not a tag')).to.deep.equal({ language: 'de', intlLocale: 'de' });
      expect(resolveLocale(undefined)).to.deep.equal({ language: 'de', intlLocale: 'de' });
    });

    it('knows the first weekday', () => {
      expect(weekStartFor('de')).to.equal(1);
      expect(weekStartFor('de-DE')).to.equal(1);
      expect(weekStartFor('en')).to.equal(1);
      expect(weekStartFor('en-GB')).to.equal(1);
      expect(weekStartFor('en-US')).to.equal(7);
    });
  });

  describe('CivicFormatter', () => {
    const de = new CivicFormatter('de', 'Europe/Berlin');
    const en = new CivicFormatter('en', 'Europe/Berlin');

    it('shows instants in the city zone across the spring DST change', () => {
      // Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on 29 March 2026.
      expect(de.time('2026-03-29T00:30:00Z')).to.equal('01:30');
      expect(de.time('2026-03-29T01:30:00Z')).to.equal('03:30');
      expect(de.dateTime('2026-03-28T23:30:00Z', { dateStyle: 'medium' })).to.equal('29.03.2026');
      // …whereas the browser itself (New York) is still on 28 March.
      expect(new Date('2026-03-28T23:30:00Z').getDate()).to.equal(28);
    });

    it('formats calendar dates without any zone shift', () => {
      expect(de.date('2026-11-22')).to.equal('Sonntag, 22. November 2026');
      expect(en.date('2026-11-22')).to.equal('Sunday, November 22, 2026');
      expect(de.month('2026-03')).to.equal('März 2026');
    });

    it('formats money from minor units', () => {
      expect(de.money(3700, 'EUR').replace(/\s/g, ' ')).to.equal('37,00 €');
      expect(en.money(1250, 'EUR')).to.equal('€12.50');
      expect(de.money(500, 'JPY').replace(/\s/g, ' ')).to.equal('500 ¥');
    });

    it('chooses plural forms through Intl.PluralRules', () => {
      const forms = { one: '# Termin', other: '# Termine' };
      expect(de.plural(1, forms)).to.equal('1 Termin');
      expect(de.plural(3, forms)).to.equal('3 Termine');
      expect(de.plural(1200, forms)).to.equal('1.200 Termine');
      expect(en.plural(0, { zero: 'none', one: 'one', other: '#' })).to.equal('none');
    });

    it('joins lists per language', () => {
      expect(de.list(['Papier', 'Glas', 'Bio'])).to.equal('Papier, Glas und Bio');
      expect(en.list(['paper', 'glass'])).to.equal('paper and glass');
    });
  });

  describe('dateInZone', () => {
    it('gives the calendar date in the city, not the browser', () => {
      const lateEvening = new Date('2026-11-22T23:30:00Z');
      expect(dateInZone(lateEvening, 'Europe/Berlin')).to.equal('2026-11-23');
      expect(dateInZone(lateEvening, 'America/New_York')).to.equal('2026-11-22');
    });
  });
});
