import type { Language, SourceModule } from '../ir';
import { parseFile, type Tree } from '../parser';
import { lowerJava } from './java';
import { lowerJavaScript } from './javascript';
import { lowerPython } from './python';

type Lowering = (tree: Tree, path: string, text: string) => SourceModule;

const LOWERING: Record<Language, Lowering> = {
  java: lowerJava,
  python: lowerPython,
  javascript: (tree, path, text) => lowerJavaScript(tree, path, text, 'javascript'),
  typescript: (tree, path, text) => lowerJavaScript(tree, path, text, 'typescript'),
};

/** Parses one file and lowers it to the IR; the syntax tree is freed before returning. */
export async function lowerFile(path: string, text: string, language: Language): Promise<SourceModule> {
  const tree = await parseFile(path, text);
  try {
    return LOWERING[language](tree, path, text);
  } finally {
    tree.delete();
  }
}
