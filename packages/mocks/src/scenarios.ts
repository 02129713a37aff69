/**
 * Failure switches per route (or '*' for all), selectable from tests and stories:
 * - slow: answers after `delayMs` (default 2500 ms)
 * - server-error: 500 problem
 * - unavailable: 503 problem with Retry-After
 * - rate-limited: 429 problem with Retry-After (`retryAfterSeconds`, default 2)
 * - malformed: 200 with a body that is not valid JSON
 * - wrong-shape: 200 with JSON that breaks the contract
 * - empty: 200 with every list in the answer emptied
 * - network: the connection fails
 * - drop-response: the server does the work, then the connection fails (tests idempotent retries)
 */
export type ScenarioKind =
  | 'slow'
  | 'server-error'
  | 'unavailable'
  | 'rate-limited'
  | 'malformed'
  | 'wrong-shape'
  | 'empty'
  | 'network'
  | 'drop-response';

export interface Scenario {
  kind: ScenarioKind;
  /** Apply this many times, then answer normally again. Default: until cleared. */
  times?: number;
  delayMs?: number;
  retryAfterSeconds?: number;
}

export type ScenarioInput = ScenarioKind | Scenario;

export class Scenarios {
  private readonly active = new Map<string, Scenario>();

  /** Sets a scenario for a route id (see the contract's routes) or '*' for every route. */
  set(routeId: string, scenario: ScenarioInput): void {
    this.active.set(routeId, typeof scenario === 'string' ? { kind: scenario } : { ...scenario });
  }

  clear(routeId?: string): void {
    if (routeId === undefined) this.active.clear();
    else this.active.delete(routeId);
  }

  /** The scenario to apply to this call of `routeId`, counting down `times`. */
  take(routeId: string): Scenario | undefined {
    const key = this.active.has(routeId) ? routeId : this.active.has('*') ? '*' : undefined;
    if (key === undefined) return undefined;
    const scenario = this.active.get(key);
    if (!scenario) return undefined;
    if (scenario.times !== undefined) {
      scenario.times -= 1;
      if (scenario.times <= 0) this.active.delete(key);
    }
    return scenario;
  }
}
