import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** A WebAssembly text file in src/ and the TypeScript module that carries its binary to the bundles. */
export interface WasmSource {
  wat: string;
  module: string;
  /** The name the module exports the binary (base64) under. */
  exportName: string;
}

export function listWasmSources(root: string): WasmSource[] {
  return [
    {
      wat: join(root, 'src', 'secrets', 'keyword-scan.wat'),
      module: join(root, 'src', 'secrets', 'keyword-scan-wasm.ts'),
      exportName: 'KEYWORD_SCAN_WASM',
    },
  ];
}

interface Wabt {
  parseWat(
    name: string,
    text: string,
    features: Record<string, boolean>,
  ): { toBinary(options: Record<string, boolean>): { buffer: Uint8Array }; destroy(): void };
}

/** The module's text: the binary in base64, so that ncc bundles it like any other code. */
export async function buildWasmModule(source: WasmSource): Promise<string> {
  const wabt = await (require('wabt') as () => Promise<Wabt>)();
  const parsed = wabt.parseWat(basename(source.wat), await readFile(source.wat, 'utf8'), { simd: true });
  try {
    const binary = Buffer.from(parsed.toBinary({ write_debug_names: false }).buffer);
    return [
      `// Generated from ${basename(source.wat)} by \`npm run package\` (scripts/wasm.ts): do not edit.`,
      `export const ${source.exportName} =`,
      `  '${binary.toString('base64')}';`,
      '',
    ].join('\n');
  } finally {
    parsed.destroy();
  }
}
