// `pressChord` server command: real key chords such as Shift+PageDown in every launcher.
// @web/test-runner-commands' sendKeys cannot hold a modifier under WebDriver, which WebKitGTK needs.
export function keyChordPlugin() {
  return {
    name: 'civic-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'civic-press-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0) throw new Error('civic-press-chord needs { keys: string[] }');
      const browser = session.browser;
      if (browser.type === 'webdriver') {
        // WebdriverIO's keys() holds modifiers until the end of the sequence, then releases them.
        await browser.sendKeys(session.id, keys);
        return true;
      }
      if (browser.type === 'puppeteer') {
        const { keyboard } = browser.getPage(session.id);
        const modifiers = keys.slice(0, -1);
        for (const key of modifiers) await keyboard.down(key);
        await keyboard.press(keys.at(-1));
        for (const key of modifiers.reverse()) await keyboard.up(key);
        return true;
      }
      throw new Error(`civic-press-chord does not support ${browser.type} browsers`);
    },
  };
}
