import { routes } from '@civic-widgets/api-client/contract';
import type { HttpHandler } from 'msw';
import { MockClock, DEFAULT_NOW } from './clock.js';
import { AppointmentStore, appointmentRoutes } from './handlers/appointments.js';
import { facilityRoutes } from './handlers/facilities.js';
import { PaymentStore, paymentRoutes } from './handlers/payments.js';
import { videoRoutes } from './handlers/video.js';
import { wasteRoutes } from './handlers/waste.js';
import { routeHandler, unknownRouteHandler, type Implementation, type RouterOptions } from './router.js';
import { Scenarios, type ScenarioInput } from './scenarios.js';

export { MockClock, DEFAULT_NOW } from './clock.js';
export { Scenarios, type Scenario, type ScenarioInput, type ScenarioKind } from './scenarios.js';
export { offices } from './city/offices.js';
export { services, fees } from './city/services.js';
export { streets, fractions } from './city/waste.js';
export { facilities, facilityCategories } from './city/facilities.js';

export interface MockApiOptions {
  /** Where the API lives; default "/api/v1" on the page's origin. */
  baseUrl?: string;
  /** The mocks' "now"; default Monday 23 Nov 2026, 09:00 Europe/Berlin. */
  now?: string | Date;
  /** Seed of the sample city's bookings and tokens. */
  seed?: number;
  /** How long a reservation holds (and an extension adds); default 600 s. Short ones test expiry. */
  holdSeconds?: number;
  /** Failure scenarios from the start, by route id or '*'. */
  scenarios?: Record<string, ScenarioInput>;
}

export interface MockApi {
  handlers: HttpHandler[];
  clock: MockClock;
  scenarios: Scenarios;
  appointments: AppointmentStore;
  payments: PaymentStore;
  baseUrl: string;
}

/**
 * The whole contract in MSW over SAMPLE DATA for the fictional city of Musterstadt. Stateful:
 * reserving takes a slot, cancelling frees it, a repeated Idempotency-Key returns the first result.
 * Give `handlers` to `setupWorker` (tests, the demo) or to Storybook's MSW addon.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const baseUrl = options.baseUrl ?? '/api/v1';
  const seed = options.seed ?? 1;
  const clock = new MockClock(options.now ?? DEFAULT_NOW);
  const scenarios = new Scenarios();
  for (const [routeId, scenario] of Object.entries(options.scenarios ?? {})) scenarios.set(routeId, scenario);
  const appointments = new AppointmentStore(clock, seed, options.holdSeconds);
  const payments = new PaymentStore(clock, seed);
  const implementations: Record<string, Implementation> = {
    ...appointmentRoutes(appointments),
    ...wasteRoutes(baseUrl, clock),
    ...facilityRoutes(),
    ...paymentRoutes(payments),
    ...videoRoutes(appointments, clock, seed),
  };
  const idempotency: RouterOptions['idempotency'] = new Map();
  const handlers = routes.map((route) => {
    const implementation = implementations[route.id];
    if (!implementation) throw new Error(`The mocks do not implement route ${route.id}`);
    return routeHandler(route, implementation, { baseUrl, scenarios, idempotency, clock });
  });
  handlers.push(unknownRouteHandler(baseUrl, clock));
  return { handlers, clock, scenarios, appointments, payments, baseUrl };
}
