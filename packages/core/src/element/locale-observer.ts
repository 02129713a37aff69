/**
 * One MutationObserver per document tells every connected civic element when a `lang` attribute
 * changes anywhere in the light DOM, so a page that switches language re-renders the widgets without
 * a reload. Elements re-resolve their locale themselves (walking up through shadow roots), so nested
 * elements follow too.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function observeLangChanges(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Tells every connected element to re-check its locale (after a `lang` change in a shadow root). */
export function notifyLangChanged(): void {
  listeners.forEach((notify) => notify());
}
