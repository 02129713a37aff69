/** What the citizen has typed into the contact step; kept across every error and step change. */
export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
  customFields: Record<string, string>;
}

export const emptyContact = (): ContactDraft => ({ name: '', email: '', phone: '', customFields: {} });

/** Field id in the shadow root → message, in the order the fields appear. */
export type ContactErrors = Record<string, string>;
