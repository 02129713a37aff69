import {
  addDays,
  firstOfMonth,
  lastOfMonth,
  startOfWeek,
  type IsoDate,
  type IsoMonth,
} from '../dates/calendar-date.js';

/**
 * The weeks of a month as rows of seven cells, starting on `weekStart` (1 = Monday … 7 = Sunday).
 * Cells outside the month are `null`, so a row always has seven cells for the grid's columns.
 */
export function monthMatrix(month: IsoMonth, weekStart: number): (IsoDate | null)[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const weeks: (IsoDate | null)[][] = [];
  for (
    let weekStartDate = startOfWeek(first, weekStart);
    weekStartDate <= last;
    weekStartDate = addDays(weekStartDate, 7)
  ) {
    const week: (IsoDate | null)[] = [];
    for (let offset = 0; offset < 7; offset++) {
      const date = addDays(weekStartDate, offset);
      week.push(date >= first && date <= last ? date : null);
    }
    weeks.push(week);
  }
  return weeks;
}

/** ISO weekdays (1–7) in display order for a week starting on `weekStart`. */
export function weekdayOrder(weekStart: number): number[] {
  return Array.from({ length: 7 }, (_, index) => ((weekStart - 1 + index) % 7) + 1);
}
