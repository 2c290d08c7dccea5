/**
 * A path as git writes it in a patch header: in C-style quotes when it holds unusual characters,
 * even with core.quotePath=false (which only stops the quoting of non-ASCII bytes).
 */
export function unquoteGitPath(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  for (let index = 1; index < path.length - 1; index++) {
    const character = path[index] as string;
    if (character !== '\\') {
      bytes.push(...Buffer.from(character));
      continue;
    }
    const next = path[index + 1] as string;
    if (/[0-7]/.test(next)) {
      bytes.push(Number.parseInt(path.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
