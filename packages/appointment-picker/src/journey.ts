import type { AppointmentVariant, Service, ServiceCount } from '@civic-widgets/api-client/appointments';

export type Step = 'service' | 'office' | 'day' | 'time' | 'contact' | 'summary' | 'done';
/** The numbered steps ("Schritt 3 von 6"); done is the result, not a step. */
export const STEPS: readonly Step[] = ['service', 'office', 'day', 'time', 'contact', 'summary'];
/** Moving a booked appointment: same services and contact, so a new place and time, then confirm. */
export const RESCHEDULE_STEPS: readonly Step[] = ['office', 'day', 'time', 'summary'];

export const stepsOf = (rescheduling: boolean): readonly Step[] => (rescheduling ? RESCHEDULE_STEPS : STEPS);

/** The services with a count above zero, in a stable order (for request keys). */
export function chosenServices(counts: Readonly<Record<string, number>>): ServiceCount[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([serviceId, count]) => ({ serviceId, count }));
}

/** Variants every chosen service offers; in-person first. */
export function commonVariants(services: readonly Service[], chosen: readonly ServiceCount[]): AppointmentVariant[] {
  const picked = chosen
    .map(({ serviceId }) => services.find((service) => service.id === serviceId))
    .filter((s): s is Service => !!s);
  if (picked.length === 0) return [];
  const order: AppointmentVariant[] = ['in-person', 'video', 'phone'];
  return order.filter((variant) => picked.every((service) => service.variants.includes(variant)));
}

/** Services that may join the chosen ones in one appointment (combinable with all of them). */
export function combinableExtras(services: readonly Service[], chosen: readonly ServiceCount[]): Service[] {
  const chosenIds = new Set(chosen.map(({ serviceId }) => serviceId));
  const picked = services.filter((service) => chosenIds.has(service.id));
  return services.filter(
    (candidate) =>
      !chosenIds.has(candidate.id) &&
      picked.every(
        (service) => service.combinableWith.includes(candidate.id) || candidate.combinableWith.includes(service.id),
      ),
  );
}
