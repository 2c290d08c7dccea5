/** Cells as plain text: each report escapes them for its own format. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** A GitHub-flavoured Markdown table, every cell escaped. */
export function markdownTable(table: Table): string {
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(table.header), `|${table.header.map(() => '---').join('|')}|`, ...table.rows.map(line)].join(
    '\n',
  );
}

/** Pipes would end a cell and angle brackets open HTML, which GitHub renders; a newline ends a row. */
export function escapeCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[|<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}
