import { addDays, addMonths, clampDate, startOfWeek, type IsoDate } from '../dates/calendar-date.js';

export interface KeyMove {
  key: string;
  shiftKey: boolean;
}

/**
 * Where the WAI-ARIA date grid moves focus for a key, clamped to min/max; undefined for keys the
 * grid does not handle. Arrows move by a day or a week, Home/End to the week's start/end,
 * PageUp/PageDown by a month and with Shift by a year (day kept where it exists).
 */
export function targetDate(
  from: IsoDate,
  { key, shiftKey }: KeyMove,
  weekStart: number,
  min?: IsoDate,
  max?: IsoDate,
): IsoDate | undefined {
  let target: IsoDate;
  switch (key) {
    case 'ArrowLeft':
      target = addDays(from, -1);
      break;
    case 'ArrowRight':
      target = addDays(from, 1);
      break;
    case 'ArrowUp':
      target = addDays(from, -7);
      break;
    case 'ArrowDown':
      target = addDays(from, 7);
      break;
    case 'Home':
      target = startOfWeek(from, weekStart);
      break;
    case 'End':
      target = addDays(startOfWeek(from, weekStart), 6);
      break;
    case 'PageUp':
      target = addMonths(from, shiftKey ? -12 : -1);
      break;
    case 'PageDown':
      target = addMonths(from, shiftKey ? 12 : 1);
      break;
    default:
      return undefined;
  }
  return clampDate(target, min, max);
}
