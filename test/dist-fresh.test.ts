import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BundleFiles, buildBundle, listBundles, readCommittedBundle } from '../scripts/bundles';
import { buildWasmModule, listWasmSources } from '../scripts/wasm';

const BUILD_TIMEOUT_MS = 5 * 60_000;

function differences(built: BundleFiles, committed: BundleFiles): string[] {
  const names = [...new Set([...built.keys(), ...committed.keys()])].sort();
  return names.flatMap((name) => {
    const fresh = built.get(name);
    const old = committed.get(name);
    if (!old) return [`${name} is missing`];
    if (!fresh) return [`${name} should not be there`];
    return fresh.equals(old) ? [] : [`${name} differs`];
  });
}

// Actions run their committed dist/, not the source: a bundle older than its source ships old code.
describe('committed bundles match their sources', () => {
  for (const bundle of listBundles(join(__dirname, '..'))) {
    test(
      `${bundle.name} (${bundle.outDir.replace(`${join(__dirname, '..')}/`, '')})`,
      async () => {
        const problems = differences(await buildBundle(bundle), await readCommittedBundle(bundle));
        if (problems.length > 0) {
          throw new Error(
            `bundle ${bundle.name} is stale (${problems.join('; ')}): run \`npm run package\` and commit dist/`,
          );
        }
      },
      BUILD_TIMEOUT_MS,
    );
  }
});

// The bundles carry the WebAssembly as a generated module: one older than its .wat runs old code.
describe('committed WebAssembly modules match their text', () => {
  const root = join(__dirname, '..');
  for (const source of listWasmSources(root)) {
    test(relative(root, source.module), async () => {
      expect(readFileSync(source.module, 'utf8')).toBe(await buildWasmModule(source));
    });
  }
});
