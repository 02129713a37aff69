import type { Availability, Office, Service, ServiceCount } from '@civic-widgets/api-client/appointments';

import type { ManageRef } from './manage.js';

// Helpers of the booking flow's views (office step on): loaded with the flow, not with step 1.

/** Free slots of one day, across offices, sorted by time. */
export function slotsOfDay(
  availability: Availability | undefined,
  date: string,
): { start: string; officeId: string }[] {
  const day = availability?.days.find((entry) => entry.date === date);
  return (day?.offices ?? [])
    .flatMap((office) => office.slots.map((start) => ({ start, officeId: office.officeId })))
    .sort((a, b) =>
      a.start === b.start ? a.officeId.localeCompare(b.officeId) : Date.parse(a.start) - Date.parse(b.start),
    );
}

export function officeName(offices: readonly Office[] | undefined, id: string): string {
  return offices?.find((office) => office.id === id)?.name ?? id;
}

/** "Bürgeramt Mitte, Marktplatz 1, Musterstadt" — how summary, done and manage views name a place. */
export function officeLine(office: Office | undefined, fallback: string): string {
  if (!office) return fallback;
  const { street, houseNumber, city } = office.address;
  return `${office.name}, ${street}${houseNumber ? ` ${houseNumber}` : ''}, ${city}`;
}

/** "2 × Personalausweis, 1 × Meldebescheinigung" */
export function serviceLine(chosen: readonly ServiceCount[], services: readonly Service[]): string {
  return chosen
    .map(
      ({ serviceId, count }) => `${count} × ${services.find((service) => service.id === serviceId)?.name ?? serviceId}`,
    )
    .join(', ');
}

/** This page with the booking's parameters: where the citizen comes back to manage it. */
export function manageLink(pageUrl: string, ref: ManageRef, idParam: string, tokenParam: string): string {
  const url = new URL(pageUrl);
  url.hash = '';
  url.searchParams.set(idParam, ref.id);
  url.searchParams.set(tokenParam, ref.token);
  return url.href;
}

/** Offers `text` as a file download (the .ics the server made), without leaving the page. */
export function saveFile(text: string, fileName: string, type = 'text/calendar'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
