import { expect } from '@open-wc/testing';
import { monthMatrix, weekdayOrder } from '../src/calendar-grid/month-matrix.js';
import { targetDate } from '../src/calendar-grid/keyboard.js';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  isIsoDate,
  isIsoMonth,
  isoWeekday,
  lastOfMonth,
  parseIsoDate,
  startOfWeek,
} from '../src/index.js';

describe('calendar dates', () => {
  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2028-02-29')).to.deep.equal({ year: 2028, month: 2, day: 29 });
    expect(parseIsoDate('2026-02-29')).to.be.undefined;
    expect(parseIsoDate('2026-13-01')).to.be.undefined;
    expect(parseIsoDate('22.11.2026')).to.be.undefined;
    expect(isIsoDate('2026-11-22')).to.be.true;
    expect(isIsoMonth('2026-11')).to.be.true;
    expect(isIsoMonth('2026-00')).to.be.false;
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 1)).to.equal('2026-03-29');
    expect(addDays('2026-03-29', 1)).to.equal('2026-03-30');
    expect(addDays('2026-10-25', 1)).to.equal('2026-10-26');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
  });

  it('adds months clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28');
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29');
    expect(addMonths('2026-12-15', 1)).to.equal('2027-01-15');
    expect(addMonths('2026-01-15', -13)).to.equal('2024-12-15');
    expect(addMonthsToMonth('2026-12', 2)).to.equal('2027-02');
    expect(lastOfMonth('2026-02')).to.equal('2026-02-28');
  });

  it('knows weekdays and week starts', () => {
    expect(isoWeekday('2026-11-22')).to.equal(7);
    expect(isoWeekday('2026-11-23')).to.equal(1);
    expect(startOfWeek('2026-11-22', 1)).to.equal('2026-11-16');
    expect(startOfWeek('2026-11-22', 7)).to.equal('2026-11-22');
    expect(weekdayOrder(7)).to.deep.equal([7, 1, 2, 3, 4, 5, 6]);
  });

  it('lays out a month in weeks of seven', () => {
    const weeks = monthMatrix('2026-02', 1); // 1 Feb 2026 is a Sunday
    expect(weeks).to.have.length(5);
    expect(weeks[0]).to.deep.equal([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks[4]!.filter(Boolean)).to.deep.equal([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
    expect(weeks.flat().filter(Boolean)).to.have.length(28);
  });

  it('moves like the WAI-ARIA date grid and clamps to min/max', () => {
    const move = (key: string, shiftKey = false) =>
      targetDate('2026-11-18', { key, shiftKey }, 1, '2026-11-02', '2027-06-30');
    expect(move('ArrowUp')).to.equal('2026-11-11');
    expect(move('End')).to.equal('2026-11-22');
    expect(move('PageUp')).to.equal('2026-11-02');
    expect(move('PageDown', true)).to.equal('2027-06-30');
    expect(move('a')).to.be.undefined;
  });
});
