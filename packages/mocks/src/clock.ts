/** The mocks' notion of now: fixed by default so data and tests are repeatable; settable and advanceable. */
export class MockClock {
  private current: number;

  constructor(start: string | Date = DEFAULT_NOW) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant).getTime();
  }

  advance(milliseconds: number): void {
    this.current += milliseconds;
  }
}

/** Monday 23 November 2026, 09:00 in Musterstadt (Europe/Berlin). */
export const DEFAULT_NOW = '2026-11-23T09:00:00+01:00';
