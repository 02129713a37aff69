import { expect } from '@open-wc/testing';
import { newIdempotencyKey, parseRetryAfter } from '../src/index.js';

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    expect(parseRetryAfter('30', now)).to.equal(30);
    expect(parseRetryAfter(' 5 ', now)).to.equal(5);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:01:30 GMT', now)).to.equal(90);
    expect(parseRetryAfter('Mon, 23 Nov 2026 07:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.be.undefined;
    expect(parseRetryAfter('1.5', now)).to.be.undefined;
    expect(parseRetryAfter('-1', now)).to.be.undefined;

    expect(parseRetryAfter(null, now)).to.be.undefined;
  });
});

describe('newIdempotencyKey', () => {
  it('makes distinct UUID v4 keys', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(200);
    for (const key of keys)
      expect(key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
