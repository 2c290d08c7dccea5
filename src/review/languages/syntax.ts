import type { Location } from '../ir';
import type { SyntaxNode } from '../parser';

/** The IR location of a syntax node (tree-sitter rows and columns are 0-based). */
export function locationOf(node: SyntaxNode): Location {
  const start = node.startPosition;
  const end = node.endPosition;
  return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}

/** Every ERROR or MISSING node: tree-sitter recovered from them, and the review says where. */
export function syntaxErrorsIn(root: SyntaxNode): Location[] {
  if (!root.hasError) return [];
  const errors: Location[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.isError || node.isMissing) {
      errors.push(locationOf(node));
      return;
    }
    if (!node.hasError) return;
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return errors;
}

/** Every comment node's first line and text. */
export function commentsIn(root: SyntaxNode, commentTypes: string[]): { line: number; text: string }[] {
  return root
    .descendantsOfType(commentTypes)
    .filter((node): node is SyntaxNode => node !== null)
    .map((node) => ({ line: node.startPosition.row + 1, text: node.text }));
}
