/**
 * Addresses the citizen asked this device to remember (localStorage, only after they ticked the
 * box). Nothing else is stored; a broken or blocked storage never breaks the widget.
 */

export interface SavedAddress {
  streetId: string;
  houseNumberId?: string;
  /** What the citizen reads, e.g. "Hauptstraße 30–79". */
  label: string;
}

export const STORAGE_KEY = 'civic-waste-calendar:addresses';
const MAX_SAVED = 10;

export const sameAddress = (a: Pick<SavedAddress, 'streetId' | 'houseNumberId'>, b: typeof a) =>
  a.streetId === b.streetId && (a.houseNumberId ?? '') === (b.houseNumberId ?? '');

function isSavedAddress(value: unknown): value is SavedAddress {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.streetId === 'string' &&
    typeof entry.label === 'string' &&
    (entry.houseNumberId === undefined || typeof entry.houseNumberId === 'string')
  );
}

export function loadAddresses(storage: Storage | undefined = safeStorage()): SavedAddress[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSavedAddress).slice(0, MAX_SAVED) : [];
  } catch {
    return [];
  }
}

function store(addresses: SavedAddress[], storage: Storage | undefined): SavedAddress[] {
  try {
    if (addresses.length) storage?.setItem(STORAGE_KEY, JSON.stringify(addresses));
    else storage?.removeItem(STORAGE_KEY);
  } catch {
    // Full or blocked storage: the addresses live for this page only.
  }
  return addresses;
}

/** Adds (or moves to the front) an address; returns the new list. */
export function rememberAddress(address: SavedAddress, storage: Storage | undefined = safeStorage()): SavedAddress[] {
  const rest = loadAddresses(storage).filter((entry) => !sameAddress(entry, address));
  const { streetId, houseNumberId, label } = address;
  return store(
    [{ streetId, ...(houseNumberId ? { houseNumberId } : {}), label }, ...rest].slice(0, MAX_SAVED),
    storage,
  );
}

export function forgetAddress(
  address: Pick<SavedAddress, 'streetId' | 'houseNumberId'>,
  storage: Storage | undefined = safeStorage(),
): SavedAddress[] {
  return store(
    loadAddresses(storage).filter((entry) => !sameAddress(entry, address)),
    storage,
  );
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // e.g. blocked third-party storage
  }
}
