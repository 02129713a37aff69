import { expect } from '@open-wc/testing';
import type { Street } from '@civic-widgets/api-client/waste';
import type { ReactiveControllerHost } from 'lit';
import { forgetAddress, loadAddresses, rememberAddress, STORAGE_KEY } from '../src/address-store.js';
import { StreetSearch } from '../src/street-search.js';

const host = (): ReactiveControllerHost & { updates: number } => ({
  updates: 0,
  addController() {},
  removeController() {},
  requestUpdate() {
    this.updates++;
  },
  updateComplete: Promise.resolve(true),
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('street search (debounce and abort)', () => {
  it('asks once per pause in typing and aborts the request of an older query', async () => {
    const calls: { query: string; signal: AbortSignal }[] = [];
    const search = new StreetSearch(
      host(),
      (query, signal) => {
        calls.push({ query, signal });
        return new Promise<Street[]>((resolve, reject) => {
          const timer = setTimeout(() => resolve([{ id: query, name: query, split: false }]), 200);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('aborted', 'AbortError'));
          });
        });
      },
      50,
    );
    search.input('h');
    search.input('ha');
    await wait(80); // one request for "ha", not two
    expect(calls.map((call) => call.query)).to.deep.equal(['ha']);
    search.input('hau'); // while "ha" is still under way
    expect(calls[0]!.signal.aborted).to.equal(true);
    await wait(350);
    expect(calls.map((call) => call.query)).to.deep.equal(['ha', 'hau']);
    expect(search.status).to.equal('complete');
    expect(search.results.map((street) => street.id)).to.deep.equal(['hau']);
    expect(search.resultsFor).to.equal('hau');
  });

  it('never lets a late answer for an old query replace newer results', async () => {
    let first = true;
    const search = new StreetSearch(
      host(),
      async (query) => {
        const late = first;
        first = false;
        await wait(late ? 150 : 10); // the first answer ignores its abort signal and comes late
        return [{ id: query, name: query, split: false }];
      },
      0,
    );
    search.input('ma');
    await wait(20);
    search.input('mar');
    await wait(250);
    expect(search.results.map((street) => street.id)).to.deep.equal(['mar']);
  });

  it('clears results for an empty query without asking', async () => {
    let calls = 0;
    const search = new StreetSearch(
      host(),
      () => {
        calls++;
        return Promise.resolve([]);
      },
      10,
    );
    search.input('   ');
    await wait(30);
    expect(calls).to.equal(0);
    expect(search.status).to.equal('idle');
  });
});

describe('remembered addresses', () => {
  beforeEach(() => localStorage.clear());

  it('adds to the front, keeps no duplicates and forgets', () => {
    rememberAddress({ streetId: 'a', label: 'A' });
    rememberAddress({ streetId: 'b', houseNumberId: 'b-1', label: 'B 1' });
    rememberAddress({ streetId: 'a', label: 'A' });
    expect(loadAddresses().map((entry) => entry.label)).to.deep.equal(['A', 'B 1']);
    forgetAddress({ streetId: 'b', houseNumberId: 'b-1' });
    expect(loadAddresses()).to.deep.equal([{ streetId: 'a', label: 'A' }]);
    forgetAddress({ streetId: 'a' });
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
  });

  it('ignores broken or foreign data', () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(loadAddresses()).to.deep.equal([]);
    localStorage.setItem(STORAGE_KEY, JSON.stringify([{ streetId: 1 }, { streetId: 'x', label: 'X' }, 'y']));
    expect(loadAddresses()).to.deep.equal([{ streetId: 'x', label: 'X' }]);
  });

  it('keeps working when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    expect(loadAddresses(broken)).to.deep.equal([]);
    expect(rememberAddress({ streetId: 'a', label: 'A' }, broken)).to.deep.equal([{ streetId: 'a', label: 'A' }]);
  });
});
