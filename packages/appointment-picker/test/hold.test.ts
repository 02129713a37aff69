import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { crossedThreshold, HoldTimer, secondsLeft } from '../src/hold.js';

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

describe('HoldTimer', () => {
  const host = (): ReactiveControllerHost & { updates: number } => ({
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  });
  const expiresAt = '2026-11-23T10:10:00+01:00';
  const tenMinutesBefore = Date.parse(expiresAt) - 600_000;
  let timer: HoldTimer | undefined;
  afterEach(() => timer?.stop());

  it('counts against the injected clock, not the computer’s', () => {
    const calls: string[] = [];
    const onExpired = () => calls.push('expired');
    const onThreshold = () => calls.push('threshold');
    const target = host();
    timer = new HoldTimer(target, { onExpired, onThreshold, now: () => tenMinutesBefore });
    timer.start(expiresAt);
    expect(timer.seconds).to.equal(600);
    expect(timer.running).to.be.true;
    expect(target.updates).to.equal(1);

    // Without `now` the same hold reads from Date.now(): this computer, today, is far from 09:00 that day.
    const local = new HoldTimer(host(), { onExpired, onThreshold });
    local.start(expiresAt);
    expect(local.seconds).to.equal(secondsLeft(expiresAt, Date.now()));
    local.stop();
    expect(calls).to.deep.equal(Date.now() >= Date.parse(expiresAt) ? ['expired'] : []);
  });

  it('announces and expires when the injected clock says so', async () => {
    let now = Date.parse(expiresAt) - 301_000;
    const calls: string[] = [];
    timer = new HoldTimer(host(), {
      onExpired: () => calls.push('expired'),
      onThreshold: (minutes) => calls.push(`${minutes} min`),
      now: () => now,
    });
    timer.start(expiresAt);
    expect(timer.seconds).to.equal(301);
    now += 2000;
    await waitUntil(() => calls.length === 1, 'the 5-minute announcement', { timeout: 3000 });
    expect(calls).to.deep.equal(['5 min']);
    now = Date.parse(expiresAt);
    await waitUntil(() => calls.length === 2, 'the expiry', { timeout: 3000 });
    expect(calls).to.deep.equal(['5 min', 'expired']);
    expect(timer.running).to.be.false;
    expect(timer.seconds).to.equal(0);
  });
});
