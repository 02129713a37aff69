import { expect } from '@open-wc/testing';
import { crossedThreshold, secondsLeft } from '../src/hold.js';

describe('hold countdown', () => {
  it('counts whole seconds down to zero', () => {
    const now = Date.parse('2026-11-23T09:00:00Z');
    expect(secondsLeft('2026-11-23T10:10:00+01:00', now)).to.equal(600);
    expect(secondsLeft('2026-11-23T10:00:00.5+01:00', now)).to.equal(1);
    expect(secondsLeft('2026-11-23T09:59:00+01:00', now)).to.equal(0);
  });

  it('announces when 5 and 1 minutes are left, once each', () => {
    expect(crossedThreshold(301, 300)).to.equal(5);
    expect(crossedThreshold(300, 299)).to.be.undefined;
    expect(crossedThreshold(61, 60)).to.equal(1);
    expect(crossedThreshold(600, 599)).to.be.undefined;
    expect(crossedThreshold(310, 250)).to.equal(5); // a tab that slept past the mark
  });
});
