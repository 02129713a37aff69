// The committed custom-elements.json of each package must match its source: regenerate and compare.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const PACKAGES = fileURLToPath(new URL('../../packages/', import.meta.url));

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  events?: { name: string }[];
}

const withManifest = readdirSync(PACKAGES).filter((name) => existsSync(join(PACKAGES, name, 'custom-elements.json')));

describe('custom elements manifests', () => {
  it('exist for the core', () => {
    assert.ok(withManifest.includes('core'));
  });

  for (const name of withManifest) {
    it(`${name}: package.json points at the committed manifest`, () => {
      const manifest = (
        JSON.parse(readFileSync(join(PACKAGES, name, 'package.json'), 'utf8')) as { customElements?: string }
      ).customElements;
      assert.equal(manifest, 'custom-elements.json');
    });

    it(`${name}: custom-elements.json is up to date (run \`pnpm analyze\`)`, () => {
      const dir = join(PACKAGES, name);
      // The analyzer resolves --outdir against the package, even an absolute one.
      const out = 'node_modules/.cem-check';
      execFileSync('pnpm', ['exec', 'cem', 'analyze', '--outdir', out], {
        cwd: dir,
        stdio: 'pipe',
      });
      // The analyzer lists modules in file-system order, which varies; compare them sorted by path.
      const load = (path: string) => {
        const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: { path: string }[] };
        return { ...manifest, modules: manifest.modules.sort((a, b) => a.path.localeCompare(b.path)) };
      };
      assert.deepEqual(load(join(dir, 'custom-elements.json')), load(join(dir, out, 'custom-elements.json')));
    });

    it(`${name}: every element has a tag and its events are named civic-*`, () => {
      const manifest = JSON.parse(readFileSync(join(PACKAGES, name, 'custom-elements.json'), 'utf8')) as {
        modules: { declarations?: Declaration[] }[];
      };
      const elements = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.tagName);
      assert.ok(elements.length > 0);
      for (const element of elements) {
        assert.match(element.tagName ?? '', /^civic-[a-z-]+$/);
        for (const event of element.events ?? []) assert.match(event.name, /^civic-[a-z]+(-[a-z]+)+$/);
      }
    });
  }
});
