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
