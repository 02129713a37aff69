/** URL parameters that carry a booking to manage, unless the webmaster names others. */
export const DEFAULT_ID_PARAM = 'civic-booking';
export const DEFAULT_TOKEN_PARAM = 'civic-token';

export interface ManageRef {
  id: string;
  token: string;
}

/** The booking to manage from the page URL, if both parameters are there. */
export function readManageRef(search: string, idParam: string, tokenParam: string): ManageRef | undefined {
  const params = new URLSearchParams(search);
  const id = params.get(idParam)?.trim();
  const token = params.get(tokenParam)?.trim();
  return id && token ? { id, token } : undefined;
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
