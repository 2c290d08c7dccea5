import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import type { Tree } from 'web-tree-sitter';
import type { Language } from './ir';

// Required, not imported: a bundler resolving an import takes the package's ES module build, whose
// Emscripten loader looks for `require` and its files next to the bundle; the CommonJS build does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Language: Grammar, Parser } = require('web-tree-sitter') as typeof import('web-tree-sitter');
type Parser = import('web-tree-sitter').Parser;

export type { Node as SyntaxNode, Tree } from 'web-tree-sitter';

/** The grammar used for each file extension; TSX has a grammar of its own. */
type GrammarName = 'java' | 'python' | 'javascript' | 'typescript' | 'tsx';

const GRAMMAR_BY_EXTENSION: Record<string, GrammarName> = {
  '.java': 'java',
  '.py': 'python',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
};

const LANGUAGE_OF_GRAMMAR: Record<GrammarName, Language> = {
  java: 'java',
  python: 'python',
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'typescript',
};

/** The language of a file by its extension, or undefined when Rampart does not review it. */
export function languageOfPath(path: string): Language | undefined {
  const grammar = GRAMMAR_BY_EXTENSION[extname(path).toLowerCase()];
  return grammar && LANGUAGE_OF_GRAMMAR[grammar];
}

/** The WebAssembly files parsing needs, by package path; bundles carry copies in `grammars/`. */
export const WASM_FILES = {
  runtime: 'web-tree-sitter/tree-sitter.wasm',
  java: 'tree-sitter-java/tree-sitter-java.wasm',
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
} as const;

export const BUNDLED_WASM_FOLDER = 'grammars';

function wasmBytes(name: keyof typeof WASM_FILES): Uint8Array {
  const packagePath = WASM_FILES[name];
  const bundled = join(__dirname, BUNDLED_WASM_FOLDER, basename(packagePath));
  return readFileSync(existsSync(bundled) ? bundled : createRequire(__filename).resolve(packagePath));
}

let runtimeReady: Promise<void> | undefined;
const parsers = new Map<GrammarName, Promise<Parser>>();

function initRuntime(): Promise<void> {
  runtimeReady ??= Parser.init({
    wasmBinary: wasmBytes('runtime'),
  } as EmscriptenModuleOptions);
  return runtimeReady;
}

type EmscriptenModuleOptions = Parameters<typeof Parser.init>[0];

async function loadParser(grammar: GrammarName): Promise<Parser> {
  await initRuntime();
  const parser = new Parser();
  parser.setLanguage(await Grammar.load(wasmBytes(grammar)));
  return parser;
}

function parserFor(grammar: GrammarName): Promise<Parser> {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = loadParser(grammar);
    parsers.set(grammar, parser);
  }
  return parser;
}

/**
 * Parses one file. The caller must `delete()` the tree when done: tree-sitter's memory lives in
 * WebAssembly and is not garbage-collected.
 */
export async function parseFile(path: string, text: string): Promise<Tree> {
  const grammar = GRAMMAR_BY_EXTENSION[extname(path).toLowerCase()];
  if (!grammar) throw new Error(`${path}: not a file Rampart reviews`);
  const tree = (await parserFor(grammar)).parse(text);
  if (!tree) throw new Error(`${path}: tree-sitter returned no tree`);
  return tree;
}
