/**
 * Globs as CodeGuru Reviewer reads them: the syntax of Java's `FileSystem.getPathMatcher("glob:…")`,
 * which CodeGuru's own CLI applies to `excludeFiles`. It differs from shell and picomatch globs:
 * `*` stays within one path segment and `**` crosses segments as plain text (so `src/**\/*.java`
 * needs a folder below `src/`, and `**.java` matches at any depth); a leading dot is an ordinary
 * character; `{a,b}` groups do not nest; `[!a-c]` negates a class, which never matches `/`.
 */

/** A glob Java would refuse, saying why. */
export class GlobSyntaxError extends Error {}

const REGEX_SPECIAL = /[.^$+()|{}[\]\\*?]/;

/** The regular expression a glob stands for, matched against a whole `/`-separated relative path. */
export function compileJavaGlob(glob: string): RegExp {
  let regex = '';
  let inGroup = false;
  let index = 0;
  while (index < glob.length) {
    const character = glob[index++] as string;
    switch (character) {
      case '\\': {
        if (index === glob.length) throw new GlobSyntaxError('nothing follows the escaping \\');
        const escaped = glob[index++] as string;
        regex += REGEX_SPECIAL.test(escaped) ? `\\${escaped}` : escaped;
        break;
      }
      case '[': {
        const { source, next } = bracketExpression(glob, index);
        regex += source;
        index = next;
        break;
      }
      case '{':
        if (inGroup) throw new GlobSyntaxError('groups {…} cannot be nested');
        regex += '(?:(?:';
        inGroup = true;
        break;
      case '}':
        regex += inGroup ? '))' : '\\}';
        inGroup = false;
        break;
      case ',':
        regex += inGroup ? ')|(?:' : ',';
        break;
      case '*':
        if (glob[index] === '*') {
          regex += '.*';
          index++;
        } else {
          regex += '[^/]*';
        }
        break;
      case '?':
        regex += '[^/]';
        break;
      default:
        regex += REGEX_SPECIAL.test(character) ? `\\${character}` : character;
    }
  }
  if (inGroup) throw new GlobSyntaxError('a group { has no closing }');
  return new RegExp(`^${regex}$`, 'u');
}

/** `[…]` starting after its `[`: a class of characters within one path segment. */
function bracketExpression(glob: string, start: number): { source: string; next: number } {
  let index = start;
  let source = '';
  if (glob[index] === '!') {
    source += '^';
    index++;
  } else if (glob[index] === '^') {
    source += '\\^';
    index++;
  }
  if (glob[index] === '-') {
    source += '\\-';
    index++;
  }
  let rangeStart: string | undefined;
  while (index < glob.length) {
    const character = glob[index++] as string;
    if (character === ']') return { source: `(?![/])[${source}]`, next: index };
    if (character === '/') throw new GlobSyntaxError('a class [...] cannot hold the separator /');
    if (character === '-') {
      const end = glob[index];
      if (end === undefined || end === ']') {
        source += '\\-';
        continue;
      }
      if (rangeStart === undefined)
        throw new GlobSyntaxError(`the range in [...] has no start before -${end}`);
      if (end < rangeStart)
        throw new GlobSyntaxError(`the range ${rangeStart}-${end} in [...] runs backwards`);
      source += `-${escapeInClass(end)}`;
      index++;
      rangeStart = undefined;
      continue;
    }
    source += escapeInClass(character);
    rangeStart = character;
  }
  throw new GlobSyntaxError('a class [ has no closing ]');
}

function escapeInClass(character: string): string {
  return /[\\\]^[-]/.test(character) ? `\\${character}` : character;
}
