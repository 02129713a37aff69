const warned = new Set<string>();

/**
 * Defines a custom element unless the tag is taken, as happens when two bundles (say the all-in-one
 * script and a standalone widget) land on one page. A second definition warns once and returns; it
 * never throws, so the page keeps working with the first definition.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, constructor);
    return;
  }
  if (existing !== constructor && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `civic-widgets: <${tag}> is already defined, probably by a second civic-widgets script on this page. ` +
        'The first definition is kept; load each widget once.',
    );
  }
}
