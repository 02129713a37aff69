import type { ContactErrors } from '../contact-draft.js';

/**
 * The office's own verdict on the contact data (a 422 problem with `errors` keyed by request field,
 * e.g. "contact.email", "contact.customFields.birthName") as field ids of the contact form.
 */
export function contactErrorsFromProblem(errors: Readonly<Record<string, string>>): ContactErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      `contact-${field.replace(/^contact\./, '').replace('customFields.', 'field-')}`,
      message,
    ]),
  );
}
