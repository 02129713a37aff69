// One folding for every search: the widgets' own lists and the mocks' server side.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldDiacritics as fromRoot, foldForSearch as searchFromRoot } from '../src/index.js';
import { foldDiacritics, foldForSearch } from '../src/entries/search.js';

describe('foldDiacritics', () => {
  it('drops diacritics and case, and writes ß as ss', () => {
    expect(foldDiacritics('Ärger')).to.equal('arger');
    expect(foldDiacritics('Öl ÜBER äöü')).to.equal('ol uber aou');
    expect(foldDiacritics('Straße')).to.equal('strasse');
    expect(foldDiacritics('STRAẞE')).to.equal('strasse'); // capital sharp s
    expect(foldDiacritics('Édith Piaf, café, crème brûlée')).to.equal('edith piaf, cafe, creme brulee');
    expect(foldDiacritics('Łódź, Ærø, Œuvre, Đakovo')).to.equal('lodz, aero, oeuvre, dakovo');
    expect(foldDiacritics('e\u0301')).to.equal('e'); // already decomposed
    expect(foldDiacritics('Hauptstraße 7-9')).to.equal('hauptstrasse 7-9');
  });

  it('keeps German digraphs as they are written (ids, exact comparison)', () => {
    expect(foldDiacritics('Müller')).to.equal('muller');
    expect(foldDiacritics('Mueller')).to.equal('mueller');
  });

  it('is the same function from the package root and from the search entry', () => {
    expect(fromRoot).to.equal(foldDiacritics);
    expect(searchFromRoot).to.equal(foldForSearch);
  });
});

describe('foldForSearch', () => {
  const same = (a: string, b: string) => expect(foldForSearch(a), `${a} ~ ${b}`).to.equal(foldForSearch(b));

  it('lets "Strasse" find "Straße" and "Mueller" or "Muller" find "Müller"', () => {
    same('Strasse', 'Straße');
    same('Mueller', 'Müller');
    same('Muller', 'Müller');
    same('Aerzte', 'Ärzte');
    same('Goethestrasse', 'Göthestraße');
    same('FUEHRERSCHEIN', 'Führerschein');
    expect(foldForSearch('Müllerstraße')).to.equal('mullerstrasse');
  });

  it('still tells different words apart', () => {
    expect(foldForSearch('Masse')).not.to.equal(foldForSearch('Messe'));
    expect(foldForSearch('Mühle')).not.to.equal(foldForSearch('Mehle'));
    expect(foldForSearch('Bahnhof')).to.equal('bahnhof');
  });

  it('finds words written with ae/oe/ue by their own spelling and prefixes', () => {
    for (const word of ['Michael', 'Steuer', 'Bauer', 'Quelle', 'Poesie']) {
      for (let end = 1; end <= word.length; end++)
        expect(foldForSearch(word).startsWith(foldForSearch(word.slice(0, end))), word.slice(0, end)).to.be.true;
    }
  });

  it('folds every prefix of a name to a prefix of the folded name (typing as you search)', () => {
    const letter = fc.constantFrom(...'aeouAEOUäöüÄÖÜßẞéèêçñłæœøsSrtn -'.split(''));
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 20 }), fc.nat(20), (letters, cut) => {
        const name = letters.join('');
        const typed = name.slice(0, Math.min(cut, name.length));
        return foldForSearch(name).startsWith(foldForSearch(typed));
      }),
      { numRuns: 500 },
    );
  });
});
