import { createContext } from '@lit/context';

/** What a `<civic-config>` gives every widget inside it. */
export interface CivicConfigValue {
  /** Base URL of the city's API, already checked by `<civic-config>`; the raw text when it is invalid. */
  apiBase?: string;
  /** A ready client shared by the widgets inside (set as a property on `<civic-config>`). */
  client?: unknown;
  /** IANA time zone of the city, e.g. "Europe/Berlin". */
  timeZone?: string;
}

export const civicConfigContext = createContext<CivicConfigValue>(Symbol.for('civic-widgets/config'));
