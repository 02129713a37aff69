// A widget that connects before <civic-config> is defined (script order, two bundles) still gets its
// configuration once <civic-config> arrives. This file must not import civic-config statically.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../test-support/config-probe.js';
import type { ConfigProbe } from '../test-support/config-probe.js';

describe('<civic-config> defined after the widgets', () => {
  it('configures widgets that connected before it existed', async () => {
    const error = console.error;
    console.error = () => undefined; // the widget reports the missing api-base until then
    try {
      expect(customElements.get('civic-config')).to.be.undefined;
      const wrapper = await fixture(
        html`<civic-config api-base="https://late.example/api/v1"
          ><civic-config-probe></civic-config-probe
        ></civic-config>`,
      );
      const el = wrapper.querySelector<ConfigProbe>('civic-config-probe')!;
      await import('../src/config/civic-config.js');
      await waitUntil(
        () => el.shadowRoot?.querySelector('output')?.textContent === 'https://late.example/api/v1/',
        'configured by the late <civic-config>',
      );
    } finally {
      console.error = error;
    }
  });
});
