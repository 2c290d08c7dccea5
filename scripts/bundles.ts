import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { BUNDLED_WASM_FOLDER, WASM_FILES } from '../src/review/parser';

/** One committed ncc bundle: an entry file and the dist/ folder it is built into. */
export interface Bundle {
  name: string;
  /** The repository root: ncc runs from here. */
  root: string;
  entry: string;
  outDir: string;
}

export type BundleFiles = Map<string, Buffer>;

interface NccAsset {
  source: string | Buffer;
}
type Ncc = (
  entry: string,
  options: Record<string, unknown>,
) => Promise<{ code: string; assets: Record<string, NccAsset> }>;

/** The entries `<folder>/<name>/main.ts` below the root, each bundled into `<folder>/<name>/dist`. */
function entriesIn(root: string, folder: string): Bundle[] {
  const parent = join(root, folder);
  return readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(parent, entry.name, 'main.ts')))
    .map((entry) => ({
      name: entry.name,
      root,
      entry: join(parent, entry.name, 'main.ts'),
      outDir: join(parent, entry.name, 'dist'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The CLI, the root setup action, every actions/<name>/main.ts and every lambdas/<name>/main.ts. */
export function listBundles(root: string): Bundle[] {
  return [
    { name: 'cli', root, entry: join(root, 'src', 'cli', 'index.ts'), outDir: join(root, 'dist', 'cli') },
    {
      name: 'setup',
      root,
      entry: join(root, 'src', 'github', 'setup-action.ts'),
      outDir: join(root, 'dist', 'setup'),
    },
    {
      name: 'secrets-worker',
      root,
      entry: join(root, 'src', 'secrets', 'worker-main.ts'),
      outDir: join(root, 'dist', 'secrets-worker'),
    },
    {
      name: 'load-test-worker',
      root,
      entry: join(root, 'src', 'load-test', 'local', 'worker-main.ts'),
      outDir: join(root, 'dist', 'load-test-worker'),
    },
    ...entriesIn(root, 'actions'),
    ...entriesIn(root, 'lambdas'),
  ];
}

/**
 * Builds a bundle in memory: index.js, the third-party licenses, and any assets ncc emits.
 * Not reentrant: it changes the process's working directory while ncc runs.
 */
export async function buildBundle(bundle: Bundle): Promise<BundleFiles> {
  const ncc = require('@vercel/ncc') as Ncc;
  // webpack hashes module ids from paths relative to the working directory, and the license file lists
  // the working directory's own package unless it is the root: build from the root whoever calls.
  const callerDirectory = process.cwd();
  process.chdir(bundle.root);
  const { code, assets } = await ncc(bundle.entry, {
    cache: false,
    minify: false,
    sourceMap: false,
    license: 'licenses.txt',
    target: 'es2022',
    quiet: true,
    // Type checking is `npm run typecheck`'s job; with it ncc fails on type errors in any file of the
    // tsconfig, bundled or not.
    transpileOnly: true,
  }).finally(() => process.chdir(callerDirectory));
  const files: BundleFiles = new Map([['index.js', Buffer.from(code)]]);
  for (const [name, asset] of Object.entries(assets)) files.set(name, Buffer.from(asset.source));
  if ([...files.values()].some((file) => file.includes(WASM_FILES.java))) await addParserWasm(files);
  return files;
}

/** ncc cannot follow the WebAssembly files tree-sitter loads at run time: the bundle carries copies. */
async function addParserWasm(files: BundleFiles): Promise<void> {
  for (const packagePath of Object.values(WASM_FILES)) {
    files.set(join(BUNDLED_WASM_FOLDER, basename(packagePath)), await readFile(require.resolve(packagePath)));
  }
}

/** Replaces the bundle's dist/ folder with exactly these files. */
export async function writeBundle(bundle: Bundle, files: BundleFiles): Promise<void> {
  await rm(bundle.outDir, { recursive: true, force: true });
  for (const [name, content] of files) {
    const path = join(bundle.outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

/** The files in the bundle's dist/ folder as committed (none when it does not exist). */
export async function readCommittedBundle(bundle: Bundle): Promise<BundleFiles> {
  const files: BundleFiles = new Map();
  if (!existsSync(bundle.outDir)) return files;
  for (const entry of await readdir(bundle.outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(bundle.outDir, path), await readFile(path));
  }
  return files;
}
