import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Minutes left at which the countdown is announced to screen readers. */
export const ANNOUNCE_AT_MINUTES = [5, 1] as const;

/** Whole seconds left until `expiresAt` (never negative). */
export function secondsLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));
}

/** The announcement threshold crossed between two readings, if any (e.g. 301 s → 300 s gives 5). */
export function crossedThreshold(before: number, after: number): number | undefined {
  return ANNOUNCE_AT_MINUTES.find((minutes) => before > minutes * 60 && after <= minutes * 60);
}

export interface HoldTimerOptions {
  onThreshold: (minutes: number) => void;
  onExpired: () => void;
  /**
   * Now as epoch ms on the clock that wrote `expiresAt`: the server's, e.g.
   * `() => api.appointments.serverNow()`. Default `Date.now`, which is off by as much as the
   * citizen's computer clock is.
   */
  now?: () => number;
}

/**
 * Ticks once a second while a reservation is held and tells the element how much time is left,
 * when a threshold is crossed, and when the hold has expired.
 */
export class HoldTimer implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private expiresAt?: string;
  private lastSeconds = Number.POSITIVE_INFINITY;
  seconds = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HoldTimerOptions,
  ) {
    host.addController(this);
  }

  start(expiresAt: string): void {
    this.stop();
    this.expiresAt = expiresAt;
    this.lastSeconds = Number.POSITIVE_INFINITY;
    this.tick();
    this.timer = setInterval(() => this.tick(), 1000);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.expiresAt = undefined;
  }

  get running(): boolean {
    return this.timer !== undefined;
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  hostConnected(): void {
    if (this.expiresAt && !this.timer) this.timer = setInterval(() => this.tick(), 1000);
  }

  private tick(): void {
    if (!this.expiresAt) return;
    this.seconds = secondsLeft(this.expiresAt, this.options.now ? this.options.now() : Date.now());
    const firstReading = this.lastSeconds === Number.POSITIVE_INFINITY; // the hold itself is announced then
    const threshold = crossedThreshold(this.lastSeconds, this.seconds);
    this.lastSeconds = this.seconds;
    this.host.requestUpdate();
    if (this.seconds === 0) {
      this.stop();
      this.options.onExpired();
    } else if (threshold !== undefined && !firstReading) {
      this.options.onThreshold(threshold);
    }
  }
}
