import { expect } from '@open-wc/testing';
import { CivicFormatter } from '@civic-widgets/core';
import { de as deShell } from '../src/i18n/de.js';
import { deFlow } from '../src/i18n/de-flow.js';
import { en as enShell } from '../src/i18n/en.js';
import { enFlow } from '../src/i18n/en-flow.js';

const de = { ...deShell, ...deFlow };
const en = { ...enShell, ...enFlow };
import { groupSlots, HOURLY_FROM } from '../src/steps/time-step.js';

/** Slots every `step` minutes from 08:00 Berlin time on a winter day (UTC+1). */
const slots = (count: number, step = 10) =>
  Array.from({ length: count }, (_, index) => ({
    start: new Date(Date.UTC(2026, 11, 1, 7, 0) + index * step * 60_000).toISOString(),
    officeId: 'buergeramt-nord',
  }));

describe('time step groups', () => {
  it('splits a quiet day into morning and afternoon on the city clock, in English too', () => {
    // 08:00 … 15:00 in steps of an hour: 4 before noon, 4 after.
    const day = slots(8, 60);
    const english = groupSlots(day, en, new CivicFormatter('en', 'Europe/Berlin'));
    expect(english.map(([label, group]) => [label, group.length])).to.deep.equal([
      ['Morning', 4],
      ['Afternoon', 4],
    ]);
    const german = groupSlots(day, de, new CivicFormatter('de', 'Europe/Berlin'));
    expect(german.map(([label]) => label)).to.deep.equal(['Vormittag', 'Nachmittag']);
  });

  it(`groups a busy day (more than ${HOURLY_FROM} times) by hour`, () => {
    const groups = groupSlots(slots(30), de, new CivicFormatter('de', 'Europe/Berlin'));
    expect(groups.map(([label]) => label)).to.deep.equal([
      'ab 8 Uhr',
      'ab 9 Uhr',
      'ab 10 Uhr',
      'ab 11 Uhr',
      'ab 12 Uhr',
    ]);
    expect(groups.map(([, group]) => group.length)).to.deep.equal([6, 6, 6, 6, 6]);
  });

  it('keeps the city hour when the browser is elsewhere (the runner is in New York)', () => {
    const [[label]] = groupSlots(slots(20), en, new CivicFormatter('en', 'Europe/Berlin')) as [[string, unknown]];
    expect(label).to.equal('from 8:00');
  });
});
