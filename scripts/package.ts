/**
 * `npm run package [-- name …]`: rebuilds the committed ncc bundles (all, or the named ones), after
 * the WebAssembly modules they carry.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildBundle, listBundles, writeBundle } from './bundles';
import { buildWasmModule, listWasmSources } from './wasm';

async function main(names: string[]): Promise<void> {
  const root = join(__dirname, '..');
  for (const source of listWasmSources(root)) await writeFile(source.module, await buildWasmModule(source));
  const bundles = listBundles(root);
  const unknown = names.filter((name) => !bundles.some((bundle) => bundle.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `unknown bundle(s) ${unknown.join(', ')}; known: ${bundles.map((bundle) => bundle.name).join(', ')}`,
    );
  }
  for (const bundle of bundles.filter((candidate) => names.length === 0 || names.includes(candidate.name))) {
    const started = Date.now();
    const files = await buildBundle(bundle);
    await writeBundle(bundle, files);
    const bytes = [...files.values()].reduce((sum, content) => sum + content.length, 0);
    process.stdout.write(
      `${bundle.name.padEnd(16)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB  ${((Date.now() - started) / 1000).toFixed(1)}s\n`,
    );
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`package: ${error.message}\n`);
  process.exitCode = 1;
});
